package org.convatlas.compute;

import static org.convatlas.compute.TestTensors.assertClose;
import static org.convatlas.compute.TestTensors.nonZeroCount;
import static org.convatlas.compute.TestTensors.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Every thread count gives the same bits: the operations are large enough here to be split into bands (see
 * {@link Parallelism}), and each output is compared with the one-thread result and with the reference.
 */
class ThreadCountsTest {

    private static final Parallelism[] COUNTS = {new Parallelism(2), new Parallelism(3), new Parallelism(7)};
    private static final Random RANDOM = new Random(20240613L);

    @Test
    void conv2d() {
        Tensor x = uniform(RANDOM, 4, 121, 131);
        Tensor w = uniform(RANDOM, 12, 2, 3, 3);
        Tensor b = uniform(RANDOM, 12);
        Conv2dParams p = new Conv2dParams(new Window2d(1, 2, new Pads2d(1, 0, 2, 1), 1, 2), 2, true);
        int[] shape = Conv2d.outputShape(x, w, b, p);
        assertWorthSevenBands(shape, 12 * 2 * 9);

        Tensor serial = sameForEveryCount(shape,
                (out, threads) -> Conv2d.apply(x, w, b, p, out, threads));

        assertClose(Conv2dReference.apply(x, w, b, p), serial, 1e-5, "conv2d");
    }

    @Test
    void convTranspose2d() {
        Tensor x = uniform(RANDOM, 4, 61, 97);
        Tensor w = uniform(RANDOM, 4, 3, 4, 3);
        ConvTranspose2dParams p = new ConvTranspose2dParams(new Window2d(2, 1, new Pads2d(1, 1, 0, 2), 1, 2), 1, 0, 2);
        int[] shape = ConvTranspose2d.outputShape(x.shape(), w.shape(), p);
        assertWorthSevenBands(shape, 6 * 2 * 12);

        Tensor serial = sameForEveryCount(shape,
                (out, threads) -> ConvTranspose2d.apply(x, w, null, p, out, threads));

        assertClose(ConvTranspose2dReference.apply(x, w, null, p), serial, 1e-5, "conv_transpose2d");
    }

    @Test
    void deformConv2d() {
        Tensor x = uniform(RANDOM, 2, 60, 64);
        Tensor w = uniform(RANDOM, 16, 2, 3, 3);
        DeformConv2dParams p = new DeformConv2dParams(Window2d.of(1, 1, 1), 1, 2);
        Tensor offset = uniform(RANDOM, 2 * 9 * 2, 60, 64);
        Tensor mask = uniform(RANDOM, 9 * 2, 60, 64);
        int[] shape = DeformConv2d.outputShape(x.shape(), w.shape(), p);
        assertWorthSevenBands(shape, 16 * 2 * 9);

        sameForEveryCount(shape,
                (out, threads) -> DeformConv2d.apply(x, w, offset, mask, null, p, out, threads));
    }

    @Test
    void depthwiseSeparable() {
        Tensor x = uniform(RANDOM, 3, 90, 90);
        Tensor wDepthwise = uniform(RANDOM, 6, 1, 3, 3);
        Tensor wPointwise = uniform(RANDOM, 16, 6, 1, 1);
        Window2d window = Window2d.of(1, 1, 1);
        DepthwiseSeparable.Result expected = DepthwiseSeparable.apply(x, wDepthwise, wPointwise, window);

        for (Parallelism threads : new Parallelism[] {Parallelism.SERIAL, COUNTS[0], COUNTS[2]}) {
            DepthwiseSeparable.Result out = new DepthwiseSeparable.Result(Tensor.filled(Float.NaN, 6, 90, 90),
                    Tensor.filled(Float.NaN, 16, 90, 90));
            DepthwiseSeparable.apply(x, wDepthwise, wPointwise, window, out, threads);
            assertEquals(expected, out, threads.toString());
        }
    }

    /** The operation at one thread, then at every count of {@link #COUNTS} into a dirty output: bit-identical. */
    private static Tensor sameForEveryCount(int[] shape, BiConsumer<Tensor, Parallelism> operation) {
        Tensor serial = Tensor.filled(Float.NaN, shape);
        operation.accept(serial, Parallelism.SERIAL);
        assertTrue(nonZeroCount(serial) > serial.size() / 2, "mostly zeros");
        for (Parallelism threads : COUNTS) {
            Tensor parallel = Tensor.filled(Float.NaN, shape);
            operation.accept(parallel, threads);
            assertEquals(serial, parallel, threads.toString());
        }
        return serial;
    }

    /**
     * An output {@code [C, Ho, Wo]} of {@code multipliesPerPosition} multiply-adds per position {@code (oy, ox)} is
     * large enough for {@link Parallelism} to give each of 7 threads a band.
     */
    private static void assertWorthSevenBands(int[] shape, long multipliesPerPosition) {
        long work = shape[1] * shape[2] * multipliesPerPosition;
        assertTrue(work > 7 * Parallelism.MIN_WORK_PER_BAND, "too small to be split into 7 bands: " + work);
    }
}
