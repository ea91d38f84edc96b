package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Im2colTest {

    @Test
    void rowsAreWindowsAndColumnsAreTaps() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3);
        Tensor cols = Im2col.apply(x, 2, 2, Window2d.DEFAULT);
        assertArrayEquals(new int[] {4, 4}, cols.shape());
        assertArrayEquals(new float[] {1, 2, 4, 5, 2, 3, 5, 6, 4, 5, 7, 8, 5, 6, 8, 9}, cols.data());
        Tensor padded = Im2col.apply(x, 2, 2, Window2d.of(2, 1, 1));
        assertArrayEquals(new float[] {0, 0, 0, 1, 0, 0, 2, 3, 0, 4, 0, 7, 5, 6, 8, 9}, padded.data());
    }

    @Test
    void timesTheKernelsIsTheConvolution() {
        Random random = new Random(9);
        for (int trial = 0; trial < 40; trial++) {
            int channels = 1 + random.nextInt(3);
            int cout = 1 + random.nextInt(3);
            int kh = 1 + random.nextInt(3);
            int kw = 1 + random.nextInt(3);
            Window2d window = new Window2d(1 + random.nextInt(2), 1 + random.nextInt(2),
                    new Pads2d(random.nextInt(2), random.nextInt(2), random.nextInt(2), random.nextInt(2)),
                    1 + random.nextInt(2), 1 + random.nextInt(2));
            Tensor x = TestTensors.dyadic(random, channels, 6 + random.nextInt(3), 6 + random.nextInt(3));
            Tensor w = TestTensors.dyadic(random, cout, channels, kh, kw);
            Tensor expected = Conv2d.apply(x, w, null, new Conv2dParams(window, 1, false));
            Tensor cols = Tensor.zeros(Im2col.outputShape(x.shape(), kh, kw, window));
            Im2col.apply(x, kh, kw, window, cols);
            int rows = cols.dim(0);
            int taps = cols.dim(1);
            float[] product = new float[cout * rows];
            for (int co = 0; co < cout; co++) {
                for (int r = 0; r < rows; r++) {
                    double sum = 0;
                    for (int t = 0; t < taps; t++) {
                        sum += cols.data()[r * taps + t] * w.data()[co * taps + t];
                    }
                    product[co * rows + r] = (float) sum;
                }
            }
            assertTrue(TestTensors.nonZeroCount(expected) > 0);
            assertArrayEquals(expected.data(), product);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("input x must have 3 dimensions [C, H, W] (got shape [3, 3])",
                () -> Im2col.apply(Tensor.zeros(3, 3), 2, 2, Window2d.DEFAULT));
        assertMessage("output must have shape [4, 4] (got [4, 5])",
                () -> Im2col.apply(Tensor.zeros(1, 3, 3), 2, 2, Window2d.DEFAULT, Tensor.zeros(4, 5)));
        assertThrows(InvalidArgumentException.class,
                () -> Im2col.apply(Tensor.zeros(1, 3, 3), 4, 2, Window2d.DEFAULT));
    }
}
