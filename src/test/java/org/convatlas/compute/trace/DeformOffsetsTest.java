package org.convatlas.compute.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convatlas.compute.BilinearSample;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.DeformConv2d;
import org.convatlas.compute.DeformConv2dParams;
import org.convatlas.compute.DeformOffsets;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.junit.jupiter.api.Test;

/**
 * The offset fields of {@link DeformOffsets} against their definitions (zero offsets are the plain convolution, a
 * whole stretch is a dilation, a quarter turn is the kernel turned), where the taps sample against the trace's own
 * samples, and the count of the sampling against a brute-force count of the trace's taps.
 */
class DeformOffsetsTest {

    private static Tensor random(Random r, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextInt(9) - 4;
        }
        return t;
    }

    private static double sum(Tensor t) {
        double s = 0;
        for (float v : t.data()) {
            s += Math.abs(v);
        }
        return s;
    }

    @Test
    void zeroOffsetsAreThePlainConvolution() {
        Random r = new Random(1);
        for (int k : new int[] {1, 3, 5}) {
            Tensor x = random(r, 1, 7, 8);
            Tensor w = random(r, 1, 1, k, k);
            Window2d window = Window2d.of(1, k / 2, 1);
            Tensor plain = Conv2d.apply(x, w, null, Conv2dParams.DEFAULT.withWindow(window));
            Tensor deformed = DeformConv2d.apply(x, w, DeformOffsets.zeros(k, k, 7, 8), null, null,
                    new DeformConv2dParams(window, 1, 1));
            assertTrue(sum(plain) > 0, "not trivial");
            assertEquals(0, plain.maxAbsDifference(deformed), "k = " + k);
        }
    }

    @Test
    void aWholeStretchIsADilation() {
        Random r = new Random(2);
        for (int d = 1; d <= 3; d++) {
            for (int k : new int[] {3, 5}) {
                Tensor x = random(r, 1, 9, 10);
                Tensor w = random(r, 1, 1, k, k);
                Tensor offsets = DeformOffsets.scaled(k, k, 9, 10, d);
                for (float v : offsets.data()) {
                    assertEquals(Math.rint(v), v, "whole offsets");
                }
                Tensor dilated = Conv2d.apply(x, w, null, Conv2dParams.DEFAULT.withWindow(Window2d.of(1, d * (k / 2), d)));
                Tensor deformed = DeformConv2d.apply(x, w, offsets, null, null,
                        new DeformConv2dParams(Window2d.of(1, k / 2, 1), 1, 1));
                assertTrue(sum(dilated) > 0, "not trivial");
                assertEquals(0, dilated.maxAbsDifference(deformed), "d = " + d + ", k = " + k);
            }
        }
    }

    @Test
    void aQuarterTurnTurnsTheKernel() {
        Random r = new Random(3);
        Tensor x = random(r, 1, 6, 6);
        Tensor w = random(r, 1, 1, 3, 3);
        // turned anticlockwise as drawn, tap (i, j) samples where tap (j, 2 - i)... reads: kernel weight w[i,j] meets
        // the cell the plain kernel's tap (2 - j, i) meets
        Tensor turned = Tensor.zeros(1, 1, 3, 3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                turned.set(w.get(0, 0, i, j), 0, 0, 2 - j, i);
            }
        }
        Window2d window = Window2d.of(1, 1, 1);
        Tensor plain = Conv2d.apply(x, turned, null, Conv2dParams.DEFAULT.withWindow(window));
        Tensor deformed = DeformConv2d.apply(x, w, DeformOffsets.rotated(3, 3, 6, 6, 90), null, null,
                new DeformConv2dParams(window, 1, 1));
        assertTrue(sum(plain) > 0, "not trivial");
        assertEquals(0, plain.maxAbsDifference(deformed));
    }

    @Test
    void uniformAndCentreWeightedFillEveryPosition() {
        Tensor shift = DeformOffsets.uniform(3, 3, 2, 2, 0.25f, -0.5f);
        for (int t = 0; t < 9; t++) {
            for (int q = 0; q < 4; q++) {
                assertEquals(0.25f, shift.data()[2 * t * 4 + q]);
                assertEquals(-0.5f, shift.data()[(2 * t + 1) * 4 + q]);
            }
        }
        Tensor mask = DeformOffsets.centreWeighted(3, 3, 2, 2, 0.5f);
        for (int t = 0; t < 9; t++) {
            assertEquals(t == 4 ? 1f : 0.5f, mask.get(t, 1, 1));
        }
    }

    @Test
    void samplePositionsAreTheTracesSamples() {
        Random r = new Random(4);
        Tensor x = random(r, 1, 5, 6);
        Tensor w = random(r, 1, 1, 3, 3);
        Window2d window = Window2d.of(1, 1, 1);
        Tensor offsets = DeformOffsets.rotated(3, 3, 5, 6, 33);
        float[] positions = DeformOffsets.samplePositions(offsets, window, 3, 3);
        Trace<WeightedSumStep> trace = Traces.deformConv2d(x, w, offsets, null, null,
                new DeformConv2dParams(window, 1, 1));
        for (int q = 0; q < 30; q++) {
            WeightedSumStep step = trace.step(q);
            for (int t = 0; t < 9; t++) {
                BilinearSample sample = ((TapSource.Bilinear) step.taps().get(t).source()).sample();
                assertArrayEquals(new float[] {sample.y(), sample.x()},
                        new float[] {positions[(q * 9 + t) * 2], positions[(q * 9 + t) * 2 + 1]}, 0f);
            }
        }
    }

    /** The sampling's multiplies: the trace's steps less one product per tap, and 4 (5 with a mask) per sample tap. */
    @Test
    void theSamplingCountIsTheTracesTapsCounted() {
        Random r = new Random(5);
        for (boolean masked : new boolean[] {false, true}) {
            for (int cout = 1; cout <= 2; cout++) {
                Tensor x = random(r, 2, 5, 4);
                Tensor w = random(r, cout, 2, 3, 2);
                DeformConv2dParams p = new DeformConv2dParams(Window2d.of(1, 1, 1), 1, 1);
                int[] y = DeformConv2d.outputShape(x.shape(), w.shape(), p);
                Tensor offsets = Tensor.zeros(2 * 6, y[1], y[2]);
                Tensor mask = masked ? Tensor.filled(0.5f, 6, y[1], y[2]) : null;
                Trace<WeightedSumStep> trace = Traces.deformConv2d(x, w, offsets, mask, null, p);
                long sampling = 0;
                long products = 0;
                long sampledTaps = 0;
                for (long s = 0; s < trace.stepCount(); s++) {
                    WeightedSumStep step = trace.step(s);
                    products += step.taps().size();
                    sampling += step.multiplies() - step.taps().size();
                    if (step.output().get(0) == 0) {
                        sampledTaps += step.taps().stream().filter(t -> t.source() instanceof TapSource.Bilinear)
                                .count();
                    }
                }
                long expected = Counts.deformConv2dSampling(x.shape(), w.shape(), masked, p);
                assertEquals(sampling, expected);
                assertEquals(sampledTaps * (masked ? 5 : 4), expected);
                assertEquals(Counts.conv2d(x.shape(), w.shape(), false, Conv2dParams.DEFAULT
                        .withWindow(p.window())).multiplies(), products);
            }
        }
    }
}
