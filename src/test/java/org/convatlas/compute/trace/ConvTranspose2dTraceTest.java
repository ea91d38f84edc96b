package org.convatlas.compute.trace;

import static org.convatlas.compute.trace.TraceAssertions.TOLERANCE;
import static org.convatlas.compute.trace.TraceAssertions.assertMostlyNonTrivial;
import static org.convatlas.compute.trace.TraceAssertions.assertMultipliesAddUp;
import static org.convatlas.compute.trace.TraceAssertions.assertWeightedSumTrace;
import static org.convatlas.compute.trace.TraceAssertions.between;
import static org.convatlas.compute.trace.TraceAssertions.hasNonZero;
import static org.convatlas.compute.trace.TraceAssertions.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.TapSource.Kind;
import org.junit.jupiter.api.Test;

class ConvTranspose2dTraceTest {

    /** x = [[1, 2], [3, 4]], w = [[1, 10], [100, 1000]]: at stride 2 each input cell stamps its own 2x2 block. */
    private static final Tensor X = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
    private static final Tensor W = Tensor.of(new float[] {1, 10, 100, 1000}, 1, 1, 2, 2);
    private static final ConvTranspose2dParams STRIDE_2 = ConvTranspose2dParams.DEFAULT.withWindow(Window2d.of(2, 0, 1));

    @Test
    void aScatterStepStampsTheScaledKernel() {
        ScatterTrace trace = Traces.convTranspose2dScatter(X, W, null, STRIDE_2);

        assertEquals(4, trace.stepCount());
        ScatterStep step = trace.step(1); // x[0, 0, 1] = 2 writes rows 0..1, columns 2..3
        assertEquals(Coordinates.of(0, 0, 1), step.input());
        assertEquals(2, step.value());
        assertEquals(List.of(
                new ScatterWrite(Coordinates.of(0, 0, 2), false, Coordinates.of(0, 0, 0, 0), 1, 2, 2),
                new ScatterWrite(Coordinates.of(0, 0, 3), false, Coordinates.of(0, 0, 0, 1), 10, 20, 20),
                new ScatterWrite(Coordinates.of(0, 1, 2), false, Coordinates.of(0, 0, 1, 0), 100, 200, 200),
                new ScatterWrite(Coordinates.of(0, 1, 3), false, Coordinates.of(0, 0, 1, 1), 1000, 2000, 2000)),
                step.writes());
        assertEquals(4, step.multiplies());
        assertEquals(Tensor.of(new float[] {1, 10, 2, 20, 100, 1000, 200, 2000, 0, 0, 0, 0, 0, 0, 0, 0}, 1, 4, 4),
                trace.partialOutputAfter(1));
    }

    @Test
    void overlappingStampsAddUpAndTheCutAwayBorderIsMarked() {
        Tensor x = Tensor.of(new float[] {1, 2}, 1, 1, 2);
        Tensor w = Tensor.of(new float[] {1, 1}, 1, 1, 1, 2);
        Tensor b = Tensor.of(new float[] {0.5f}, 1);
        ConvTranspose2dParams cutLeft = ConvTranspose2dParams.DEFAULT.withWindow(
                Window2d.DEFAULT.withPads(new Pads2d(0, 1, 0, 0)));
        ScatterTrace trace = Traces.convTranspose2dScatter(x, w, b, cutLeft); // full output [1, 3, 2], left cut away

        List<ScatterWrite> first = trace.step(0).writes();
        assertEquals(Coordinates.of(0, 0, -1), first.get(0).output());
        assertTrue(first.get(0).cropped());
        assertFalse(first.get(1).cropped());
        assertEquals(1.5f, first.get(1).partial());
        assertEquals(3.5f, trace.step(1).writes().get(0).partial(), "0.5 + 1*1 + 2*1");
        assertEquals(Tensor.of(new float[] {1.5f, 0.5f}, 1, 1, 2), trace.partialOutputAfter(0));
        assertEquals(Tensor.of(new float[] {3.5f, 2.5f}, 1, 1, 2), trace.partialOutputAfter(1));
    }

    @Test
    void aGatherStepReadsTheZeroInsertedPaddedInput() {
        Trace<WeightedSumStep> trace = Traces.convTranspose2dGather(X, W, null, STRIDE_2);

        assertEquals(16, trace.stepCount());
        WeightedSumStep step = trace.step(1); // output (0, 0, 1) = x[0, 0] * w[0, 1] = 10
        assertEquals(List.of(Kind.PADDING, Kind.PADDING, Kind.INPUT, Kind.INSERTED_ZERO),
                step.taps().stream().map(t -> t.source().kind()).toList());
        assertEquals(new TapSource.Padding(Coordinates.of(0, -1, 0)), step.taps().get(0).source());
        assertEquals(new TapSource.InsertedZero(Coordinates.of(0, 0, 1)), step.taps().get(3).source());
        assertEquals(new TapSource.Input(Coordinates.of(0, 0, 0)), step.taps().get(2).source());
        assertEquals(Coordinates.of(0, 0, 0, 1), step.taps().get(2).kernel(), "the kernel is flipped");
        assertEquals(10, step.result());
        assertEquals(4, step.multiplies());
    }

