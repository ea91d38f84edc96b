package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.junit.jupiter.api.Test;

class BottleneckCountTest {

    @Test
    void resNetsBlockOver256ChannelsHoldsAnEighthOfThePlain3x3sWeights() {
        BottleneckCount count = Counts.bottleneck(new int[] {256, 56, 56}, 64, 3);
        assertEquals(new OpCount(16_384L * 56 * 56, 16_384), count.reduce());
        assertEquals(new OpCount(36_864L * 56 * 56, 36_864), count.spatial());
        assertEquals(new OpCount(16_384L * 56 * 56, 16_384), count.expand());
        assertEquals(new OpCount(69_632L * 56 * 56, 69_632), count.total());
        assertEquals(new OpCount(589_824L * 56 * 56, 589_824), count.plain());
    }

    @Test
    void eachCountIsTheProductsOfEveryStepOfTheEnginesConvolutionAndItsWeights() {
        Random r = new Random(67);
        for (int trial = 0; trial < 100; trial++) {
            int c = 1 + r.nextInt(5);
            int reduced = 1 + r.nextInt(4);
            int k = 1 + 2 * r.nextInt(3);
            Tensor x = TestTensors.uniform(r, c, 1 + r.nextInt(6), 1 + r.nextInt(6));
            Conv2dParams same = new Conv2dParams(Window2d.of(1, k / 2, 1), 1, false);
            Tensor reduce = TestTensors.uniform(r, reduced, c, 1, 1);
            Tensor spatial = TestTensors.uniform(r, reduced, reduced, k, k);
            Tensor expand = TestTensors.uniform(r, c, reduced, 1, 1);
            Tensor plain = TestTensors.uniform(r, c, c, k, k);
            Tensor middle = Conv2d.apply(x, reduce, null, Conv2dParams.DEFAULT);
            Tensor spread = Conv2d.apply(middle, spatial, null, same);

            BottleneckCount count = Counts.bottleneck(x.shape(), reduced, k);
            String context = "trial " + trial;
            assertEquals(measured(x, reduce, Conv2dParams.DEFAULT), count.reduce(), context);
            assertEquals(measured(middle, spatial, same), count.spatial(), context);
            assertEquals(measured(spread, expand, Conv2dParams.DEFAULT), count.expand(), context);
            assertEquals(measured(x, plain, same), count.plain(), context);
            assertEquals(count.reduce().plus(count.spatial()).plus(count.expand()), count.total(), context);
        }
    }

    @Test
    void anEvenKernelIsRefusedAsNoPaddingKeepsTheSize() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Counts.bottleneck(new int[] {8, 5, 5}, 2, 2));
        assertEquals("kernel size k is 2: only an odd k keeps the map's size", e.getMessage());
    }

    /** The products of every step of the engine's trace, one per tap, and the kernel's weights. */
    private static OpCount measured(Tensor x, Tensor w, Conv2dParams p) {
        Trace<WeightedSumStep> trace = Traces.conv2d(x, w, null, p);
        long products = 0;
        for (long step = 0; step < trace.stepCount(); step++) {
            products += trace.step(step).taps().size();
        }
        return new OpCount(products, w.size());
    }
}
