package org.convatlas.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class AnalysisCasesTest {

    private static CaseParams params(String json) throws Exception {
        return new CaseParams(new ObjectMapper().readTree(json));
    }

    private static final CaseInputs NONE = new CaseInputs(Map.of());

    @Test
    void namesTheOperationsAsTheFormatDoes() {
        List<CaseOperation> operations = List.of(new ReceptiveFieldCase(), new GriddingCoverageCase(),
                new TransposedOverlapCase(), new ConvMatrixCase(), new KernelRankCase(), new Conv2dGradCase());
        assertEquals(List.of("receptive_field", "gridding_coverage", "transposed_overlap", "conv_matrix",
                "kernel_rank", "conv2d_grad"), operations.stream().map(CaseOperation::op).toList());
        for (CaseOperation operation : operations) {
            assertEquals(operation.getClass(), CaseOperations.standard().require(operation.op()).getClass());
        }
    }

    @Test
    void writesOutputsInTheFormatsOrderWithoutCounts() throws Exception {
        CaseResult result = new ReceptiveFieldCase().evaluate(params(
                "{\"layers\": [{\"kernel\": 2, \"stride\": 2, \"dilation\": 1, \"padding\": 0}]}"), NONE);
        assertEquals(List.of("size", "jump", "start"), List.copyOf(result.outputs().keySet()));
        assertArrayEquals(new float[] {0.5f}, result.outputs().get("start").data());
        assertNull(result.count());
        CaseResult rank = new KernelRankCase().evaluate(params("{\"tolerance\": 0.001}"),
                new CaseInputs(Map.of("w", Tensor.of(new float[] {1, 2, 2, 4}, 2, 2))));
        assertEquals(List.of("rank", "singular_values", "separable_approximation"),
                List.copyOf(rank.outputs().keySet()));
        assertArrayEquals(new int[] {1}, rank.outputs().get("rank").shape());
    }

    @Test
    void reportsMissingParametersAndInputs() throws Exception {
        assertEquals("missing parameter \"dilation\"", assertThrows(CaseFormatException.class,
                () -> new GriddingCoverageCase().evaluate(params("{\"layers\": [{\"kernel\": 3}]}"), NONE))
                .getMessage());
        assertEquals("missing input \"w\"", assertThrows(CaseFormatException.class,
                () -> new ConvMatrixCase().evaluate(params("{\"input\": [4, 4], \"stride\": [1, 1], "
                        + "\"pads\": [0, 0, 0, 0], \"dilation\": [1, 1]}"), NONE)).getMessage());
        assertEquals("stride must be at least 1 (got 0)", assertThrows(InvalidArgumentException.class,
                () -> new TransposedOverlapCase().evaluate(params("{\"input\": [4, 4], \"kernel\": [3, 3], "
                        + "\"stride\": [0, 1], \"pads\": [0, 0, 0, 0], \"dilation\": [1, 1]}"), NONE)).getMessage());
    }
}
