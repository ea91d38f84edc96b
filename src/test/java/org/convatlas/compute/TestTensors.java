package org.convatlas.compute;

import java.util.Random;

/** Seeded random tensors and the sums the convolution tests compare. */
final class TestTensors {

    private TestTensors() {
    }

    /** A tensor of the given shape with values uniform in [-1, 1). */
    static Tensor random(Random random, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int k = 0; k < data.length; k++) {
            data[k] = 2 * random.nextFloat() - 1;
        }
        return t;
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
