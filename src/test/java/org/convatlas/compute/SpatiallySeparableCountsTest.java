package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convatlas.compute.trace.Traces;
import org.junit.jupiter.api.Test;

class SpatiallySeparableCountsTest {

    @Test
    void eachStepUsesItsOwnAxisOfTheWindow() {
        // x [2, 9, 8], 3x3 taps, stride (2, 3), pads top 1 bottom 0 left 2 right 1, dilation (1, 2):
        // column step [4, 2, 3, 1] -> [4, 4, 8] (height (9 + 1 - 3) / 2 + 1 = 4): 4*2*3 * 4*8 = 768
        // row step [5, 4, 1, 3] -> [5, 4, 3] (width (8 + 3 - 5) / 3 + 1 = 3): 5*4*3 * 4*3 = 720
        Window2d window = new Window2d(2, 3, new Pads2d(1, 2, 0, 1), 1, 2);
        OpCount count = Counts.spatiallySeparable(new int[] {2, 9, 8}, new int[] {4, 2, 3, 1}, new int[] {5, 4, 1, 3},
                window);
        assertEquals(new OpCount(768 + 720, 24 + 60), count);
        int[] full = Conv2d.outputShape(new int[] {2, 9, 8}, new int[] {5, 2, 3, 3},
                new Conv2dParams(window, 1, false));
        assertEquals(5 * 4 * 3, full[0] * full[1] * full[2], "the same output as the unfactorized convolution");
    }

    @Test
    void rejectsKernelsThatAreNotAColumnAndARow() {
        assertMessage("column kernel width wColumn.shape[3] must equal one column = 1 (got 3)",
                () -> Counts.spatiallySeparable(new int[] {1, 5, 5}, new int[] {1, 1, 3, 3},
                        new int[] {1, 1, 1, 3}, Window2d.DEFAULT));
        assertMessage("row kernel height wRow.shape[2] must equal one row = 1 (got 3)",
                () -> Counts.spatiallySeparable(new int[] {1, 5, 5}, new int[] {1, 1, 3, 1},
                        new int[] {1, 1, 3, 3}, Window2d.DEFAULT));
        assertMessage("weights' input channels w.shape[1] must equal input channels / groups = 2 (got 1)",
                () -> Counts.spatiallySeparable(new int[] {1, 5, 5}, new int[] {2, 1, 3, 1},
                        new int[] {1, 1, 1, 3}, Window2d.DEFAULT));
    }

    /** Both counts and the share against the taps of every step of the engine's traces, on random shapes and windows. */
    @Test
    void theCountsAreThoseOfTheStepsOfBothConvolutions() {
        Random random = new Random(29);
        for (int trial = 0; trial < 60; trial++) {
            int cin = 1 + random.nextInt(3), cmid = 1 + random.nextInt(3), cout = 1 + random.nextInt(3);
            int kh = 1 + random.nextInt(4), kw = 1 + random.nextInt(4);
            Window2d window = new Window2d(1 + random.nextInt(2), 1 + random.nextInt(2),
                    Pads2d.uniform(random.nextInt(2)), 1 + random.nextInt(2), 1 + random.nextInt(2));
            Tensor x = TestTensors.uniform(random, cin, 2 * kh + random.nextInt(5), 2 * kw + random.nextInt(5));
            Tensor wColumn = TestTensors.uniform(random, cmid, cin, kh, 1);
            Tensor wRow = TestTensors.uniform(random, cout, cmid, 1, kw);
            Tensor standard = TestTensors.uniform(random, cout, cin, kh, kw);
            long separable = TraceTaps.of(Traces.spatiallySeparable(x, wColumn, wRow, window));
            long plain = TraceTaps.of(Traces.conv2d(x, standard, null, new Conv2dParams(window, 1, false)));
            String context = "trial " + trial;
            assertEquals(separable, Counts.spatiallySeparable(x.shape(), wColumn.shape(), wRow.shape(), window)
                    .multiplies(), context);
            assertEquals(plain, Counts.spatiallySeparableStandard(x.shape(), wColumn.shape(), wRow.shape(), window)
                    .multiplies(), context);
            assertEquals((double) separable / plain,
                    Counts.spatiallySeparableShare(x.shape(), wColumn.shape(), wRow.shape(), window), 1e-12, context);
        }
    }

    /**
     * On {@code N x N} with {@code m x m} taps: {@code (N-m+1)^2 m^2} against {@code (2N-m+1)(N-m+1) m}, a share of
     * {@code (2N-m+1) / ((N-m+1) m)} that falls towards {@code 2/m}; {@code 1/kH + 1/kW} for other kernels.
     */
    @Test
    void theShareOnNByNTendsToTwoOverM() {
        for (int m = 1; m <= 7; m++) {
            double previous = Double.POSITIVE_INFINITY;
            for (int n = m; n <= 64; n++) {
                int[] x = {1, n, n};
                int[] column = {1, 1, m, 1};
                int[] row = {1, 1, 1, m};
                long valid = n - m + 1;
                assertEquals(valid * valid * m * m,
                        Counts.spatiallySeparableStandard(x, column, row, Window2d.DEFAULT).multiplies());
                assertEquals((2L * n - m + 1) * valid * m,
                        Counts.spatiallySeparable(x, column, row, Window2d.DEFAULT).multiplies());
                double share = Counts.spatiallySeparableShare(x, column, row, Window2d.DEFAULT);
                assertEquals((2.0 * n - m + 1) / (valid * m), share, 1e-12);
                assertTrue(share <= previous && share >= Counts.spatiallySeparableLimit(m, m), "N = " + n);
                previous = share;
            }
            assertEquals(2.0 / m, Counts.spatiallySeparableLimit(m, m), 1e-15);
            int big = 1_000_000;
            assertEquals(2.0 / m, Counts.spatiallySeparableShare(new int[] {1, big, big}, new int[] {1, 1, m, 1},
                    new int[] {1, 1, 1, m}, Window2d.DEFAULT), 1e-5, "m = " + m);
        }
        assertEquals(1.0 / 3 + 1.0 / 5, Counts.spatiallySeparableShare(new int[] {1, 100_000, 100_000},
                new int[] {1, 1, 3, 1}, new int[] {1, 1, 1, 5}, Window2d.DEFAULT), 1e-4);
        assertEquals(1.0 / 3 + 1.0 / 5, Counts.spatiallySeparableLimit(3, 5), 1e-15);
        assertMessage("kernel width kW must be at least 1 (got 0)", () -> Counts.spatiallySeparableLimit(3, 0));
    }
}
