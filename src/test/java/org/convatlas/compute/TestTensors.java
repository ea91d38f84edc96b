package org.convatlas.compute;

import java.util.Random;

/** Tensors for tests: seeded random values, quick checks that a result is not trivial, and the sums the convolution tests compare. */
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

    /** The same as {@link #uniform}. */
    static Tensor random(Random random, int... shape) {
        return uniform(random, shape);
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
}
