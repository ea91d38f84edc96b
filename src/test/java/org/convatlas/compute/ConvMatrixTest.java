package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvMatrixTest {

    private static final float[] KERNEL = {-0.125f, -0.25f, 0.625f, 0, 1, -0.75f, -0.5f, 0.875f, -0.75f};

    /** A random single-channel configuration: input size, kernel and window that fit together. */
    private record Config(int h, int w, Tensor kernel, Window2d window) {

        static Config random(Random random) {
            while (true) {
                int h = 1 + random.nextInt(7);
                int w = 1 + random.nextInt(7);
                Window2d window = new Window2d(1 + random.nextInt(3), 1 + random.nextInt(3),
                        new Pads2d(random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(3)),
                        1 + random.nextInt(2), 1 + random.nextInt(2));
                Tensor kernel = TestTensors.dyadic(random, 1 + random.nextInt(3), 1 + random.nextInt(3));
                Pads2d pads = window.pads();
                if (ConvArithmetic.reach(kernel.dim(0), window.dilationH()) <= h + pads.top() + pads.bottom()
                        && ConvArithmetic.reach(kernel.dim(1), window.dilationW()) <= w + pads.left() + pads.right()) {
                    return new Config(h, w, kernel, window);
                }
            }
        }

        ConvMatrix matrix() {
            return ConvMatrix.of(kernel, h, w, window);
        }
    }

    @Test
    void matchesTheReferenceCaseWithStrideTwoAndPadding() {
        ConvMatrix c = ConvMatrix.of(Tensor.of(KERNEL, 3, 3), 4, 4, Window2d.of(2, 1, 1));
        float[] expected = {
            1, -0.75f, 0, 0, 0.875f, -0.75f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 1, -0.75f, 0, -0.5f, 0.875f, -0.75f, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, -0.25f, 0.625f, 0, 0, 1, -0.75f, 0, 0, 0.875f, -0.75f, 0, 0,
            0, 0, 0, 0, 0, -0.125f, -0.25f, 0.625f, 0, 0, 1, -0.75f, 0, -0.5f, 0.875f, -0.75f};
        assertArrayEquals(new int[] {4, 16}, c.dense().shape());
        assertArrayEquals(expected, c.dense().data());
        assertEquals(1, c.transposedParams().outputPaddingH(), "(4 + 1 + 1 - 2 - 1) mod 2");
    }

    @Test
    void eachEntryNamesItsOutputCellInputCellAndTap() {
        ConvMatrix c = ConvMatrix.of(Tensor.of(KERNEL, 3, 3), 4, 4, Window2d.of(2, 1, 1));
        // output cell 0 (window at -1, -1) keeps taps (1..2, 1..2); the first is tap (1, 1) on input cell (0, 0)
        assertEquals(new ConvMatrix.Entry(0, 0, 1, 1, 1f), c.entries().get(0));
        assertEquals(4 + 6 + 6 + 9, c.entries().size());
        for (ConvMatrix.Entry e : c.entries()) {
            int oy = e.outputCell() / c.outputWidth();
            int ox = e.outputCell() % c.outputWidth();
            assertEquals((oy * 2 - 1 + e.tapRow()) * 4 + ox * 2 - 1 + e.tapColumn(), e.inputCell());
            assertEquals(KERNEL[e.tapRow() * 3 + e.tapColumn()], e.weight());
        }
    }

    @Test
    void multiplyingIsTheConvolution() {
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            Config config = Config.random(random);
            Tensor x = TestTensors.dyadic(random, config.h, config.w);
            Tensor expected = Conv2d.apply(x.reshape(1, config.h, config.w),
                    config.kernel.reshape(1, 1, config.kernel.dim(0), config.kernel.dim(1)), null,
                    new Conv2dParams(config.window, 1, false));
            ConvMatrix c = config.matrix();
            Tensor y = c.multiply(x);
            assertArrayEquals(new int[] {expected.dim(1), expected.dim(2)}, y.shape());
            assertArrayEquals(expected.data(), y.data(), config.toString());
            // the dense matrix times x gives the same
            float[] dense = c.dense().data();
            for (int r = 0; r < c.rows(); r++) {
                double sum = 0;
                for (int col = 0; col < c.columns(); col++) {
                    sum += dense[r * c.columns() + col] * x.data()[col];
                }
                assertEquals(y.data()[r], sum, 1e-6);
            }
        }
    }

    @Test
    void multiplyingByTheTransposeIsTheTransposedConvolution() {
        Random random = new Random(4);
        int nonZero = 0;
        for (int trial = 0; trial < 50; trial++) {
            Config config = Config.random(random);
            ConvMatrix c = config.matrix();
            Tensor y = TestTensors.dyadic(random, c.outputHeight(), c.outputWidth());
            Tensor expected = ConvTranspose2d.apply(y.reshape(1, c.outputHeight(), c.outputWidth()),
                    config.kernel.reshape(1, 1, config.kernel.dim(0), config.kernel.dim(1)), null,
                    c.transposedParams());
            Tensor x = c.multiplyTransposed(y);
            nonZero += TestTensors.nonZeroCount(x) > 0 ? 1 : 0;
            assertArrayEquals(new int[] {1, config.h, config.w}, expected.shape());
            assertArrayEquals(expected.data(), x.data(), 0f, config.toString());
        }
        assertTrue(nonZero > 40);
    }

    @Test
    void transposedParamsGiveBackTheInputSize() {
        Random random = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            Config config = Config.random(random);
            ConvMatrix c = config.matrix();
            ConvTranspose2dParams p = c.transposedParams();
            Pads2d pads = p.window().pads();
            assertEquals(config.h, ConvArithmetic.transposedOutputSize("height", c.outputHeight(), pads.top(),
                    pads.bottom(), config.kernel.dim(0), p.window().strideH(), p.window().dilationH(),
                    p.outputPaddingH()));
            assertEquals(config.w, ConvArithmetic.transposedOutputSize("width", c.outputWidth(), pads.left(),
                    pads.right(), config.kernel.dim(1), p.window().strideW(), p.window().dilationW(),
                    p.outputPaddingW()));
        }
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("kernel w must have 2 dimensions [kH, kW] (got shape [1, 3, 3])",
                () -> ConvMatrix.of(Tensor.zeros(1, 3, 3), 4, 4, Window2d.DEFAULT));
        assertMessage("kernel reach 5 exceeds padded input 4 (height); add padding or enlarge the input",
                () -> ConvMatrix.of(Tensor.zeros(3, 3), 4, 4, Window2d.of(1, 0, 2)));
        ConvMatrix c = ConvMatrix.of(Tensor.zeros(3, 3), 4, 4, Window2d.DEFAULT);
        assertMessage("input x must have shape [4, 4] (got [16])", () -> c.multiply(Tensor.zeros(16)));
    }
}
