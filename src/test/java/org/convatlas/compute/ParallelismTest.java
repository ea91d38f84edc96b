package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ParallelismTest {

    @Test
    void needsAtLeastOneThread() {
        assertMessage("threads must be at least 1 (got 0)", () -> new Parallelism(0));
        assertEquals(1, Parallelism.SERIAL.threads());
        assertEquals(Runtime.getRuntime().availableProcessors(), Parallelism.ALL.threads());
    }

    @Test
    void everyOperationRefusesAMissingParallelism() {
        Tensor x = Tensor.zeros(1, 3, 3);
        Tensor w = Tensor.zeros(1, 1, 2, 2);
        assertMessage("parallelism is missing",
                () -> Conv2d.apply(x, w, null, Conv2dParams.DEFAULT, Tensor.zeros(1, 2, 2), null));
        assertMessage("parallelism is missing", () -> ConvTranspose2d.apply(x, w, null, ConvTranspose2dParams.DEFAULT,
                Tensor.zeros(1, 4, 4), null));
        assertMessage("parallelism is missing", () -> DeformConv2d.apply(x, w, Tensor.zeros(8, 2, 2), null, null,
                DeformConv2dParams.DEFAULT, Tensor.zeros(1, 2, 2), null));
        assertMessage("output is missing", () -> DepthwiseSeparable.apply(x, w, Tensor.zeros(1, 1, 1, 1),
                Window2d.DEFAULT, null, Parallelism.SERIAL));
    }

    @Test
    void splitsOnlyWorkWorthAThread() {
        Parallelism four = new Parallelism(4);
        long band = Parallelism.MIN_WORK_PER_BAND;

        assertEquals(1, four.bands(100, band / 100 - 1), "less than one band's worth");
        assertEquals(2, four.bands(100, 2 * band / 100 + 1), "two bands' worth");
        assertEquals(4, four.bands(100, band), "no more bands than threads");
        assertEquals(3, four.bands(3, band * 10), "no more bands than rows");
        assertEquals(1, Parallelism.SERIAL.bands(1000, band), "one thread, one band");
    }

    @Test
    void theBandsCoverEveryRowOnce() {
        for (int bands = 1; bands <= 5; bands++) {
            int[] visits = new int[13];
            Parallelism.run(bands, visits.length, (first, end) -> {
                for (int row = first; row < end; row++) {
                    visits[row]++;
                }
            });
            int[] once = new int[visits.length];
            Arrays.fill(once, 1);
            assertArrayEquals(once, visits, "bands " + bands);
        }
    }

    @Test
    void aFailingBandFailsTheCall() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Parallelism.run(3, 9, (first, end) -> {
                    if (first > 0) {
                        throw new IllegalStateException("band from row " + first);
                    }
                }));
        assertTrue(failure.getMessage().contains("band from row"), failure.getMessage());
    }
}
