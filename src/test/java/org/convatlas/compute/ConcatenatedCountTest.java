package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.junit.jupiter.api.Test;

class ConcatenatedCountTest {

    /** A {@code k × k} branch at dilation {@code rate}, padded by {@code rate·(k − 1)/2} to keep the map's size. */
    private static Conv2dParams samePadded(int k, int rate) {
        return new Conv2dParams(Window2d.of(1, rate * (k - 1) / 2, rate), 1, false);
    }

    @Test
    void deepLabsFourBranchesOver2048ChannelsMake1024Channels() {
        int[] x = {2048, 33, 33};
        List<int[]> w = List.of(new int[] {256, 2048, 1, 1}, new int[] {256, 2048, 3, 3}, new int[] {256, 2048, 3, 3},
                new int[] {256, 2048, 3, 3});
        ConcatenatedCount count = Counts.concatenatedConv2d(x, w, false,
                List.of(samePadded(1, 1), samePadded(3, 6), samePadded(3, 12), samePadded(3, 18)));
        long parameters = 256L * 2048 + 3 * 256L * 2048 * 9;
        assertEquals(new OpCount(parameters * 33 * 33, parameters), count.total());
        assertEquals(new OpCount(256L * 2048 * 9 * 33 * 33, 256L * 2048 * 9), count.branches().get(3));
        assertEquals(1024, count.channels());
        assertEquals(33, count.height());
        assertEquals(33, count.width());
    }

    @Test
    void theTotalsAreTheProductsOfEveryStepOfEveryBranchAndItsWeights() {
        Random r = new Random(61);
        for (int trial = 0; trial < 200; trial++) {
            int[] x = {1 + r.nextInt(3), 1 + r.nextInt(6), 1 + r.nextInt(6)};
            boolean bias = r.nextBoolean();
            List<int[]> weights = new ArrayList<>();
            List<Conv2dParams> params = new ArrayList<>();
            long multiplies = 0;
            long parameters = 0;
            int channels = 0;
            for (int b = 0, branches = 1 + r.nextInt(4); b < branches; b++) {
                int k = 1 + 2 * r.nextInt(3);
                int[] w = {1 + r.nextInt(3), x[0], k, k};
                Conv2dParams p = samePadded(k, 1 + r.nextInt(3));
                weights.add(w);
                params.add(p);
                Tensor input = TestTensors.uniform(r, x);
                Tensor kernel = TestTensors.uniform(r, w);
                multiplies += productsOfEveryStep(input, kernel, p);
                parameters += kernel.size() + (bias ? w[0] : 0);
                Tensor y = Conv2d.apply(input, kernel, null, p);
                assertEquals(x[1], y.dim(1));
                assertEquals(x[2], y.dim(2));
                channels += y.dim(0);
            }
            ConcatenatedCount count = Counts.concatenatedConv2d(x, weights, bias, params);
            String context = "trial " + trial;
            assertEquals(new OpCount(multiplies, parameters), count.total(), context);
            assertEquals(count.total(), count.branches().stream().reduce(new OpCount(0, 0), OpCount::plus), context);
            assertEquals(channels, count.channels(), context);
            assertEquals(x[1], count.height(), context);
            assertEquals(x[2], count.width(), context);
        }
    }

    /** The products of every step of the engine's trace of the branch, one per tap. */
    private static long productsOfEveryStep(Tensor x, Tensor w, Conv2dParams p) {
        Trace<WeightedSumStep> trace = Traces.conv2d(x, w, null, p);
        long products = 0;
        for (long step = 0; step < trace.stepCount(); step++) {
            products += trace.step(step).taps().size();
        }
        return products;
    }

    @Test
    void branchesOfDifferentSizesCannotBeConcatenated() {
        int[] x = {1, 5, 5};
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Counts.concatenatedConv2d(x,
                List.of(new int[] {1, 1, 1, 1}, new int[] {1, 1, 3, 3}), false,
                List.of(samePadded(1, 1), Conv2dParams.DEFAULT)));
        assertEquals("branch 1 gives a 3x3 output, branch 0 5x5: they cannot be concatenated", e.getMessage());
    }
}
