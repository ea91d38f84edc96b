package org.convatlas.compute.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/** Seeded inputs and the checks every trace must pass. */
final class TraceAssertions {

    static final double TOLERANCE = 1e-5;

    private TraceAssertions() {
    }

    /** A tensor with values uniform in {@code [-1, 1)}. */
    static Tensor random(Random r, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = 2 * r.nextFloat() - 1;
        }
        return t;
    }

    /** A uniform integer in {@code [min, max]}. */
    static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    /** A window with strides, pads and dilations drawn independently per axis and side. */
    static Window2d randomWindow(Random r, int maxStride, int maxPad, int maxDilation) {
        return new Window2d(between(r, 1, maxStride), between(r, 1, maxStride),
                new Pads2d(between(r, 0, maxPad), between(r, 0, maxPad), between(r, 0, maxPad), between(r, 0, maxPad)),
                between(r, 1, maxDilation), between(r, 1, maxDilation));
    }

    /** An input {@code [channels, H, W]} that a {@code kH x kW} kernel fits, dilated, with up to {@code maxExtra} more. */
    static Tensor randomInputFor(Random r, int channels, int kh, int kw, Window2d window, int maxExtra) {
        return random(r, channels, ConvArithmetic.reach(kh, window.dilationH()) + between(r, 0, maxExtra),
                ConvArithmetic.reach(kw, window.dilationW()) + between(r, 0, maxExtra));
    }

    /** Step {@code i} computes element {@code i} of {@code expected} (flat, row-major), as the engine does. */
    static <S extends Step> void assertStepsGive(Tensor expected, Trace<S> trace, ToDoubleFunction<S> result,
                                                 String context) {
        assertEquals(expected.size(), trace.stepCount(), context + ": one step per output element");
        for (long i = 0; i < trace.stepCount(); i++) {
            double actual = result.applyAsDouble(trace.step(i));
            float wanted = expected.data()[(int) i];
            assertEquals(wanted, actual, TOLERANCE * Math.max(1, Math.abs(wanted)), context + ", step " + i);
        }
    }

    /**
     * A weighted-sum trace whose step {@code i} computes element {@code i} of {@code expected}: the results agree with
     * the engine, every step adds up, and the multiplies add up to {@code multiplies}.
     */
    static void assertWeightedSumTrace(Tensor expected, Trace<WeightedSumStep> trace, long multiplies, String context) {
        assertStepsGive(expected, trace, WeightedSumStep::result, context);
        for (long i = 0; i < trace.stepCount(); i++) {
            assertAddsUp(trace.step(i), context);
        }
        assertMultipliesAddUp(trace, multiplies, context);
    }

    /** Whether a tensor has an element other than 0. */
    static boolean hasNonZero(Tensor t) {
        for (float v : t.data()) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Guards a random test against proving nothing: most of its configurations ({@code nonTrivial} of
     * {@code configs}) compared outputs that were not all zero (a window wholly in the padding can make one so).
     */
    static void assertMostlyNonTrivial(int nonTrivial, int configs) {
        assertTrue(4 * nonTrivial >= 3 * configs, nonTrivial + " of " + configs + " configurations had a non-zero output");
    }

    /**
     * {@code multipliesAfter(i)} is the sum of the multiplies of steps {@code 0 ... i}, for every {@code i}, and the
     * last one is {@code total}.
     */
    static void assertMultipliesAddUp(Trace<?> trace, long total, String context) {
        long sum = 0;
        for (long i = 0; i < trace.stepCount(); i++) {
            sum += trace.step(i).multiplies();
            assertEquals(sum, trace.multipliesAfter(i), context + ", multiplies after step " + i);
        }
        assertEquals(total, trace.totalMultiplies(), context + ": multiplies of the whole trace");
    }

    /** The running sums of a weighted-sum step add its products up, and the result is the activated sum plus bias. */
    static void assertAddsUp(WeightedSumStep step, String context) {
        double sum = 0;
        for (Tap tap : step.taps()) {
            assertEquals(tap.input() * tap.weight(), tap.product(), 0, context + ": product of " + tap);
            sum += tap.product();
            assertEquals((float) sum, tap.runningSum(), 1e-6, context + ": running sum at " + tap);
        }
        assertEquals(step.activation().apply(sum + step.bias()), step.result(), 1e-6, context + ": result");
    }
}
