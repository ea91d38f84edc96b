package org.convatlas.compute;

import java.util.Random;

/** Seeded random tensors for tests. */
final class TestTensors {

    private TestTensors() {
    }

    /**
     * Values {@code n/8} for whole {@code n} in {@code [-16, 16]}: exactly representable, so that sums of a few
     * hundred products of them are exact in {@code float} and results can be compared without rounding.
     */
    static Tensor dyadic(Random random, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int n = 0; n < data.length; n++) {
            data[n] = (random.nextInt(33) - 16) / 8f;
        }
        return t;
    }

    /** The sum of absolute values; a test asserts it is not 0 so that it is not comparing zeros with zeros. */
    static double magnitude(Tensor t) {
        double sum = 0;
        for (float v : t.data()) {
            sum += Math.abs(v);
        }
        return sum;
    }
}
