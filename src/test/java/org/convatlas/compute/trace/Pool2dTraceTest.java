package org.convatlas.compute.trace;

import static org.convatlas.compute.trace.TraceAssertions.assertMultipliesAddUp;
import static org.convatlas.compute.trace.TraceAssertions.assertStepsGive;
import static org.convatlas.compute.trace.TraceAssertions.between;
import static org.convatlas.compute.trace.TraceAssertions.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.convatlas.compute.AvgPool2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class Pool2dTraceTest {

    /** 1..9 in a 3x3 grid, pooled by 2x2 windows at stride 1 with one cell of padding above and left. */
    private static final Tensor X = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3);
    private static final Pool2dParams P = new Pool2dParams(2, 2, 1, 1, new Pads2d(1, 1, 0, 0));

    @Test
    void aMaximumRunsOverTheWindowAndPaddingNeverWins() {
        PoolStep corner = Traces.maxPool2d(X, P).step(0); // rows -1..0, columns -1..0

        float inf = Float.NEGATIVE_INFINITY;
        assertEquals(List.of(
                new PoolTap(new TapSource.Padding(Coordinates.of(0, -1, -1)), Coordinates.of(0, 0), inf, inf),
                new PoolTap(new TapSource.Padding(Coordinates.of(0, -1, 0)), Coordinates.of(0, 1), inf, inf),
                new PoolTap(new TapSource.Padding(Coordinates.of(0, 0, -1)), Coordinates.of(1, 0), inf, inf),
                new PoolTap(new TapSource.Input(Coordinates.of(0, 0, 0)), Coordinates.of(1, 1), 1, 1)), corner.taps());
        assertEquals(1, corner.result());
        assertEquals(OptionalInt.of(3), corner.winningTap());
        assertEquals(0, corner.multiplies());
    }

    @Test
    void anAverageDividesTheRunningSumWithOrWithoutThePadding() {
        PoolStep including = Traces.avgPool2d(X, P, true).step(1); // rows -1..0, columns 0..1: cells 1 2
        PoolStep excluding = Traces.avgPool2d(X, P, false).step(1);

        assertEquals(List.of(0f, 0f, 1f, 3f), including.taps().stream().map(PoolTap::running).toList());
        assertEquals(4, including.divisor());
        assertEquals(0.75f, including.result());
        assertEquals(2, excluding.divisor());
        assertEquals(1.5f, excluding.result());
        assertEquals(1, excluding.multiplies());
        assertEquals(OptionalInt.empty(), excluding.winningTap());
    }

    @Test
    void randomPoolingsGiveTheEngineOutputStepByStep() {
        Random r = new Random(2);
        for (int n = 0; n < 40; n++) {
            int kh = between(r, 1, 4), kw = between(r, 1, 4);
            Pool2dParams p = new Pool2dParams(kh, kw, between(r, 1, 3), between(r, 1, 3),
                    new Pads2d(between(r, 0, kh / 2), between(r, 0, kw / 2), between(r, 0, kh / 2),
                            between(r, 0, kw / 2)));
            Tensor x = random(r, between(r, 1, 3), kh + between(r, 0, 4), kw + between(r, 0, 4));
            boolean countIncludePad = r.nextBoolean();
            String context = "config " + n + " " + p;

            MaxPool2d.Result max = MaxPool2d.apply(x, p);
            Trace<PoolStep> maxTrace = Traces.maxPool2d(x, p);
            assertStepsGive(max.values(), maxTrace, PoolStep::result, context + " max");
            assertWinnersAreTheIndices(max.indices(), maxTrace, x.dim(2), context);
            assertMultipliesAddUp(maxTrace, Counts.maxPool2d(x.shape(), p).multiplies(), context + " max");

            Trace<PoolStep> avgTrace = Traces.avgPool2d(x, p, countIncludePad);
            assertStepsGive(AvgPool2d.apply(x, p, countIncludePad), avgTrace, PoolStep::result, context + " avg");
            assertMultipliesAddUp(avgTrace, Counts.avgPool2d(x.shape(), p).multiplies(), context + " avg");
            assertEquals(kh * kw, maxTrace.step(0).taps().size(), context);
        }
    }

    /**
     * {@link Pool2dParams#windowsOver} against the taps: for every cell of the first channel and of its padding ring,
     * the steps of that channel with a tap on the cell, found by reading every tap of every step.
     */
    @Test
    void theWindowsOverACellAreTheStepsWhoseTapsReadIt() {
        Random r = new Random(5);
        int answered = 0;
        for (int n = 0; n < 40; n++) {
            int kh = between(r, 1, 4), kw = between(r, 1, 4);
            Pads2d pads = new Pads2d(between(r, 0, kh / 2), between(r, 0, kw / 2), between(r, 0, kh / 2),
                    between(r, 0, kw / 2));
            Pool2dParams p = new Pool2dParams(kh, kw, between(r, 1, 3), between(r, 1, 3), pads);
            Tensor x = random(r, between(r, 1, 2), kh + between(r, 0, 4), kw + between(r, 0, 4));
            Trace<PoolStep> trace = Traces.maxPool2d(x, p);
            int perChannel = trace.outputShape()[1] * trace.outputShape()[2];
            for (int row = -pads.top(); row < x.dim(1) + pads.bottom(); row++) {
                for (int column = -pads.left(); column < x.dim(2) + pads.right(); column++) {
                    Coordinates cell = Coordinates.of(0, row, column);
                    List<Integer> reading = new ArrayList<>();
                    for (int step = 0; step < perChannel; step++) {
                        if (trace.step(step).taps().stream().anyMatch(tap -> cell.equals(cellOf(tap.source())))) {
                            reading.add(step);
                        }
                    }
                    int[] windows = p.windowsOver(x.dim(1), x.dim(2), row, column);
                    assertEquals(reading, Arrays.stream(windows).boxed().toList(), "config " + n + " " + p + ", "
                            + cell);
                    answered += windows.length;
                }
            }
        }
        assertTrue(answered > 1000, "cells lie in windows: " + answered);
    }

    private static Coordinates cellOf(TapSource source) {
        return source instanceof TapSource.Input s ? s.at() : ((TapSource.Padding) source).at();
    }

    private static void assertWinnersAreTheIndices(Tensor indices, Trace<PoolStep> trace, int width, String context) {
        for (long i = 0; i < trace.stepCount(); i++) {
            PoolStep step = trace.step(i);
            TapSource winner = step.taps().get(step.winningTap().orElseThrow()).source();
            assertTrue(winner instanceof TapSource.Input, context);
            Coordinates at = ((TapSource.Input) winner).at();
            assertEquals(indices.data()[(int) i], at.get(1) * width + at.get(2), context + ", step " + i);
        }
    }

    @Test
    void argumentsAreCheckedAsTheOperationChecksThem() {
        assertEquals("input x is missing; it must be a tensor [C, H, W]",
                assertThrows(InvalidArgumentException.class, () -> Traces.maxPool2d(null, P)).getMessage());
        assertEquals("kernel reach 2 exceeds padded input 1 (height); add padding or enlarge the input",
                assertThrows(InvalidArgumentException.class,
                        () -> Traces.avgPool2d(Tensor.zeros(1, 1, 5), Pool2dParams.of(2, 1, 0), true)).getMessage());
    }
}
