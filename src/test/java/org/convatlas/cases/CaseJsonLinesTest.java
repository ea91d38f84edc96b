package org.convatlas.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class CaseJsonLinesTest {

    private final CaseReader reader = new CaseReader(CaseOperations.standard());

    @Test
    void aCheckedCaseGivesOutputsCountsPassAndError() {
        CaseOutcome outcome = CaseEvaluator.standard().evaluate(reader.parse(CaseTexts.TINY_CONV2D));
        assertEquals("{\"name\":\"tiny\",\"outputs\":{\"y\":{\"shape\":[1,2,2],\"data\":[2,4,6,8]}},"
                + "\"multiplies\":4,\"parameters\":1,\"pass\":true,\"max_abs_error\":0}", CaseJsonLines.line(outcome));
    }

    @Test
    void aFailedCaseSaysSo() {
        CaseOutcome outcome = CaseEvaluator.standard().evaluate(reader.parse(
                CaseTexts.TINY_CONV2D.replace("[2, 4, 6, 8]", "[2, 4, 6, 7.75]")));
        assertEquals("{\"name\":\"tiny\",\"outputs\":{\"y\":{\"shape\":[1,2,2],\"data\":[2,4,6,8]}},"
                + "\"multiplies\":4,\"parameters\":1,\"pass\":false,\"max_abs_error\":0.25}",
                CaseJsonLines.line(outcome));
    }

    @Test
    void aCaseWithoutExpectedValuesHasNoVerdict() {
        CaseOutcome outcome = CaseEvaluator.standard().evaluate(reader.parse(CaseTexts.TINY_CONV2D
                .replace("\"expected\": {\"y\": {\"shape\": [1, 2, 2], \"data\": [2, 4, 6, 8]}},", "")
                .replace("\"multiplies\": 4,", "")));
        assertEquals("{\"name\":\"tiny\",\"outputs\":{\"y\":{\"shape\":[1,2,2],\"data\":[2,4,6,8]}},"
                + "\"multiplies\":4,\"parameters\":1}", CaseJsonLines.line(outcome));
    }

    @Test
    void analysisResultsHaveNoCountsAndEveryOutputIsWrittenInOrder() {
        CaseFile analysis = new CaseFile("rank", "kernel_rank", new CaseParams(null), new CaseInputs(Map.of()),
                Map.of("rank", Tensor.of(new float[] {2}, 1)), 1e-4, OptionalLong.empty());
        CaseResult result = CaseResult.of("rank", Tensor.of(new float[] {2}, 1),
                "singular_values", Tensor.of(new float[] {3.5f, 0.1f}, 2), null);
        assertEquals("{\"name\":\"rank\",\"outputs\":{\"rank\":{\"shape\":[1],\"data\":[2]},"
                + "\"singular_values\":{\"shape\":[2],\"data\":[3.5,0.1]}},\"pass\":true,\"max_abs_error\":0}",
                CaseJsonLines.line(new CaseOutcome(analysis, result, 0, List.of())));
    }

    @Test
    void valuesThatAreNotFiniteBecomeStrings() {
        CaseFile unchecked = new CaseFile("odd", "conv2d", new CaseParams(null), new CaseInputs(Map.of()),
                Map.of(), 1e-4, OptionalLong.empty());
        CaseResult result = CaseResult.of("y", Tensor.of(new float[] {Float.NaN, Float.NEGATIVE_INFINITY, 1e-5f}, 3),
                new OpCount(0, 0));
        assertEquals("{\"name\":\"odd\",\"outputs\":{\"y\":{\"shape\":[3],\"data\":[\"NaN\",\"-Infinity\",1E-5]}},"
                + "\"multiplies\":0,\"parameters\":0}",
                CaseJsonLines.line(new CaseOutcome(unchecked, result, 0, List.of())));
    }
}
