package org.convatlas.compute;

import static org.convatlas.compute.Conv2dTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvTranspose2dTest {

    private static final int CONFIGURATIONS = 1500;

    /** The 2x2 input and 2x2 kernel of the hand-computed examples; the kernel's digits show which tap wrote what. */
    private static final Tensor X = TestTensors.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
    private static final Tensor W = TestTensors.of(new float[] {1, 10, 100, 1000}, 1, 1, 2, 2);

    @Test
    void matchesTheReferenceOnRandomConfigurations() {
        Random r = new Random(20240612L);
        Coverage coverage = new Coverage();
        for (int n = 0; n < CONFIGURATIONS; n++) {
            RandomConvTranspose2d c = RandomConvTranspose2d.draw(r);
            Tensor expected = ConvTranspose2dReference.apply(c.x(), c.w(), c.b(), c.params());
            Tensor actual = n % 2 == 0 ? ConvTranspose2d.apply(c.x(), c.w(), c.b(), c.params())
                    : applyIntoDirtyOutput(c);
            assertTrue(expected.maxAbsDifference(actual) < 1e-5, () -> "configuration " + c + ": expected "
                    + Arrays.toString(expected.data()) + " got " + Arrays.toString(actual.data()));

            coverage.output(actual);
            coverage.window(c.params().window(), c.w().dim(2), c.w().dim(3));
            coverage.feature("groups", c.params().groups() > 1);
            coverage.feature("bias", c.b() != null);
            coverage.feature("output padding", c.params().outputPaddingH() > 0 || c.params().outputPaddingW() > 0);
        }
        coverage.assertNotTrivial();
    }

    /** The overload with an output tensor must overwrite whatever the tensor held. */
    private static Tensor applyIntoDirtyOutput(RandomConvTranspose2d c) {
        Tensor out = Tensor.filled(Float.NaN, ConvTranspose2d.outputShape(c.x(), c.w(), c.b(), c.params()));
        ConvTranspose2d.apply(c.x(), c.w(), c.b(), c.params(), out);
        return out;
    }

    @Test
    void strideOneOverlapsTheStampedKernels() {
        Tensor y = ConvTranspose2d.apply(X, W, null, ConvTranspose2dParams.DEFAULT);

        // every input cell stamps its value times the kernel; the stamps overlap by one cell
        assertArrayEquals(new int[] {1, 3, 3}, y.shape());
        assertArrayEquals(new float[] {
            1, 1 * 10 + 2, 2 * 10,
            1 * 100 + 3, 1 * 1000 + 2 * 100 + 3 * 10 + 4, 2 * 1000 + 4 * 10,
            3 * 100, 3 * 1000 + 4 * 100, 4 * 1000}, y.data());
    }

    @Test
    void strideTwoPlacesTheStampsSideBySide() {
        Tensor y = ConvTranspose2d.apply(X, W, null, ConvTranspose2dParams.DEFAULT.withWindow(Window2d.of(2, 0, 1)));

        assertArrayEquals(new float[] {
            1, 10, 2, 20,
            100, 1000, 200, 2000,
            3, 30, 4, 40,
            300, 3000, 400, 4000}, y.data());
    }

    @Test
    void padsAreCutFromTheFullOutput() {
        Window2d topLeft = new Window2d(2, 2, new Pads2d(1, 1, 0, 0), 1, 1);

        Tensor y = ConvTranspose2d.apply(X, W, null, ConvTranspose2dParams.DEFAULT.withWindow(topLeft));

        assertArrayEquals(new float[] {1000, 200, 2000, 30, 4, 40, 3000, 400, 4000}, y.data());
    }

    @Test
    void outputPaddingBeyondTheFullOutputHoldsOnlyTheBias() {
        Tensor bias = TestTensors.of(new float[] {0.5f}, 1);
        ConvTranspose2dParams p = new ConvTranspose2dParams(Window2d.of(2, 0, 1), 1, 1, 1);

        Tensor y = ConvTranspose2d.apply(X, W, bias, p);

        assertArrayEquals(new float[] {
            1.5f, 10.5f, 2.5f, 20.5f, 0.5f,
            100.5f, 1000.5f, 200.5f, 2000.5f, 0.5f,
            3.5f, 30.5f, 4.5f, 40.5f, 0.5f,
            300.5f, 3000.5f, 400.5f, 4000.5f, 0.5f,
            0.5f, 0.5f, 0.5f, 0.5f, 0.5f}, y.data());
    }

    @Test
    void outputPaddingInsideTheCutPadsShowsTheCutValues() {
        // bottom/right pad 1 cuts the last row and column of the full output; output padding 1 brings them back
        ConvTranspose2dParams p = new ConvTranspose2dParams(
                new Window2d(2, 2, new Pads2d(0, 0, 1, 1), 1, 1), 1, 1, 1);

        Tensor y = ConvTranspose2d.apply(X, W, null, p);

        assertArrayEquals(ConvTranspose2d.apply(X, W, null, ConvTranspose2dParams.DEFAULT
                .withWindow(Window2d.of(2, 0, 1))).data(), y.data());
    }

    @Test
    void groupsConnectEachInputChannelToItsOwnOutputChannels() {
        // two groups: input channel 0 writes output channels 0 and 1, input channel 1 writes 2 and 3 (1x1 kernels)
        Tensor x = TestTensors.of(new float[] {1, 2, 3, 4}, 2, 1, 2);
        Tensor w = TestTensors.of(new float[] {1, 10, 100, 1000}, 2, 2, 1, 1);

        Tensor y = ConvTranspose2d.apply(x, w, null, ConvTranspose2dParams.DEFAULT.withGroups(2));

        assertArrayEquals(new int[] {4, 1, 2}, y.shape());
        assertArrayEquals(new float[] {1, 2, 10, 20, 300, 400, 3000, 4000}, y.data());
    }

    @Test
    void outputShapeFollowsTheSizeFormula() {
        // Ho = (5-1)*2 - 1 - 0 + 3*(2-1) + 1 + 1 = 12, Wo = (4-1)*1 - 0 - 2 + 1*(3-1) + 0 + 1 = 4
        ConvTranspose2dParams p = new ConvTranspose2dParams(new Window2d(2, 1, new Pads2d(1, 0, 0, 2), 3, 1), 1, 0, 2);

        assertArrayEquals(new int[] {6, 12, 4},
                ConvTranspose2d.outputShape(new int[] {4, 5, 4}, new int[] {4, 3, 2, 3}, p));
    }

    @Test
    void rejectsInvalidArguments() {
        int[] x = {4, 5, 5};
        int[] w = {4, 2, 3, 3};
        ConvTranspose2dParams stride2 = ConvTranspose2dParams.DEFAULT.withWindow(Window2d.of(2, 0, 1));
        assertMessage("groups 3 must divide input channels 4",
                () -> ConvTranspose2d.outputShape(x, w, ConvTranspose2dParams.DEFAULT.withGroups(3)));
        assertMessage("weights' input channels w.shape[0] must equal input channels = 4 (got 3)",
                () -> ConvTranspose2d.outputShape(x, new int[] {3, 2, 3, 3}, ConvTranspose2dParams.DEFAULT));
        assertMessage("output padding 2 (height) must be smaller than the stride 2 or the dilation 1",
                () -> ConvTranspose2d.outputShape(x, w, stride2.withOutputPadding(2, 0)));
        assertMessage("output padding 1 (width) must be smaller than the stride 1 or the dilation 1",
                () -> ConvTranspose2d.outputShape(x, w, ConvTranspose2dParams.DEFAULT.withOutputPadding(0, 1)));
        assertMessage("padding 8 (height) removes the whole transposed output of size 7; reduce the padding",
                () -> ConvTranspose2d.outputShape(x, w, ConvTranspose2dParams.DEFAULT
                        .withWindow(Window2d.DEFAULT.withPads(new Pads2d(4, 0, 4, 0)))));
        assertMessage("weights w must have 4 dimensions [Cin, Cout/groups, kH, kW] (got shape [4, 2, 3])",
                () -> ConvTranspose2d.outputShape(x, new int[] {4, 2, 3}, ConvTranspose2dParams.DEFAULT));
    }

    @Test
    void rejectsAMisshapenBiasOrOutput() {
        Tensor x = Tensor.zeros(2, 3, 3);
        Tensor w = Tensor.zeros(2, 3, 2, 2);
        assertMessage("bias must have shape [3] (got [2])",
                () -> ConvTranspose2d.apply(x, w, Tensor.zeros(2), ConvTranspose2dParams.DEFAULT));
        assertMessage("output must have shape [3, 4, 4] (got [3, 4, 5])",
                () -> ConvTranspose2d.apply(x, w, null, ConvTranspose2dParams.DEFAULT, Tensor.zeros(3, 4, 5)));
        assertMessage("input x is missing; it must be a tensor [Cin, H, W]",
                () -> ConvTranspose2d.apply(null, w, null, ConvTranspose2dParams.DEFAULT));
    }
}
