package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Conv2dTest {

    private static final int CONFIGURATIONS = 1500;

    @Test
    void matchesTheReferenceOnRandomConfigurations() {
        Random r = new Random(20240611L);
        Coverage coverage = new Coverage();
        for (int n = 0; n < CONFIGURATIONS; n++) {
            RandomConv2d c = RandomConv2d.draw(r);
            Tensor expected = Conv2dReference.apply(c.x(), c.w(), c.b(), c.params());
            Tensor actual = n % 2 == 0 ? Conv2d.apply(c.x(), c.w(), c.b(), c.params()) : applyIntoDirtyOutput(c);
            assertTrue(expected.maxAbsDifference(actual) < 1e-5, () -> "configuration " + c + ": expected "
                    + Arrays.toString(expected.data()) + " got " + Arrays.toString(actual.data()));

            coverage.output(actual);
            coverage.window(c.window(), c.w().dim(2), c.w().dim(3));
            coverage.feature("groups", c.groups() > 1);
            coverage.feature("flip", c.params().flip());
            coverage.feature("bias", c.b() != null);
        }
        coverage.assertNotTrivial();
    }

    /** The overload with an output tensor must overwrite whatever the tensor held. */
    private static Tensor applyIntoDirtyOutput(RandomConv2d c) {
        Tensor out = Tensor.filled(Float.NaN, Conv2d.outputShape(c.x(), c.w(), c.b(), c.params()));
        Conv2d.apply(c.x(), c.w(), c.b(), c.params(), out);
        return out;
    }

    @Test
    void classicFourByFourWithThreeByThreeKernel() {
        Tensor x = TestTensors.of(new float[] {1, 2, 0, 3, 0, 1, 2, 1, 3, 1, 0, 2, 2, 0, 1, 1}, 1, 4, 4);
        Tensor w = TestTensors.of(new float[] {1, 0, -1, 2, 1, 0, 0, -1, 1}, 1, 1, 3, 3);

        Tensor y = Conv2d.apply(x, w, null, Conv2dParams.DEFAULT);

        assertArrayEquals(new int[] {1, 2, 2}, y.shape());
        assertArrayEquals(new float[] {1, 5, 6, 2}, y.data());
    }

    @Test
    void flipRotatesTheKernelByHalfATurn() {
        Tensor x = TestTensors.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3);
        Tensor w = TestTensors.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2);

        Tensor correlation = Conv2d.apply(x, w, null, Conv2dParams.DEFAULT);
        Tensor convolution = Conv2d.apply(x, w, null, Conv2dParams.DEFAULT.withFlip(true));

        // correlation (0,0): 1*1 + 2*2 + 4*3 + 5*4; convolution (0,0): 1*4 + 2*3 + 4*2 + 5*1
        assertArrayEquals(new float[] {37, 47, 67, 77}, correlation.data());
        assertArrayEquals(new float[] {23, 33, 53, 63}, convolution.data());
    }

    @Test
    void paddingStrideDilationAndBiasByHand() {
        // 1x3x3 input, 2x2 kernel dilated by 2 (reach 3), one cell of padding at the top, left and right but not
        // at the bottom, stride 2 across: windows start at input rows -1 and 0, columns -1 and 1.
        Tensor x = TestTensors.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3);
        Tensor w = TestTensors.of(new float[] {1, 10, 100, 1000}, 1, 1, 2, 2);
        Tensor b = TestTensors.of(new float[] {0.5f}, 1);
        Conv2dParams p = Conv2dParams.DEFAULT.withWindow(new Window2d(1, 2, new Pads2d(1, 1, 0, 1), 2, 2));

        Tensor y = Conv2d.apply(x, w, b, p);

        // output (oy, ox) reads rows oy-1, oy+1 and columns 2*ox-1, 2*ox+1 of x
        assertArrayEquals(new int[] {1, 2, 2}, y.shape());
        assertArrayEquals(new float[] {
            0.5f + 100 * 0 + 1000 * 5, 0.5f + 10 * 0 + 100 * 5 + 1000 * 0,
            0.5f + 10 * 2 + 1000 * 8, 0.5f + 1 * 2 + 100 * 8}, y.data());
    }

    @Test
    void groupsConnectEachOutputChannelToItsOwnInputChannels() {
        // two groups of one channel each: a depthwise 1x1 scaling by 2 and by -3
        Tensor x = TestTensors.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 2, 2);
        Tensor w = TestTensors.of(new float[] {2, -3}, 2, 1, 1, 1);

        Tensor y = Conv2d.apply(x, w, null, Conv2dParams.DEFAULT.withGroups(2));

        assertArrayEquals(new float[] {2, 4, 6, 8, -15, -18, -21, -24}, y.data());
    }

    @Test
    void outputShapeFollowsTheSizeFormula() {
        // Ho = floor((7 + 1 + 2 - 2*(3-1) - 1) / 2) + 1 = 3, Wo = floor((6 + 0 + 1 - 1*(2-1) - 1) / 3) + 1 = 2
        Conv2dParams p = new Conv2dParams(new Window2d(2, 3, new Pads2d(1, 0, 2, 1), 2, 1), 2, false);

        assertArrayEquals(new int[] {6, 3, 2}, Conv2d.outputShape(new int[] {4, 7, 6}, new int[] {6, 2, 3, 2}, p));
    }

    @Test
    void rejectsAZeroStride() {
        assertMessage("stride must be at least 1 (got 0)", () -> Window2d.of(0, 0, 1));
    }

    @Test
    void rejectsGroupsThatDoNotDivideTheChannels() {
        Conv2dParams threeGroups = Conv2dParams.DEFAULT.withGroups(3);
        assertMessage("groups 3 must divide input channels 4",
                () -> Conv2d.outputShape(new int[] {4, 5, 5}, new int[] {3, 1, 3, 3}, threeGroups));
        assertMessage("groups 3 must divide output channels 4",
                () -> Conv2d.outputShape(new int[] {6, 5, 5}, new int[] {4, 2, 3, 3}, threeGroups));
    }

    @Test
    void rejectsWeightsWithTheWrongNumberOfInputChannels() {
        assertMessage("weights' input channels w.shape[1] must equal input channels / groups = 4 (got 3)",
                () -> Conv2d.outputShape(new int[] {4, 5, 5}, new int[] {2, 3, 3, 3}, Conv2dParams.DEFAULT));
    }

    @Test
    void rejectsAKernelReachingBeyondThePaddedInput() {
        Conv2dParams dilated = Conv2dParams.DEFAULT.withWindow(Window2d.of(1, 0, 3));
        assertMessage("kernel reach 7 exceeds padded input 5 (height); add padding or enlarge the input",
                () -> Conv2d.outputShape(new int[] {1, 5, 5}, new int[] {1, 1, 3, 3}, dilated));
        assertMessage("kernel reach 4 exceeds padded input 3 (width); add padding or enlarge the input",
                () -> Conv2d.outputShape(new int[] {1, 5, 3}, new int[] {1, 1, 1, 4}, Conv2dParams.DEFAULT));
    }

    @Test
    void rejectsMissingOrMisshapenTensors() {
        Tensor x = Tensor.zeros(2, 4, 4);
        Tensor w = Tensor.zeros(3, 2, 3, 3);
        assertMessage("input x is missing; it must be a tensor [Cin, H, W]",
                () -> Conv2d.apply(null, w, null, Conv2dParams.DEFAULT));
        assertMessage("input x must have 3 dimensions [Cin, H, W] (got shape [4, 4])",
                () -> Conv2d.apply(Tensor.zeros(4, 4), w, null, Conv2dParams.DEFAULT));
        assertMessage("weights w must have 4 dimensions [Cout, Cin/groups, kH, kW] (got shape [2, 3, 3])",
                () -> Conv2d.apply(x, Tensor.zeros(2, 3, 3), null, Conv2dParams.DEFAULT));
        assertMessage("bias must have shape [3] (got [2])",
                () -> Conv2d.apply(x, w, Tensor.zeros(2), Conv2dParams.DEFAULT));
        assertMessage("output must have shape [3, 2, 2] (got [3, 2, 3])",
                () -> Conv2d.apply(x, w, null, Conv2dParams.DEFAULT, Tensor.zeros(3, 2, 3)));
    }

    static void assertMessage(String expected, Runnable call) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, call::run);
        assertEquals(expected, e.getMessage());
    }
}
