package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convatlas.compute.trace.StagedTrace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.junit.jupiter.api.Test;

class FlattenedCountsTest {

    /** The counts, each stage's and the share against the taps of every step of the engine's traces. */
    @Test
    void theCountsAreThoseOfTheStepsOfTheThreePassesAndOfTheFullFilter() {
        Random random = new Random(37);
        for (int trial = 0; trial < 60; trial++) {
            int cin = 1 + random.nextInt(4), c1 = 1 + random.nextInt(2), c2 = 1 + random.nextInt(2);
            int cout = 1 + random.nextInt(2);
            int kh = 1 + random.nextInt(4), kw = 1 + random.nextInt(4);
            Window2d window = new Window2d(1 + random.nextInt(2), 1 + random.nextInt(2),
                    Pads2d.uniform(random.nextInt(2)), 1 + random.nextInt(2), 1 + random.nextInt(2));
            Tensor x = TestTensors.uniform(random, cin, 2 * kh + random.nextInt(5), 2 * kw + random.nextInt(5));
            Tensor wChannel = TestTensors.uniform(random, c1, cin, 1, 1);
            Tensor wColumn = TestTensors.uniform(random, c2, c1, kh, 1);
            Tensor wRow = TestTensors.uniform(random, cout, c2, 1, kw);
            Tensor full = TestTensors.uniform(random, cout, cin, kh, kw);
            StagedTrace<WeightedSumStep> passes = Traces.flattened(x, wChannel, wColumn, wRow, window);
            long separate = 0;
            for (var stage : passes.stages()) {
                long taps = TraceTaps.of(stage.trace());
                assertEquals(taps, stage.trace().totalMultiplies(), "trial " + trial + ", " + stage.name());
                separate += taps;
            }
            long plain = TraceTaps.of(Traces.conv2d(x, full, null, new Conv2dParams(window, 1, false)));
            String context = "trial " + trial;
            int[] xs = x.shape();
            assertEquals(separate, Counts.flattened(xs, wChannel.shape(), wColumn.shape(), wRow.shape(), window)
                    .multiplies(), context);
            assertEquals(separate, passes.totalMultiplies(), context);
            assertEquals(plain, Counts.flattenedStandard(xs, wChannel.shape(), wColumn.shape(), wRow.shape(),
                    window).multiplies(), context);
            assertEquals((double) separate / plain,
                    Counts.flattenedShare(xs, wChannel.shape(), wColumn.shape(), wRow.shape(), window), 1e-12,
                    context);
            assertEquals(wChannel.size() + wColumn.size() + wRow.size(), Counts.flattened(xs, wChannel.shape(),
                    wColumn.shape(), wRow.shape(), window).parameters(), context);
            assertEquals(full.size(), Counts.flattenedStandard(xs, wChannel.shape(), wColumn.shape(), wRow.shape(),
                    window).parameters(), context);
        }
    }

    /**
     * One filter of each over {@code [C, N, N]}, valid padding: {@code C·N² + m(N−m+1)N + m(N−m+1)²} against
     * {@code C·m²(N−m+1)²}, a share falling towards {@code 1/m² + 2/(C·m)}; {@code C + 2m} weights against
     * {@code C·m²}.
     */
    @Test
    void oneFilterOnCByNByN() {
        for (int c = 1; c <= 4; c++) {
            for (int m = 1; m <= 7; m++) {
                double previous = Double.POSITIVE_INFINITY;
                for (int n = m; n <= 48; n++) {
                    int[] x = {c, n, n};
                    int[] channel = {1, c, 1, 1};
                    int[] column = {1, 1, m, 1};
                    int[] row = {1, 1, 1, m};
                    long valid = n - m + 1;
                    String context = "C = " + c + ", m = " + m + ", N = " + n;
                    assertEquals(new OpCount((long) c * m * m * valid * valid, (long) c * m * m),
                            Counts.flattenedStandard(x, channel, column, row, Window2d.DEFAULT), context);
                    assertEquals(new OpCount((long) c * n * n + m * valid * n + m * valid * valid, c + 2L * m),
                            Counts.flattened(x, channel, column, row, Window2d.DEFAULT), context);
                    double share = Counts.flattenedShare(x, channel, column, row, Window2d.DEFAULT);
                    assertTrue(share <= previous && share >= Counts.flattenedLimit(c, m, m), context);
                    previous = share;
                }
                assertEquals(1.0 / (m * m) + 2.0 / (c * m), Counts.flattenedLimit(c, m, m), 1e-15);
                int big = 100_000;
                assertEquals(Counts.flattenedLimit(c, m, m), Counts.flattenedShare(new int[] {c, big, big},
                        new int[] {1, c, 1, 1}, new int[] {1, 1, m, 1}, new int[] {1, 1, 1, m}, Window2d.DEFAULT),
                        1e-3, "C = " + c + ", m = " + m);
            }
        }
        // the texts' example: [3, 5, 5], 3×3: 75 + 45 + 27 = 147 against 243
        assertEquals(new OpCount(147, 9), Counts.flattened(new int[] {3, 5, 5}, new int[] {1, 3, 1, 1},
                new int[] {1, 1, 3, 1}, new int[] {1, 1, 1, 3}, Window2d.DEFAULT));
        assertEquals(1.0 / 15 + 1.0 / 9 + 1.0 / 15, Counts.flattenedLimit(3, 5, 3), 1e-15, "1/(kH kW) + 1/(C kW) + 1/(C kH)");
        assertMessage("channels C must be at least 1 (got 0)", () -> Counts.flattenedLimit(0, 3, 3));
    }

    @Test
    void rejectsAChannelStepThatIsNotOneByOne() {
        assertMessage("channel kernel width wChannel.shape[3] must equal one column = 1 (got 3)",
                () -> Counts.flattened(new int[] {3, 5, 5}, new int[] {1, 3, 1, 3}, new int[] {1, 1, 3, 1},
                        new int[] {1, 1, 1, 3}, Window2d.DEFAULT));
    }
}
