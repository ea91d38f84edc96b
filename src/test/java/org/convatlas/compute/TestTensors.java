package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/** Tensors for tests: seeded random values, the sums that tests compare, checks that a result is not trivial. */
final class TestTensors {

    private TestTensors() {
    }

    /** A tensor of the given shape with values drawn uniformly from [-1, 1). */
    static Tensor uniform(Random random, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat() * 2 - 1;
        }
        return t;
    }

    /**
     * Values {@code n/8} for whole {@code n} in {@code [-16, 16]}: exactly representable, so that sums of a few
     * hundred products of them are exact in {@code float} and results can be compared without rounding.
     */
    static Tensor dyadic(Random random, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = (random.nextInt(33) - 16) / 8f;
        }
        return t;
    }

    /** {@code 0, 1, 2, ...} in row-major order. */
    static Tensor iota(int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        return t;
    }

    /** The number of elements that are not 0. */
    static int nonZeroCount(Tensor t) {
        int n = 0;
        for (float v : t.data()) {
            if (v != 0) {
                n++;
            }
        }
        return n;
    }

    /** A tensor over the given values (copied) with the given shape. */
    static Tensor of(float[] values, int... shape) {
        return Tensor.of(values.clone(), shape);
    }

    /** The inner product {@code sum a[k]*b[k]} in double. */
    static double dot(Tensor a, Tensor b) {
        double sum = 0;
        for (int k = 0; k < a.size(); k++) {
            sum += (double) a.data()[k] * b.data()[k];
        }
        return sum;
    }

    /** {@code sum |t[k]|}. */
    static double sumAbs(Tensor t) {
        double sum = 0;
        for (float v : t.data()) {
            sum += Math.abs(v);
        }
        return sum;
    }

    /** An integer uniform in {@code [min, max]}. */
    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Same shape and every element within {@code tolerance}. */
    static void assertClose(Tensor expected, Tensor actual, double tolerance, String context) {
        assertArrayEquals(expected.shape(), actual.shape(), context);
        double difference = expected.maxAbsDifference(actual);
        assertTrue(difference <= tolerance, context + ": largest difference " + difference);
    }

    /** Guards a comparison against being trivially true. */
    static void assertNotAllZero(Tensor t, String context) {
        assertTrue(nonZeroCount(t) > 0, context + ": all zeros, the comparison would prove nothing");
    }
}
