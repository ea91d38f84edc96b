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

class SpatiallySeparableTest {

    /**
     * On random shapes, channels and windows, with dyadic numbers (so that every sum is exact in floats): the middle
     * map is the defining column sum, and the output is the convolution with the composite kernel
     * {@code w[co, ci, i, j] = sum over cm of w_row[co, cm, 0, j] * w_column[cm, ci, i, 0]}.
     */
    @Test
    void equalsTheConvolutionWithTheColumnTimesTheRow() {
        Random r = new Random(23);
        for (int n = 0; n < 40; n++) {
            int cin = between(r, 1, 3), cmid = between(r, 1, 3), cout = between(r, 1, 3);
            int kh = between(r, 1, 4), kw = between(r, 1, 4);
            Window2d window = new Window2d(between(r, 1, 2), between(r, 1, 2),
                    new Pads2d(between(r, 0, 1), between(r, 0, 1), between(r, 0, 1), between(r, 0, 1)),
                    between(r, 1, 2), between(r, 1, 2));
            Tensor x = dyadic(r, cin, 2 * kh + between(r, 0, 4), 2 * kw + between(r, 0, 4));
            Tensor wColumn = dyadic(r, cmid, cin, kh, 1);
            Tensor wRow = dyadic(r, cout, cmid, 1, kw);
            String context = "x " + Arrays.toString(x.shape()) + ", Cmid " + cmid + ", Cout " + cout + ", " + window;

            SpatiallySeparable.Result result = SpatiallySeparable.apply(x, wColumn, wRow, window);

            Tensor middle = columnSums(x, wColumn, window);
            assertNotAllZero(middle, context);
            assertArrayEquals(middle.data(), result.middle().data(), context);
            Tensor y = Conv2dReference.apply(x, composite(wColumn, wRow), null, new Conv2dParams(window, 1, false));
            assertNotAllZero(y, context);
            assertArrayEquals(y.shape(), result.y().shape(), context);
            assertArrayEquals(y.data(), result.y().data(), context);
            assertArrayEquals(y.shape(), SpatiallySeparable.outputShape(x.shape(), wColumn.shape(), wRow.shape(),
                    window), context);
        }
    }

    /** {@code middle[cm, oy, x] = sum over ci, i of x[ci, oy*sH - top + i*dH, x] * w_column[cm, ci, i, 0]}. */
    private static Tensor columnSums(Tensor x, Tensor wColumn, Window2d window) {
        int h = x.dim(1), width = x.dim(2), kh = wColumn.dim(2);
        int rows = (h + window.pads().top() + window.pads().bottom() - window.dilationH() * (kh - 1) - 1)
                / window.strideH() + 1;
        Tensor middle = Tensor.zeros(wColumn.dim(0), rows, width);
        for (int cm = 0; cm < wColumn.dim(0); cm++) {
            for (int oy = 0; oy < rows; oy++) {
                for (int xx = 0; xx < width; xx++) {
                    double sum = 0;
                    for (int ci = 0; ci < x.dim(0); ci++) {
                        for (int i = 0; i < kh; i++) {
                            int iy = oy * window.strideH() - window.pads().top() + i * window.dilationH();
                            if (iy >= 0 && iy < h) {
                                sum += (double) x.get(ci, iy, xx) * wColumn.get(cm, ci, i, 0);
                            }
                        }
                    }
                    middle.set((float) sum, cm, oy, xx);
                }
            }
        }
        return middle;
    }

    private static Tensor composite(Tensor wColumn, Tensor wRow) {
        int cout = wRow.dim(0), cmid = wColumn.dim(0), cin = wColumn.dim(1), kh = wColumn.dim(2), kw = wRow.dim(3);
        Tensor w = Tensor.zeros(cout, cin, kh, kw);
        for (int co = 0; co < cout; co++) {
            for (int ci = 0; ci < cin; ci++) {
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        double sum = 0;
                        for (int cm = 0; cm < cmid; cm++) {
                            sum += (double) wRow.get(co, cm, 0, j) * wColumn.get(cm, ci, i, 0);
                        }
                        w.set((float) sum, co, ci, i, j);
                    }
                }
            }
        }
        return w;
    }

    /** Sobel x on the texts' 5×5: a 3×5 middle map, then the 3×3 output of the 3×3 convolution. */
    @Test
    void sobelOnFiveByFive() {
        Tensor x = TestTensors.iota(1, 5, 5);
        Tensor sobel = Tensor.of(new float[] {-1, 0, 1, -2, 0, 2, -1, 0, 1}, 1, 1, 3, 3);
        SpatiallySeparable.Result result = SpatiallySeparable.apply(x, Tensor.of(new float[] {1, 2, 1}, 1, 1, 3, 1),
                Tensor.of(new float[] {-1, 0, 1}, 1, 1, 1, 3), Window2d.DEFAULT);
        assertArrayEquals(new int[] {1, 3, 5}, result.middle().shape());
        assertEquals(0 + 2 * 5 + 10, result.middle().get(0, 0, 0), "x[0,0] + 2 x[1,0] + x[2,0]");
        assertEquals(Conv2d.apply(x, sobel, null, Conv2dParams.DEFAULT), result.y());
        assertEquals(8, result.y().get(0, 1, 1), "every row of x grows by 1 a column: (1 + 2 + 1) * 2");
    }

    @Test
    void rejectsStepsThatDoNotChain() {
        Window2d window = Window2d.DEFAULT;
        int[] x = {1, 5, 5};
        assertMessage("column kernel width wColumn.shape[3] must equal one column = 1 (got 3)",
                () -> SpatiallySeparable.outputShape(x, new int[] {1, 1, 3, 3}, new int[] {1, 1, 1, 3}, window));
        assertMessage("kernel reach 6 exceeds padded input 5 (width); add padding or enlarge the input",
                () -> SpatiallySeparable.middleShape(x, new int[] {1, 1, 3, 1}, new int[] {1, 1, 1, 6}, window));
        assertMessage("window is missing",
                () -> SpatiallySeparable.outputShape(x, new int[] {1, 1, 3, 1}, new int[] {1, 1, 1, 3}, null));
        assertMessage("row weights wRow is missing; it must be a tensor [Cout, Cmid, 1, kW]",
                () -> SpatiallySeparable.apply(Tensor.zeros(x), Tensor.zeros(1, 1, 3, 1), null, window));
    }
}