    @Test
    void scatterAndGatherEndInTheEngineOutput() {
        Random r = new Random(17);
        int configs = 30;
        int nonTrivial = 0;
        for (int n = 0; n < configs; n++) {
            int groups = between(r, 1, 2);
            int cin = groups * between(r, 1, 2);
            int coutPerGroup = between(r, 1, 2);
            int kh = between(r, 1, 3), kw = between(r, 1, 3);
            int strideH = between(r, 1, 3), strideW = between(r, 1, 3);
            int dilationH = between(r, 1, 2), dilationW = between(r, 1, 2);
            Tensor x = random(r, cin, between(r, 1, 3), between(r, 1, 3));
            int[] vertical = padsKeepingOneCell(r, (x.dim(1) - 1) * strideH + ConvArithmetic.reach(kh, dilationH));
            int[] horizontal = padsKeepingOneCell(r, (x.dim(2) - 1) * strideW + ConvArithmetic.reach(kw, dilationW));
            Window2d window = new Window2d(strideH, strideW,
                    new Pads2d(vertical[0], horizontal[0], vertical[1], horizontal[1]), dilationH, dilationW);
            ConvTranspose2dParams p = new ConvTranspose2dParams(window,
                    between(r, 0, Math.max(strideH, dilationH) - 1), between(r, 0, Math.max(strideW, dilationW) - 1),
                    groups);
            Tensor w = random(r, cin, coutPerGroup, kh, kw);
            Tensor b = r.nextBoolean() ? random(r, coutPerGroup * groups) : null;
            String context = "config " + n + " " + p;
            Tensor expected = ConvTranspose2d.apply(x, w, b, p);
            Trace<WeightedSumStep> gather = Traces.convTranspose2dGather(x, w, b, p);
            ScatterTrace scatter = Traces.convTranspose2dScatter(x, w, b, p);

            assertWeightedSumTrace(expected, gather, Counts.convTranspose2dZeroInsertion(x.shape(), w.shape(), p),
                    context + " gather");
            long last = scatter.stepCount() - 1;
            assertEquals(0, expected.maxAbsDifference(scatter.partialOutputAfter(last)), TOLERANCE, context + " scatter");
            for (long s = 0; s <= last; s++) {
                assertWritesShowThePartialOutput(scatter, s, context);
            }
            assertMultipliesAddUp(scatter, Counts.convTranspose2d(x.shape(), w.shape(), b != null, p).multiplies(),
                    context + " scatter");
            long inOutput = Counts.convTranspose2dProductsInOutput(x.shape(), w.shape(), p);
            assertEquals(inOutput, keptWrites(scatter), context + ": the scatter's products that are kept");
            assertEquals(inOutput, inputTaps(gather), context + ": the gather's taps on input cells");
            nonTrivial += hasNonZero(expected) ? 1 : 0;
        }
        assertMostlyNonTrivial(nonTrivial, configs);
    }

    /** The writes of every step of {@code scatter} that land in the output. */
    private static long keptWrites(ScatterTrace scatter) {
        long kept = 0;
        for (long s = 0; s < scatter.stepCount(); s++) {
            kept += scatter.step(s).writes().stream().filter(write -> !write.cropped()).count();
        }
        return kept;
    }

    /** The taps of every step of {@code gather} that read an input cell (not an inserted zero, not the border). */
    private static long inputTaps(Trace<WeightedSumStep> gather) {
        long taps = 0;
        for (long s = 0; s < gather.stepCount(); s++) {
            taps += gather.step(s).taps().stream().filter(tap -> tap.source().kind() == Kind.INPUT).count();
        }
        return taps;
    }

    /** Random pads {@code [before, after]} of at most 1 each that leave at least one cell of a full output of {@code full}. */
    private static int[] padsKeepingOneCell(Random r, int full) {
        int before = between(r, 0, Math.min(1, full - 1));
        return new int[] {before, between(r, 0, Math.min(1, full - 1 - before))};
    }

    /** Each kept write of step {@code s} shows its cell as the partial output after {@code s} has it. */
    private static void assertWritesShowThePartialOutput(ScatterTrace scatter, long s, String context) {
        Tensor partial = scatter.partialOutputAfter(s);
        ScatterStep step = scatter.step(s);
        for (ScatterWrite write : step.writes()) {
            assertEquals(step.value() * write.weight(), write.product(), 0, context);
            if (!write.cropped()) {
                assertEquals(partial.get(write.output().toArray()), write.partial(), TOLERANCE,
                        context + ", step " + s + ", " + write);
            }
        }
    }
}
