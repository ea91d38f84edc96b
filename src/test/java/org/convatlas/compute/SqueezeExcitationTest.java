package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.convatlas.compute.TestTensors.between;
import static org.convatlas.compute.TestTensors.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SqueezeExcitationTest {

    private static final float SIGMOID_1 = 0.7310586f;

    /** Two 2x2 channels: 1 2 / 3 4 (mean 2.5) and -1 -1 / 1 3 (mean 0.5); one hidden unit. */
    private static final Tensor X = Tensor.of(new float[] {1, 2, 3, 4, -1, -1, 1, 3}, 2, 2, 2);
    private static final Tensor W1 = Tensor.of(new float[] {0.4f, -1}, 1, 2);
    private static final Tensor W2 = Tensor.of(new float[] {4, -4}, 2, 1);
    private static final Tensor B2 = Tensor.of(new float[] {0, 1}, 2);

    /**
     * hidden = relu(0.4*2.5 - 1*0.5 - 0.25) = 0.25; scale = sigmoid(4*0.25 + 0, -4*0.25 + 1) = (sigmoid(1), 0.5).
     */
    @Test
    void allFourStagesByHand() {
        SqueezeExcitation.Result r = SqueezeExcitation.apply(X, W1, Tensor.of(new float[] {-0.25f}, 1), W2, B2);
        assertArrayEquals(new float[] {2.5f, 0.5f}, r.squeezed().data(), 1e-6f);
        assertArrayEquals(new float[] {0.25f}, r.hidden().data(), 1e-6f);
        assertArrayEquals(new float[] {SIGMOID_1, 0.5f}, r.scale().data(), 1e-6f);
        assertArrayEquals(new float[] {SIGMOID_1, 2 * SIGMOID_1, 3 * SIGMOID_1, 4 * SIGMOID_1, -0.5f, -0.5f, 0.5f,
                1.5f}, r.y().data(), 1e-6f);
        assertArrayEquals(new int[] {2}, r.squeezed().shape());
        assertArrayEquals(new int[] {1}, r.hidden().shape());
        assertArrayEquals(new int[] {2, 2, 2}, r.y().shape());
    }

    /** hidden = relu(0.4*2.5 - 1*0.5 - 2) = relu(-1.5) = 0, so the scale is sigmoid(b2) = (0.5, sigmoid(1)). */
    @Test
    void theReluCutsANegativeHiddenUnitToZero() {
        SqueezeExcitation.Result r = SqueezeExcitation.apply(X, W1, Tensor.of(new float[] {-2}, 1), W2, B2);
        assertArrayEquals(new float[] {0}, r.hidden().data());
        assertArrayEquals(new float[] {0.5f, SIGMOID_1}, r.scale().data(), 1e-6f);
    }

    @Test
    void largeLogitsSaturateTheSigmoidWithoutOverflow() {
        SqueezeExcitation.Result r = SqueezeExcitation.apply(X, W1, Tensor.of(new float[] {-2}, 1), W2,
                Tensor.of(new float[] {1000, -1000}, 2));
        assertArrayEquals(new float[] {1, 0}, r.scale().data());
        assertArrayEquals(new float[] {1, 2, 3, 4, 0, 0, 0, 0}, r.y().data(), 1e-7f);
    }

    @Test
    void everyChannelIsScaledByAFactorBetweenZeroAndOne() {
        Random random = new Random(21);
        for (int n = 0; n < 20; n++) {
            int hidden = between(random, 1, 4);
            int c = hidden * between(random, 1, 4);
            Tensor x = uniform(random, c, between(random, 1, 6), between(random, 1, 6));
            SqueezeExcitation.Result r = SqueezeExcitation.apply(x, uniform(random, hidden, c), uniform(random, hidden),
                    uniform(random, c, hidden), uniform(random, c));
            int area = x.dim(1) * x.dim(2);
            for (int ch = 0; ch < c; ch++) {
                float scale = r.scale().get(ch);
                assertTrue(scale > 0 && scale < 1, "scale " + scale);
                for (int q = ch * area; q < (ch + 1) * area; q++) {
                    assertEquals(scale * x.data()[q], r.y().data()[q]);
                }
            }
            for (float h : r.hidden().data()) {
                assertTrue(h >= 0, "hidden unit after the ReLU " + h);
            }
        }
    }

    /** Two fully connected layers of 2*1 weights each, then 8 rescaled values; 2*2 + 1 + 2 parameters. */
    @Test
    void countsTheTwoLayersAndTheRescaling() {
        OpCount count = Counts.squeezeExcitation(X.shape(), 1);
        assertEquals(2 * 2 + 8, count.multiplies());
        assertEquals(2 * 2 + 1 + 2, count.parameters());
    }

    @Test
    void rejectsMismatchedShapes() {
        Tensor b1 = Tensor.zeros(1);
        assertMessage("input x must have 3 dimensions [C, H, W] (got shape [2, 4])",
                () -> SqueezeExcitation.apply(X.reshape(2, 4), W1, b1, W2, B2));
        assertMessage("first weights w1 must have 2 dimensions [C/r, C] (got shape [2])",
                () -> SqueezeExcitation.apply(X, Tensor.zeros(2), b1, W2, B2));
        assertMessage("first weights' columns w1.shape[1] must equal channels C = 2 (got 3)",
                () -> SqueezeExcitation.apply(X, Tensor.zeros(1, 3), b1, W2, B2));
        assertMessage("first bias b1 must have shape [1] (got [2])",
                () -> SqueezeExcitation.apply(X, W1, Tensor.zeros(2), W2, B2));
        assertMessage("second weights w2 must have shape [2, 1] (got [1, 2])",
                () -> SqueezeExcitation.apply(X, W1, b1, Tensor.zeros(1, 2), B2));
        assertMessage("second bias b2 is missing; it must have shape [2]",
                () -> SqueezeExcitation.apply(X, W1, b1, W2, null));
    }

    /** The hidden size is C/r, for a ratio that divides the channels only. */
    @Test
    void theHiddenSizeIsTheChannelsOverTheRatio() {
        assertEquals(4, SqueezeExcitation.hiddenSize(8, 2));
        assertEquals(8, SqueezeExcitation.hiddenSize(8, 1));
        assertMessage("reduction ratio r 3 must divide channels C 8", () -> SqueezeExcitation.hiddenSize(8, 3));
        assertMessage("reduction ratio r 0 must divide channels C 8", () -> SqueezeExcitation.hiddenSize(8, 0));
    }
}
