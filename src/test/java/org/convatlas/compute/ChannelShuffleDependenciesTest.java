package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.junit.jupiter.api.Test;

/** Where shuffled channels come from, and what two grouped layers read, against the engine's shuffle and traces. */
class ChannelShuffleDependenciesTest {

    /** Channel {@code c} of {@code [C, 1, 1]} holds {@code c}: the shuffle's output names its sources. */
    @Test
    void eachShuffledChannelComesFromTheChannelTheShuffleMovesThere() {
        for (int c = 1; c <= 12; c++) {
            for (int g = 1; g <= c; g++) {
                if (c % g != 0) {
                    continue;
                }
                Tensor labels = Tensor.zeros(c, 1, 1);
                for (int i = 0; i < c; i++) {
                    labels.set(i, i, 0, 0);
                }
                Tensor shuffled = ChannelShuffle.apply(labels, g);
                for (int out = 0; out < c; out++) {
                    assertEquals((int) shuffled.get(out, 0, 0), ChannelShuffle.sourceOf(out, c, g), c + "/" + g);
                }
            }
        }
        assertEquals(4, ChannelShuffle.sourceOf(1, 8, 2), "8 channels in 2 groups: 0, 4, 1, 5, ...");
    }

    /**
     * Two grouped 1×1 layers run by the engine on random weights: the input channels each output reads, followed
     * through the taps of both traces (and the shuffle between them), are the map's.
     */
    @Test
    void theMapIsWhatTheTapsOfTwoGroupedLayersRead() {
        Random r = new Random(21);
        int[][] shapes = {{8, 2}, {8, 4}, {12, 3}, {6, 2}, {4, 4}, {9, 3}, {16, 4}, {4, 1}};
        for (int[] shape : shapes) {
            int c = shape[0];
            int g = shape[1];
            Conv2dParams p = new Conv2dParams(Window2d.DEFAULT, g, false);
            Tensor x = TestTensors.uniform(r, c, 1, 1);
            Trace<WeightedSumStep> first = Traces.conv2d(x, TestTensors.uniform(r, c, c / g, 1, 1), null, p);
            boolean[][] firstReads = reads(first, c);
            for (boolean shuffled : new boolean[] {false, true}) {
                Tensor middle = shuffled ? ChannelShuffle.apply(first.output(), g) : first.output();
                Trace<WeightedSumStep> second = Traces.conv2d(middle, TestTensors.uniform(r, c, c / g, 1, 1), null,
                        p);
                boolean[][] secondReads = reads(second, c);
                boolean[][] expected = new boolean[c][c];
                for (int o = 0; o < c; o++) {
                    for (int s = 0; s < c; s++) {
                        if (secondReads[o][s]) {
                            int m = shuffled ? ChannelShuffle.sourceOf(s, c, g) : s;
                            for (int i = 0; i < c; i++) {
                                expected[o][i] |= firstReads[m][i];
                            }
                        }
                    }
                }
                boolean[][] map = ChannelShuffle.twoLayerDependencies(c, g, shuffled);
                for (int o = 0; o < c; o++) {
                    assertArrayEquals(expected[o], map[o], c + " channels, " + g + " groups, shuffled " + shuffled
                            + ", output " + o);
                }
                int seen = count(map[0]);
                int perGroup = c / g;
                assertEquals(shuffled ? Math.min(perGroup, g) * perGroup : perGroup, seen);
            }
        }
        assertTrue(count(ChannelShuffle.twoLayerDependencies(8, 2, true)[0]) == 8, "with the shuffle: every channel");
    }

    /** {@code reads[o][i]}: whether the step writing output channel {@code o} has a tap on input channel {@code i}. */
    private static boolean[][] reads(Trace<WeightedSumStep> trace, int channels) {
        boolean[][] reads = new boolean[channels][channels];
        for (long s = 0; s < trace.stepCount(); s++) {
            WeightedSumStep step = trace.step(s);
            for (Tap tap : step.taps()) {
                if (tap.source() instanceof TapSource.Input in) {
                    reads[step.output().get(0)][in.at().get(0)] = true;
                }
            }
        }
        return reads;
    }

    private static int count(boolean[] row) {
        int n = 0;
        for (boolean b : row) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
