package org.convatlas.lesson.stack;

import java.util.SplittableRandom;
import org.convatlas.compute.Tensor;

/**
 * The numbers lessons fill their tensors with: small whole numbers, drawn from a fixed seed so that a lesson shows
 * the same example every time and sums can be checked by head.
 */
public final class SampleTensors {

    private SampleTensors() {
    }

    /** A tensor of the given shape filled with whole numbers from {@code low} to {@code high}, both included. */
    public static Tensor integers(long seed, int low, int high, int... shape) {
        SplittableRandom random = new SplittableRandom(seed);
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(low, high + 1);
        }
        return t;
    }

    /**
     * A tensor of the given shape filled with tenths from {@code low/10} to {@code high/10} ({@code −0.7}, {@code 0.3}):
     * weights that look learned yet read at a glance.
     */
    public static Tensor tenths(long seed, int low, int high, int... shape) {
        Tensor t = integers(seed, low, high, shape);
        float[] data = t.data();
        for (int i = 0; i < data.length; i++) {
            data[i] /= 10;
        }
        return t;
    }
}
