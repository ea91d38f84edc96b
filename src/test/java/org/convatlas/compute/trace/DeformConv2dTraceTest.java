package org.convatlas.compute.trace;

import static org.convatlas.compute.trace.TraceAssertions.assertMostlyNonTrivial;
import static org.convatlas.compute.trace.TraceAssertions.assertWeightedSumTrace;
import static org.convatlas.compute.trace.TraceAssertions.between;
import static org.convatlas.compute.trace.TraceAssertions.hasNonZero;
import static org.convatlas.compute.trace.TraceAssertions.random;
import static org.convatlas.compute.trace.TraceAssertions.randomInputFor;
import static org.convatlas.compute.trace.TraceAssertions.randomWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.convatlas.compute.BilinearSample;
import org.convatlas.compute.BilinearSample.Corner;
import org.convatlas.compute.Counts;
import org.convatlas.compute.DeformConv2d;
import org.convatlas.compute.DeformConv2dParams;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.junit.jupiter.api.Test;

class DeformConv2dTraceTest {

    @Test
    void aTapIsABilinearSampleAtTheDisplacedPosition() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Tensor w = Tensor.of(new float[] {10}, 1, 1, 1, 1);
        Tensor offset = Tensor.of(new float[] {0.5f, 0.25f}, 2, 1, 1); // dy, dx of the one tap
        Tensor mask = Tensor.of(new float[] {0.5f}, 1, 1, 1);
        Trace<WeightedSumStep> trace = Traces.deformConv2d(x, w, offset, mask, null,
                new DeformConv2dParams(new Window2d(2, 2, Pads2d.NONE, 1, 1), 1, 1));

        WeightedSumStep step = trace.step(0);
        Tap tap = step.taps().get(0);
        TapSource.Bilinear source = (TapSource.Bilinear) tap.source();
        assertEquals(Coordinates.of(0, 0, 0), source.regular());
        BilinearSample sample = source.sample();
        assertEquals(0.5f, sample.y());
        assertEquals(0.25f, sample.x());
        assertEquals(0.375f, sample.weight(Corner.TOP_LEFT));
        assertEquals(0.125f, sample.weight(Corner.TOP_RIGHT));
        // 0.375*1 + 0.125*2 + 0.375*3 + 0.125*4
        assertEquals(2.25f, source.value());
        assertEquals(0.5f, source.mask());
        assertEquals(1.125f, tap.input());
        assertEquals(11.25f, step.result());
        assertEquals(1 + 5, step.multiplies(), "one weight product, one masked bilinear sample");
    }

    @Test
    void randomConfigurationsGiveTheEngineOutputStepByStep() {
        Random r = new Random(7);
        int configs = 30;
        int nonTrivial = 0;
        for (int n = 0; n < configs; n++) {
            int groups = between(r, 1, 2);
            int cin = groups * between(r, 1, 2);
            int cout = groups * between(r, 1, 3);
            int offsetGroups = cin % 2 == 0 ? between(r, 1, 2) : 1;
            int kh = between(r, 1, 3), kw = between(r, 1, 3);
            Window2d window = randomWindow(r, 2, 1, 2);
            DeformConv2dParams p = new DeformConv2dParams(window, groups, offsetGroups);
            Tensor x = randomInputFor(r, cin, kh, kw, window, 3);
            Tensor w = random(r, cout, cin / groups, kh, kw);
            int[] y = DeformConv2d.outputShape(x.shape(), w.shape(), p);
            int taps = kh * kw * offsetGroups;
            Tensor offset = random(r, 2 * taps, y[1], y[2]);
            for (int i = 0; i < offset.size(); i++) {
                offset.data()[i] *= 2; // displacements in [-2, 2): some samples land outside the input
            }
            Tensor mask = r.nextBoolean() ? random(r, taps, y[1], y[2]) : null;
            Tensor b = r.nextBoolean() ? random(r, cout) : null;
            String context = "config " + n + " " + p + (mask == null ? "" : " with mask");
            Tensor expected = DeformConv2d.apply(x, w, offset, mask, b, p);
            Trace<WeightedSumStep> trace = Traces.deformConv2d(x, w, offset, mask, b, p);

            assertWeightedSumTrace(expected, trace, Counts.deformConv2d(x.shape(), w.shape(), mask != null, b != null,
                    p).multiplies(), context);
            nonTrivial += hasNonZero(expected) ? 1 : 0;
        }
        assertMostlyNonTrivial(nonTrivial, configs);
    }

    @Test
    void argumentsAreCheckedAsTheOperationChecksThem() {
        Tensor x = Tensor.zeros(1, 3, 3);
        Tensor w = Tensor.zeros(1, 1, 2, 2);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Traces.deformConv2d(x, w, Tensor.zeros(8, 2, 3), null, null, DeformConv2dParams.DEFAULT));
        assertEquals("offset must have shape [2*kH*kW*offset groups, Ho, Wo] = [8, 2, 2] (got [8, 2, 3])",
                e.getMessage());
    }
}
