package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.convatlas.compute.TestTensors.between;
import static org.convatlas.compute.TestTensors.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.junit.jupiter.api.Test;

/** Grouped convolution's counts and groups, against the taps of the engine's traces counted one by one. */
class GroupedConvCountsTest {

    /** What a trace's steps touch, counted tap by tap. */
    private record Touched(long taps, int weights, int inputs, int outputs) {

        static Touched of(Trace<WeightedSumStep> trace) {
            long taps = 0;
            Set<Coordinates> weights = new HashSet<>();
            Set<Coordinates> inputs = new HashSet<>();
            Set<Coordinates> outputs = new HashSet<>();
            for (long s = 0; s < trace.stepCount(); s++) {
                WeightedSumStep step = trace.step(s);
                outputs.add(step.output());
                for (Tap tap : step.taps()) {
                    taps++;
                    weights.add(tap.kernel());
                    if (tap.source() instanceof TapSource.Input in) {
                        inputs.add(in.at());
                    }
                }
            }
            return new Touched(taps, weights.size(), inputs.size(), outputs.size());
        }
    }

    /** 8 → 8 channels, 3×3: 576, 288, 144 and 72 weights for 1, 2, 4 and 8 groups, the multiplies likewise. */
    @Test
    void eightToEightChannelsWithThreeByThreeKernelsDivideByTheGroups() {
        int[] x = {8, 5, 5};
        long[] weights = {576, 288, 144, 72};
        int[] groups = {1, 2, 4, 8};
        for (int i = 0; i < groups.length; i++) {
            int g = groups[i];
            GroupedCount count = Counts.groupedConv2d(x, new int[] {8, 8 / g, 3, 3},
                    new Conv2dParams(Window2d.DEFAULT, g, false));
            assertEquals(weights[i], count.grouped().parameters(), "G = " + g);
            assertEquals(576, count.standard().parameters());
            assertEquals(weights[i] * 9, count.grouped().multiplies(), "3×3 output positions");
            assertEquals(g, count.multiplySaving(), 1e-12);
            assertEquals(200 + weights[i] + 72, count.values());
            assertTrue(count.valueSaving() < g || g == 1, "the values moved fall by less than G");
        }
    }

    /**
     * On random shapes and windows: the taps of the grouped trace are the grouped multiplies, its distinct weights the
     * grouped parameters, those of the one-group trace the standard ones; with stride 1 and no dilation every input
     * value is read, and every output written; every tap reads an input channel of its output channel's group.
     */
    @Test
    void theCountsAreTheTapsOfTheTraces() {
        Random r = new Random(18);
        for (int n = 0; n < 40; n++) {
            int g = between(r, 1, 4);
            int cin = g * between(r, 1, 3);
            int cout = g * between(r, 1, 3);
            int k = between(r, 1, 3);
            boolean dense = r.nextBoolean();
            int pad = between(r, 0, 1);
            Window2d window = dense ? Window2d.of(1, pad, 1) : Window2d.of(between(r, 1, 3), pad, between(r, 1, 2));
            Tensor x = uniform(r, cin, k + 2 * between(r, 1, 3), k + 2 * between(r, 1, 3));
            Tensor w = uniform(r, cout, cin / g, k, k);
            Tensor standard = uniform(r, cout, cin, k, k);
            Conv2dParams p = new Conv2dParams(window, g, false);
            String context = "G " + g + ", " + cin + " → " + cout + ", k " + k + ", " + window;

            GroupedCount count = Counts.groupedConv2d(x.shape(), w.shape(), p);
            Trace<WeightedSumStep> trace = Traces.conv2d(x, w, null, p);
            Touched grouped = Touched.of(trace);
            Touched plain = Touched.of(Traces.conv2d(x, standard, null, p.withGroups(1)));
            assertEquals(grouped.taps(), count.grouped().multiplies(), context);
            assertEquals(grouped.weights(), count.grouped().parameters(), context);
            assertEquals(plain.taps(), count.standard().multiplies(), context);
            assertEquals(plain.weights(), count.standard().parameters(), context);
            assertEquals(plain.taps(), grouped.taps() * g, context);
            assertEquals(grouped.outputs(), count.outputValues(), context);
            if (dense) {
                assertEquals(grouped.inputs(), count.inputValues(), context);
            }
            for (long s = 0; s < trace.stepCount(); s++) {
                WeightedSumStep step = trace.step(s);
                int group = ChannelGroups.groupOf(step.output().get(0), cout, g);
                for (Tap tap : step.taps()) {
                    if (tap.source() instanceof TapSource.Input in) {
                        assertEquals(group, ChannelGroups.groupOf(in.at().get(0), cin, g), context);
                    }
                }
                assertEquals(cin / g * k * k, step.taps().size(), context);
            }
        }
    }

    @Test
    void channelsFallIntoRunsOfChannelsOverGroups() {
        int[] groups = new int[8];
        for (int c = 0; c < 8; c++) {
            groups[c] = ChannelGroups.groupOf(c, 8, 4);
        }
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2, 3, 3}, groups);
        assertEquals(7, ChannelGroups.groupOf(7, 8, 8), "depthwise: a group per channel");
        assertEquals(0, ChannelGroups.groupOf(7, 8, 1));
    }

    @Test
    void theGroupsAConvolutionCanHaveDivideBothItsInputAndItsOutputChannels() {
        assertArrayEquals(new int[] {1, 2, 4, 8}, ChannelGroups.commonDivisors(8, 8));
        assertArrayEquals(new int[] {1, 2, 4}, ChannelGroups.commonDivisors(8, 12));
        assertArrayEquals(new int[] {1}, ChannelGroups.commonDivisors(3, 8));
        assertMessage("groups 3 must divide both 8 input and 12 output channels: 1, 2 or 4",
                () -> ChannelGroups.check(3, 8, 12));
        assertMessage("groups 2 must divide both 3 input and 8 output channels: 1",
                () -> Counts.groupedConv2d(new int[] {3, 5, 5}, new int[] {8, 1, 3, 3},
                        new Conv2dParams(Window2d.DEFAULT, 2, false)));
    }
}
