package org.convatlas.compute;

import java.util.Random;

/** Tensors for tests: seeded random values and quick checks that a result is not trivial. */
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
}
