package org.convatlas.compute.trace;

import static org.convatlas.compute.trace.TraceAssertions.assertMostlyNonTrivial;
import static org.convatlas.compute.trace.TraceAssertions.assertWeightedSumTrace;
import static org.convatlas.compute.trace.TraceAssertions.between;
import static org.convatlas.compute.trace.TraceAssertions.hasNonZero;
import static org.convatlas.compute.trace.TraceAssertions.random;
import static org.convatlas.compute.trace.TraceAssertions.randomInputFor;
import static org.convatlas.compute.trace.TraceAssertions.randomWindow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.TapSource.Kind;
import org.junit.jupiter.api.Test;

class Conv2dTraceTest {

    /** x = 1..9 in a 3x3 grid, kernel [[1, 2], [3, 4]], bias 10. */
    private static final Tensor X = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3);
    private static final Tensor W = Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2);
    private static final Tensor B = Tensor.of(new float[] {10}, 1);

    @Test
    void aStepListsEveryProductAndTheRunningSum() {
        Trace<WeightedSumStep> trace = Traces.conv2d(X, W, B, Conv2dParams.DEFAULT);

        assertEquals(4, trace.stepCount());
        assertArrayEquals(new int[] {1, 2, 2}, trace.outputShape());
        WeightedSumStep step = trace.step(3); // output (0, 1, 1): x cells 5 6 / 8 9
        assertEquals(Coordinates.of(0, 1, 1), step.output());
        assertEquals(List.of(
                new Tap(input(0, 1, 1), Coordinates.of(0, 0, 0, 0), 5, 1, 5, 5),
                new Tap(input(0, 1, 2), Coordinates.of(0, 0, 0, 1), 6, 2, 12, 17),
                new Tap(input(0, 2, 1), Coordinates.of(0, 0, 1, 0), 8, 3, 24, 41),
                new Tap(input(0, 2, 2), Coordinates.of(0, 0, 1, 1), 9, 4, 36, 77)), step.taps());
        assertEquals(10, step.bias());
        assertEquals(87, step.result());
        assertEquals(77, step.sum());
        assertEquals(4, step.multiplies());
        assertEquals(16, trace.multipliesAfter(3));
        assertEquals(8, trace.multipliesAfter(1));
    }

    private static TapSource input(int... at) {
        return new TapSource.Input(Coordinates.of(at));
    }

    @Test
    void tapsOutsideTheInputArePaddingAndAFlippedKernelIsReadBackwards() {
        Conv2dParams p = new Conv2dParams(Window2d.of(1, 1, 1), 1, true);
        WeightedSumStep first = Traces.conv2d(X, W, null, p).step(0); // window rows -1..0, columns -1..0

        List<Tap> taps = first.taps();
        assertEquals(new TapSource.Padding(Coordinates.of(0, -1, -1)), taps.get(0).source());
        assertEquals(Kind.PADDING, taps.get(1).source().kind());
        assertEquals(Kind.PADDING, taps.get(2).source().kind());
        assertEquals(input(0, 0, 0), taps.get(3).source());
        assertEquals(Coordinates.of(0, 0, 1, 1), taps.get(0).kernel(), "flipped: window cell (0, 0) uses w[1, 1]");
        assertEquals(Coordinates.of(0, 0, 0, 0), taps.get(3).kernel());
        assertEquals(0, taps.get(0).product());
        assertEquals(1, first.result(), "only x[0, 0] * w[0, 0] = 1 lies inside the input");
        assertEquals(0, first.bias());
    }

    @Test
    void dilationHolesAreShownBetweenTheTapsAndMultiplyNothing() {
        Tensor x = Tensor.of(new float[25], 1, 5, 5);
        for (int i = 0; i < 25; i++) {
            x.data()[i] = i;
        }
        Conv2dParams p = Conv2dParams.DEFAULT.withWindow(Window2d.of(1, 0, 2));
        Trace<WeightedSumStep> holes = Traces.conv2dWithDilationHoles(x, W, null, p);
        Trace<WeightedSumStep> plain = Traces.conv2d(x, W, null, p);

        WeightedSumStep step = holes.step(0); // window over rows 0..2, columns 0..2; taps at the corners
        assertEquals(9, step.taps().size());
        String kinds = step.taps().stream().map(t -> t.source().kind() == Kind.DILATION_HOLE ? "h" : "t")
                .reduce("", String::concat);
        assertEquals("ththhhtht", kinds, "t: tap, h: hole, row by row");
        Tap hole = step.taps().get(1);
        assertEquals(new TapSource.DilationHole(Coordinates.of(0, 0, 1)), hole.source());
        assertEquals(0, hole.kernel().rank());
        assertEquals(0, hole.product());
        assertEquals(0 * 1 + 2 * 2 + 10 * 3 + 12 * 4, step.result());
        assertEquals(plain.step(0).result(), step.result());
        assertEquals(4, step.multiplies());
        assertEquals(plain.totalMultiplies(), holes.totalMultiplies());
    }

    @Test
    void randomConfigurationsGiveTheEngineOutputStepByStep() {
        Random r = new Random(20240611);
        int configs = 40;
        int nonTrivial = 0;
        for (int n = 0; n < configs; n++) {
            int groups = between(r, 1, 3);
            int cin = groups * between(r, 1, 2);
            int cout = groups * between(r, 1, 2);
            int kh = between(r, 1, 3), kw = between(r, 1, 3);
            Window2d window = randomWindow(r, 3, 2, 3);
            Conv2dParams p = new Conv2dParams(window, groups, r.nextBoolean());
            Tensor x = randomInputFor(r, cin, kh, kw, window, 4);
            Tensor w = random(r, cout, cin / groups, kh, kw);
            Tensor b = r.nextBoolean() ? random(r, cout) : null;
            String context = "config " + n + " " + p;
            Tensor expected = Conv2d.apply(x, w, b, p);
            boolean holes = r.nextBoolean();
            Trace<WeightedSumStep> trace = holes ? Traces.conv2dWithDilationHoles(x, w, b, p) : Traces.conv2d(x, w, b, p);

            assertWeightedSumTrace(expected, trace, Counts.conv2d(x.shape(), w.shape(), b != null, p).multiplies(),
                    context);
            for (long i = 0; i < trace.stepCount(); i++) {
                assertEquals(Coordinates.ofFlatIndex(i, expected.shape()), trace.step(i).output(), context);
            }
            assertEquals(expected, trace.output(), context);
            nonTrivial += hasNonZero(expected) ? 1 : 0;
        }
        assertMostlyNonTrivial(nonTrivial, configs);
    }

    @Test
    void theOutputIsComputedOnceWhenFirstAskedFor() {
        Trace<WeightedSumStep> trace = Traces.conv2d(X, W, B, Conv2dParams.DEFAULT);

        Tensor output = trace.output();
        assertSame(output, trace.output());
        assertEquals(Conv2d.apply(X, W, B, Conv2dParams.DEFAULT), output);
    }

    /**
     * A full-HD colour image: the last step is computed from its own 27 taps (the bottom-right window, half of it in
     * the padding), without the output of two million elements.
     */
    @Test
    void theLastStepOfAFullHdImageComesFromItsOwnTaps() {
        Random r = new Random(1080);
        Tensor x = random(r, 3, 1080, 1920);
        Tensor w = random(r, 2, 3, 3, 3);
        Tensor b = random(r, 2);
        Trace<WeightedSumStep> trace = Traces.conv2d(x, w, b, Conv2dParams.DEFAULT.withWindow(Window2d.of(1, 1, 1)));

        assertEquals(2L * 1080 * 1920, trace.stepCount());
        WeightedSumStep last = trace.step(trace.stepCount() - 1);
        assertEquals(Coordinates.of(1, 1079, 1919), last.output());
        assertEquals(27, last.taps().size());
        assertEquals(15, last.taps().stream().filter(t -> t.source().kind() == Kind.PADDING).count());
        double expected = b.get(1);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    expected += x.get(c, 1078 + i, 1918 + j) * w.get(1, c, i, j);
                }
            }
        }
        assertEquals(expected, last.result(), 1e-5);
        assertEquals(2L * 1080 * 1920 * 27, trace.multipliesAfter(trace.stepCount() - 1));
    }

    @Test
    void argumentsAndStepIndicesAreChecked() {
        InvalidArgumentException wrongGroups = assertThrows(InvalidArgumentException.class,
                () -> Traces.conv2d(X, W, null, Conv2dParams.DEFAULT.withGroups(2)));
        assertEquals("groups 2 must divide input channels 1", wrongGroups.getMessage());
        Trace<WeightedSumStep> trace = Traces.conv2d(X, W, B, Conv2dParams.DEFAULT);
        assertEquals("step index must be between 0 and 3 (got 4)",
                assertThrows(InvalidArgumentException.class, () -> trace.step(4)).getMessage());
        assertEquals("step index must be between 0 and 3 (got -1)",
                assertThrows(InvalidArgumentException.class, () -> trace.multipliesAfter(-1)).getMessage());
    }
}
