package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Conv2dGradTest {

    /** A random small configuration that fits together. */
    private record Config(Tensor x, Tensor w, Conv2dParams p) {

        static Config random(Random random) {
            while (true) {
                int groups = 1 + random.nextInt(2);
                int cin = groups * (1 + random.nextInt(2));
                int cout = groups * (1 + random.nextInt(2));
                Window2d window = new Window2d(1 + random.nextInt(3), 1 + random.nextInt(3),
                        new Pads2d(random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(3)),
                        1 + random.nextInt(2), 1 + random.nextInt(2));
                Tensor x = TestTensors.dyadic(random, cin, 2 + random.nextInt(5), 2 + random.nextInt(5));
                Tensor w = TestTensors.dyadic(random, cout, cin / groups, 1 + random.nextInt(3), 1 + random.nextInt(3));
                Conv2dParams p = new Conv2dParams(window, groups, random.nextBoolean());
                try {
                    Conv2d.outputShape(x, w, null, p);
                    return new Config(x, w, p);
                } catch (InvalidArgumentException kernelDoesNotFit) {
                    // draw again
                }
            }
        }

        Tensor randomDy(Random random) {
            return TestTensors.dyadic(random, Conv2d.outputShape(x, w, null, p));
        }

        /** {@code sum(conv2d(x, w) * dy)}, in double. */
        double objective(Tensor input, Tensor weights, Tensor dy) {
            float[] y = Conv2d.apply(input, weights, null, p).data();
            double sum = 0;
            for (int n = 0; n < y.length; n++) {
                sum += (double) y[n] * dy.data()[n];
            }
            return sum;
        }
    }

    /** Central differences {@code (f(t + h e_n) - f(t - h e_n)) / 2h} for every element {@code n} of {@code t}. */
    private static double[] centralDifferences(Tensor t, java.util.function.DoubleSupplier f) {
        double h = 0.5;
        double[] out = new double[t.size()];
        float[] data = t.data();
        for (int n = 0; n < data.length; n++) {
            float saved = data[n];
            data[n] = (float) (saved + h);
            double plus = f.getAsDouble();
            data[n] = (float) (saved - h);
            double minus = f.getAsDouble();
            data[n] = saved;
            out[n] = (plus - minus) / (2 * h);
        }
        return out;
    }

    private static void assertClose(double[] expected, Tensor actual, String message) {
        double scale = Arrays.stream(expected).map(Math::abs).max().orElse(0) + 1;
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], actual.data()[n], 1e-6 * scale, message + " at " + n);
        }
    }

    @Test
    void matchesCentralDifferences() {
        Random random = new Random(21);
        int nonZero = 0;
        for (int trial = 0; trial < 40; trial++) {
            Config c = Config.random(random);
            Tensor dy = c.randomDy(random);
            Conv2dGrad.Gradients g = Conv2dGrad.apply(c.x, c.w, dy, c.p);
            String config = c.p + " x" + Arrays.toString(c.x.shape()) + " w" + Arrays.toString(c.w.shape());
            assertClose(centralDifferences(c.x, () -> c.objective(c.x, c.w, dy)), g.dx(), "dx " + config);
            assertClose(centralDifferences(c.w, () -> c.objective(c.x, c.w, dy)), g.dw(), "dw " + config);
            nonZero += TestTensors.nonZeroCount(g.dx()) > 0 && TestTensors.nonZeroCount(g.dw()) > 0 ? 1 : 0;
            for (int co = 0; co < dy.dim(0); co++) {
                double sum = 0;
                for (int n = 0; n < dy.dim(1) * dy.dim(2); n++) {
                    sum += dy.data()[co * dy.dim(1) * dy.dim(2) + n];
                }
                assertEquals(sum, g.db().get(co), 1e-6);
            }
        }
        assertTrue(nonZero > 30);
    }

    @Test
    void inputGradientIsTheTransposedConvolutionOfTheOutputGradient() {
        Random random = new Random(22);
        int nonZero = 0;
        for (int trial = 0; trial < 60; trial++) {
            Config c = Config.random(random);
            Conv2dParams p = c.p.withFlip(false);
            Tensor dy = TestTensors.dyadic(random, Conv2d.outputShape(c.x, c.w, null, p));
            Tensor dx = Conv2dGrad.apply(c.x, c.w, dy, p).dx();
            Tensor transposed = ConvTranspose2d.apply(dy, c.w, null,
                    Conv2dGrad.inputGradientParams(c.x.shape(), c.w.shape(), p));
            nonZero += TestTensors.nonZeroCount(dx) > 0 ? 1 : 0;
            assertEquals(0, transposed.maxAbsDifference(dx),
                    p + " x" + Arrays.toString(c.x.shape()) + " w" + Arrays.toString(c.w.shape()));
        }
        assertTrue(nonZero > 50);
    }

    @Test
    void oneOutputCellSendsTheKernelBackToItsWindow() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3);
        Tensor w = Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2);
        Tensor dy = Tensor.of(new float[] {0, 0, 0, 2}, 1, 2, 2);
        Conv2dGrad.Gradients g = Conv2dGrad.apply(x, w, dy, Conv2dParams.DEFAULT);
        assertArrayEquals(new float[] {0, 0, 0, 0, 2, 4, 0, 6, 8}, g.dx().data());
        assertArrayEquals(new float[] {10, 12, 16, 18}, g.dw().data());
        assertArrayEquals(new float[] {2}, g.db().data());
    }

    @Test
    void cellsNoWindowReadsGetZero() {
        Random random = new Random(2);
        // kernel 1, stride 2 skips rows and columns 1 and 3; height 6 with kernel 3, stride 2 drops row 5
        Tensor x = TestTensors.dyadic(random, 1, 6, 5);
        Tensor w = Tensor.filled(1, 1, 1, 3, 1);
        Conv2dParams p = new Conv2dParams(Window2d.of(2, 0, 1), 1, false);
        Tensor dy = Tensor.filled(1, Conv2d.outputShape(x, w, null, p));
        Tensor dx = Conv2dGrad.apply(x, w, dy, p).dx();
        for (int iy = 0; iy < 6; iy++) {
            for (int ix = 0; ix < 5; ix++) {
                boolean read = iy < 5 && ix % 2 == 0;
                assertEquals(read ? (iy == 2 ? 2f : 1f) : 0f, dx.get(0, iy, ix), iy + ", " + ix);
            }
        }
    }

    @Test
    void writesIntoGivenTensorsOverTheirOldContents() {
        Random random = new Random(8);
        Config c = Config.random(random);
        Tensor dy = c.randomDy(random);
        Conv2dGrad.Gradients expected = Conv2dGrad.apply(c.x, c.w, dy, c.p);
        Conv2dGrad.Gradients out = new Conv2dGrad.Gradients(Tensor.filled(7, c.x.shape()),
                Tensor.filled(7, c.w.shape()), Tensor.filled(7, c.w.dim(0)));
        Conv2dGrad.apply(c.x, c.w, dy, c.p, out);
        assertEquals(expected, out);
    }

    @Test
    void inputGradientParamsRecoverTheInputSize() {
        ConvTranspose2dParams p = Conv2dGrad.inputGradientParams(new int[] {2, 6, 8}, new int[] {4, 1, 3, 2},
                new Conv2dParams(new Window2d(2, 3, new Pads2d(1, 0, 0, 2), 1, 2), 2, false));
        // height: (6 + 1 + 0 - 3) mod 2 = 0; width, reach 2*(2-1) + 1 = 3: (8 + 0 + 2 - 3) mod 3 = 1
        assertEquals(0, p.outputPaddingH());
        assertEquals(1, p.outputPaddingW());
        assertEquals(2, p.groups());
        ConvTranspose2dParams q = Conv2dGrad.inputGradientParams(new int[] {1, 6, 6}, new int[] {1, 1, 3, 3},
                new Conv2dParams(Window2d.of(2, 1, 1), 1, false));
        assertEquals(1, q.outputPaddingH(), "(6 + 2 - 3) mod 2");
    }

    @Test
    void rejectsBadArguments() {
        Tensor x = Tensor.zeros(2, 4, 4);
        Tensor w = Tensor.zeros(3, 2, 3, 3);
        assertMessage("output gradient dy must have shape [3, 2, 2] (got [3, 3, 3])",
                () -> Conv2dGrad.apply(x, w, Tensor.zeros(3, 3, 3), Conv2dParams.DEFAULT));
        assertMessage("groups 2 must divide output channels 3",
                () -> Conv2dGrad.apply(x, w, Tensor.zeros(3, 2, 2), Conv2dParams.DEFAULT.withGroups(2)));
        Conv2dGrad.Gradients wrong = new Conv2dGrad.Gradients(Tensor.zeros(2, 4, 4), Tensor.zeros(3, 2, 3, 3),
                Tensor.zeros(2));
        assertMessage("bias gradient db must have shape [3] (got [2])",
                () -> Conv2dGrad.apply(x, w, Tensor.zeros(3, 2, 2), Conv2dParams.DEFAULT, wrong));
    }
}
