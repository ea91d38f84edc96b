package org.convatlas.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.convatlas.compute.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseOperationsTest {

    private final CaseOperations operations = CaseOperations.standard();
    private final CaseReader reader = new CaseReader(operations);

    private final CaseEvaluator evaluator = new CaseEvaluator(operations);

    /** A reference case with {@code part} of its text replaced. */
    private CaseFile changed(String fileName, String part, String replacement) {
        String text = CaseTexts.reference(fileName);
        assertTrue(text.contains(part), "the case has " + part);
        return reader.parse(text.replace(part, replacement));
    }

    @Test
    void theStandardRegistryHasEveryOperationOfTheFormat() {
        assertEquals(Set.of("conv2d", "conv_transpose2d", "conv3d", "max_pool2d", "avg_pool2d", "max_unpool2d",
                "pixel_shuffle", "channel_shuffle", "upsample", "deform_conv2d", "squeeze_excitation",
                "depthwise_separable", "receptive_field", "gridding_coverage", "transposed_overlap", "conv_matrix",
                "kernel_rank", "conv2d_grad"), operations.names());
    }

    @Test
    void eachOpNameIsRegisteredOnce() {
        List<CaseOperation> twice = List.of(new Conv2dCase(), new Conv2dCase());
        assertEquals("two operations are registered as \"conv2d\"",
                assertThrows(IllegalArgumentException.class, () -> new CaseOperations(twice)).getMessage());
    }

    @Test
    void anUnknownOpIsRefusedWithTheKnownOnes() {
        CaseOperations one = new CaseOperations(List.of(ShuffleCase.pixelShuffle(), ShuffleCase.channelShuffle()));
        assertEquals("unknown op \"shuffle\"; known ops: channel_shuffle, pixel_shuffle",
                assertThrows(CaseFormatException.class, () -> one.require("shuffle")).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "upsample_nearest_2x_2x2.json|\"mode\": \"nearest\"|\"mode\": \"cubic\""
                    + "|parameter \"mode\" must be \"nearest\" or \"bilinear\" (got \"cubic\")",
            "squeeze_excitation_c4_r2_4x4.json|\"reduction\": 2|\"reduction\": 4"
                    + "|parameter \"reduction\" 4 does not match the tensors: C / w1.shape[0] = 4 / 2",
            "depthwise_separable_c3_m2_k3_s2_cout4.json|\"depth_multiplier\": 2|\"depth_multiplier\": 1"
                    + "|parameter \"depth_multiplier\" 1 does not match the tensors: w_depthwise.shape[0] / Cin = 6 / 3",
            "conv3d_tiny_3x3x3_k2.json|\"stride\": [1, 1, 1]|\"stride\": [1, 1]"
                    + "|parameter \"stride\" must be a list of 3 whole numbers (got [1,1])",
            "avg_pool2d_4x4_k2_s2.json|\"count_include_pad\": false|\"count_include_pad\": 0"
                    + "|parameter \"count_include_pad\" must be true or false (got 0)",
            "deform_conv2d_integer_offsets.json|\"offset\":|\"offsets\":|missing input \"offset\"",
            "max_unpool2d_2x2_to_4x4.json|\"output_size\"|\"size\"|missing parameter \"output_size\"",
    })
    void malformedParametersAndInputsAreNamed(String fileName, String part, String replacement, String message) {
        CaseFile malformed = changed(fileName, part, replacement);
        assertEquals(message, assertThrows(CaseFormatException.class, () -> evaluator.evaluate(malformed)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "conv2d_classic_4x4_k3x3_valid.json|\"groups\": 1|\"groups\": 0|groups must be at least 1 (got 0)",
            "conv2d_classic_4x4_k3x3_valid.json|\"dilation\": [1, 1]|\"dilation\": [1, 0]"
                    + "|dilation must be at least 1 (got 0)",
            "max_pool2d_4x4_k2_s2.json|\"pads\": [0, 0, 0, 0]|\"pads\": [0, 0, 0, -1]"
                    + "|padding right must be at least 0 (got -1)",
            "pixel_shuffle_r2_4ch_2x2_iota.json|\"upscale\": 2|\"upscale\": 0|upscale factor must be at least 1 (got 0)",
    })
    void parametersTheEngineRefusesKeepItsMessage(String fileName, String part, String replacement, String message) {
        CaseFile invalid = changed(fileName, part, replacement);
        assertEquals(message, assertThrows(InvalidArgumentException.class, () -> evaluator.evaluate(invalid)).getMessage());
    }
}
