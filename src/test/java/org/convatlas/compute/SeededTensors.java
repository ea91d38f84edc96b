package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/** Random tensors from a seeded generator, and the comparisons the operation tests share. */
final class SeededTensors {

    private SeededTensors() {
    }

    /** A tensor of the given shape with values uniform in {@code [-1, 1)}. */
    static Tensor uniform(Random random, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat() * 2 - 1;
        }
        return t;
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

    /** Whether every element is 0. */
    static boolean isAllZero(Tensor t) {
        for (float v : t.data()) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** Guards a comparison against being trivially true. */
    static void assertNotAllZero(Tensor t, String context) {
        assertFalse(isAllZero(t), context + ": all zeros, the comparison would prove nothing");
    }
}
