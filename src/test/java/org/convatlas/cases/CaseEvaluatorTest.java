package org.convatlas.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class CaseEvaluatorTest {

    private static final String EXPECTED_Y = "\"y\": {\"shape\": [1, 2, 2], \"data\": [2, 4, 6, 8]}";

    private final CaseEvaluator evaluator = CaseEvaluator.standard();
    private final CaseReader reader = new CaseReader(CaseOperations.standard());

    private CaseOutcome evaluate(String json) {
        return evaluator.evaluate(reader.parse(json));
    }

    @Test
    void aMatchingCasePasses() {
        CaseOutcome outcome = evaluate(CaseTexts.TINY_CONV2D);
        assertTrue(outcome.passed());
        assertEquals(0, outcome.maxAbsError());
        assertEquals(4, outcome.result().count().multiplies());
    }

    @Test
    void errorsWithinTheToleranceStillPass() {
        CaseOutcome outcome = evaluate(CaseTexts.TINY_CONV2D.replace("[2, 4, 6, 8]", "[2, 4, 6, 8.0009765625]"));
        assertTrue(outcome.passed());
        assertEquals(0.0009765625, outcome.maxAbsError());
    }

    @Test
    void valuesBeyondTheToleranceFail() {
        CaseOutcome outcome = evaluate(CaseTexts.TINY_CONV2D.replace("[2, 4, 6, 8]", "[2, 4.5, 6, 8.25]"));
        assertEquals(List.of("output \"y\" is off by up to 0.5 (tolerance 0.001)"), outcome.failures());
        assertEquals(0.5, outcome.maxAbsError());
    }

    @Test
    void aShapeMismatchFails() {
        CaseOutcome outcome = evaluate(CaseTexts.TINY_CONV2D.replace(EXPECTED_Y,
                "\"y\": {\"shape\": [1, 4], \"data\": [2, 4, 6, 8]}"));
        assertEquals(List.of("output \"y\" has shape [1, 2, 2], expected [1, 4]"), outcome.failures());
    }

    @Test
    void anExpectedOutputTheOperationDoesNotGiveFails() {
        CaseOutcome outcome = evaluate(CaseTexts.TINY_CONV2D.replace(EXPECTED_Y,
                EXPECTED_Y + ", \"z\": {\"shape\": [1], \"data\": [0]}"));
        assertEquals(List.of("there is no output \"z\" (conv2d gives y)"), outcome.failures());
    }

    @Test
    void aWrongMultiplyCountFails() {
        CaseOutcome outcome = evaluate(CaseTexts.TINY_CONV2D.replace("\"multiplies\": 4", "\"multiplies\": 5"));
        assertEquals(List.of("multiplies: counted 4, expected 5"), outcome.failures());
    }

    @Test
    void everyFailedCheckIsListed() {
        CaseOutcome outcome = evaluate(CaseTexts.TINY_CONV2D.replace("\"multiplies\": 4", "\"multiplies\": 5")
                .replace("[2, 4, 6, 8]", "[2, 4, 6, 9]"));
        assertEquals(2, outcome.failures().size());
    }

    @Test
    void theEngineRejectsInvalidParameters() {
        CaseFile badStride = reader.parse(CaseTexts.TINY_CONV2D.replace("\"stride\": [1, 1]", "\"stride\": [0, 1]"));
        assertEquals("stride must be at least 1 (got 0)",
                assertThrows(InvalidArgumentException.class, () -> evaluator.evaluate(badStride)).getMessage());
    }

    @Test
    void missingInputsAreNamed() {
        CaseFile noWeights = reader.parse(CaseTexts.TINY_CONV2D.replace("\"w\":", "\"v\":"));
        assertEquals("missing input \"w\"",
                assertThrows(CaseFormatException.class, () -> evaluator.evaluate(noWeights)).getMessage());
    }
}
