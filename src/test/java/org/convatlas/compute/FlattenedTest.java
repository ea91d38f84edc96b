package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.convatlas.compute.TestTensors.assertNotAllZero;
import static org.convatlas.compute.TestTensors.between;
import static org.convatlas.compute.TestTensors.dyadic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FlattenedTest {

    /**
     * On random shapes, channels and windows, with dyadic numbers (so that every sum is exact in floats): the mixed
     * map is the defining sum across channels, the middle map the column sum over it, and the output is the
     * convolution with the composite kernel
     * {@code w[co, ci, i, j] = sum over c1, c2 of w_row[co, c2, 0, j] * w_column[c2, c1, i, 0] * w_channel[c1, ci]}.
     */
    @Test
    void equalsTheConvolutionWithTheThreeFactorsMultipliedOut() {
        Random r = new Random(31);
        for (int n = 0; n < 40; n++) {
            int cin = between(r, 1, 4), c1 = between(r, 1, 2), c2 = between(r, 1, 2), cout = between(r, 1, 2);
            int kh = between(r, 1, 4), kw = between(r, 1, 4);
            Window2d window = new Window2d(between(r, 1, 2), between(r, 1, 2),
                    new Pads2d(between(r, 0, 1), between(r, 0, 1), between(r, 0, 1), between(r, 0, 1)),
                    between(r, 1, 2), between(r, 1, 2));
            Tensor x = dyadic(r, cin, 2 * kh + between(r, 0, 4), 2 * kw + between(r, 0, 4));
            Tensor wChannel = nonZero(r, c1, cin, 1, 1);
            Tensor wColumn = nonZero(r, c2, c1, kh, 1);
            Tensor wRow = nonZero(r, cout, c2, 1, kw);
            String context = "x " + Arrays.toString(x.shape()) + ", C1 " + c1 + ", C2 " + c2 + ", Cout " + cout
                    + ", " + window;

            Flattened.Result result = Flattened.apply(x, wChannel, wColumn, wRow, window);

            Tensor mixed = channelSums(x, wChannel);
            assertNotAllZero(mixed, context);
            assertArrayEquals(mixed.data(), result.mixed().data(), context);
            Tensor middle = Conv2dReference.apply(mixed, wColumn, null,
                    new Conv2dParams(SpatiallySeparable.columnStep(window).window(), 1, false));
            assertArrayEquals(middle.data(), result.middle().data(), context);
            Tensor y = Conv2dReference.apply(x, composite(wChannel, wColumn, wRow), null,
                    new Conv2dParams(window, 1, false));
            assertNotAllZero(y, context);
            assertArrayEquals(y.shape(), result.y().shape(), context);
            assertArrayEquals(y.data(), result.y().data(), context);
            assertArrayEquals(y.shape(), Flattened.outputShape(x.shape(), wChannel.shape(), wColumn.shape(),
                    wRow.shape(), window), context);
            assertArrayEquals(middle.shape(), Flattened.middleShape(x.shape(), wChannel.shape(), wColumn.shape(),
                    wRow.shape(), window), context);
        }
    }

    /** Dyadic weights, drawn again while they are all 0 (a single weight is 0 one time in 33). */
    private static Tensor nonZero(Random r, int... shape) {
        Tensor w = dyadic(r, shape);
        while (TestTensors.nonZeroCount(w) == 0) {
            w = dyadic(r, shape);
        }
        return w;
    }

    /** {@code mixed[c1, y, x] = sum over ci of x[ci, y, x] * w_channel[c1, ci, 0, 0]}. */
    private static Tensor channelSums(Tensor x, Tensor wChannel) {
        Tensor mixed = Tensor.zeros(wChannel.dim(0), x.dim(1), x.dim(2));
        for (int c1 = 0; c1 < wChannel.dim(0); c1++) {
            for (int y = 0; y < x.dim(1); y++) {
                for (int xx = 0; xx < x.dim(2); xx++) {
                    double sum = 0;
                    for (int ci = 0; ci < x.dim(0); ci++) {
                        sum += (double) x.get(ci, y, xx) * wChannel.get(c1, ci, 0, 0);
                    }
                    mixed.set((float) sum, c1, y, xx);
                }
            }
        }
        return mixed;
    }

    private static Tensor composite(Tensor wChannel, Tensor wColumn, Tensor wRow) {
        int cout = wRow.dim(0), c2 = wColumn.dim(0), c1 = wChannel.dim(0), cin = wChannel.dim(1);
        int kh = wColumn.dim(2), kw = wRow.dim(3);
        Tensor w = Tensor.zeros(cout, cin, kh, kw);
        for (int co = 0; co < cout; co++) {
            for (int ci = 0; ci < cin; ci++) {
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        double sum = 0;
                        for (int b = 0; b < c2; b++) {
                            for (int a = 0; a < c1; a++) {
                                sum += (double) wRow.get(co, b, 0, j) * wColumn.get(b, a, i, 0)
                                        * wChannel.get(a, ci, 0, 0);
                            }
                        }
                        w.set((float) sum, co, ci, i, j);
                    }
                }
            }
        }
        return w;
    }

    /**
     * Channels weighted [1, 2, 1], Sobel's column [1, 2, 1] and row [−1, 0, 1] on [3, 5, 5]: a 5×5 mixed map, a 3×5
     * middle map, then exactly the output of the 3×3×3 filter they multiply out to.
     */
    @Test
    void sobelAcrossThreeChannels() {
        Tensor x = TestTensors.iota(3, 5, 5);
        Tensor channel = Tensor.of(new float[] {1, 2, 1}, 1, 3, 1, 1);
        Tensor column = Tensor.of(new float[] {1, 2, 1}, 1, 1, 3, 1);
        Tensor row = Tensor.of(new float[] {-1, 0, 1}, 1, 1, 1, 3);
        Flattened.Result result = Flattened.apply(x, channel, column, row, Window2d.DEFAULT);
        assertArrayEquals(new int[] {1, 5, 5}, result.mixed().shape());
        assertEquals(0 + 2 * 25 + 50, result.mixed().get(0, 0, 0), "x[0,0,0] + 2 x[1,0,0] + x[2,0,0]");
        assertArrayEquals(new int[] {1, 3, 5}, result.middle().shape());
        Tensor full = Conv2d.apply(x, composite(channel, column, row), null, Conv2dParams.DEFAULT);
        assertEquals(full, result.y());
        assertEquals(4 * 4 * 2, result.y().get(0, 1, 1), "every row of x grows by 1 a column: (1+2+1)(1+2+1) * 2");
    }

    @Test
    void rejectsStepsThatDoNotChain() {
        int[] x = {3, 5, 5};
        Window2d window = Window2d.DEFAULT;
        assertMessage("channel kernel height wChannel.shape[2] must equal one row = 1 (got 3)",
                () -> Flattened.outputShape(x, new int[] {1, 3, 3, 1}, new int[] {1, 1, 3, 1},
                        new int[] {1, 1, 1, 3}, window));
        assertMessage("weights' input channels w.shape[1] must equal input channels / groups = 3 (got 2)",
                () -> Flattened.outputShape(x, new int[] {1, 2, 1, 1}, new int[] {1, 1, 3, 1},
                        new int[] {1, 1, 1, 3}, window));
        assertMessage("kernel reach 6 exceeds padded input 5 (width); add padding or enlarge the input",
                () -> Flattened.middleShape(x, new int[] {1, 3, 1, 1}, new int[] {1, 1, 3, 1},
                        new int[] {1, 1, 1, 6}, window));
        assertMessage("window is missing", () -> Flattened.outputShape(x, new int[] {1, 3, 1, 1},
                new int[] {1, 1, 3, 1}, new int[] {1, 1, 1, 3}, null));
        assertMessage("column weights wColumn is missing; it must be a tensor [C2, C1, kH, 1]",
                () -> Flattened.apply(Tensor.zeros(x), Tensor.zeros(1, 3, 1, 1), null, Tensor.zeros(1, 1, 1, 3),
                        window));
    }
}
