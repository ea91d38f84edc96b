package org.convatlas.compute;

import static org.convatlas.compute.TestTensors.assertClose;
import static org.convatlas.compute.TestTensors.nonZeroCount;
import static org.convatlas.compute.TestTensors.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TapRowsTest {

    @Test
    void aSlotIsFilledOncePerSourceUntilTheNextPreparation() {
        TapRows rows = TapRows.forThisThread();
        rows.prepare(2, 3, 2, 3, 8, true);
        int slot = rows.slot(1, 0, 7);

        assertTrue(rows.claim(slot, 7), "first use");
        assertFalse(rows.claim(slot, 7), "same source again");
        assertTrue(rows.claim(slot, 10), "another source in the same slot");

        rows.prepare(2, 3, 2, 3, 8, true);
        assertTrue(rows.claim(slot, 10), "a new preparation forgets the slots");
    }

    @Test
    void theRowsOfOneWindowHaveSlotsOfTheirOwn() {
        TapRows rows = TapRows.forThisThread();
        rows.prepare(2, 3, 1, 5, 4, true);   // kernel rows 2 apart: a span of 5 input rows
        int[] slots = {rows.slot(0, 0, 11), rows.slot(0, 1, 13), rows.slot(0, 2, 15), rows.slot(1, 0, 11)};
        for (int a = 0; a < slots.length; a++) {
            for (int b = a + 1; b < slots.length; b++) {
                assertNotEquals(slots[a], slots[b]);
            }
        }
    }

    @Test
    void writeRowIsTheWeightedSumOfTheTapsEveryStepColumns() {
        TapRows rows = TapRows.forThisThread();
        rows.prepare(1, 2, 2, 2, 3, false);
        float[][] taps = {{1, 2, 3}, {10, 20, 30}, {100, 200, 300}, {1000, 2000, 3000}};
        float[] weights = {9, 9, 1, 2, 3, 4};   // output channel 1 reads weights 2..5
        rows.clearTaps();
        for (int a = 0; a < taps.length; a++) {
            float[] row = rows.row(rows.slot(0, a / 2, 0), a % 2);
            System.arraycopy(taps[a], 0, row, 0, 3);
            rows.addTap(row, a);
        }
        float[] y = {-1, -1, -1, -1, -1};
        float[] spread = {-1, -1, -1, -1, -1, -1, -1};

        rows.writeRow(weights, 2, 0.5f, y, 1, 1, 3);
        rows.writeRow(weights, 2, 0.5f, spread, 1, 2, 3);

        assertArrayEquals(new float[] {-1, 4321.5f, 8642.5f, 12963.5f, -1}, y);
        assertArrayEquals(new float[] {-1, 4321.5f, -1, 8642.5f, -1, 12963.5f, -1}, spread);
    }

    /** One thread's scratch serves shapes that grow, shrink and change kernel in any order. */
    @Test
    void scratchServesDifferingShapesInTurn() {
        Random r = new Random(7);
        int[][] shapes = {{3, 40, 50, 3, 3}, {1, 6, 5, 5, 2}, {5, 70, 90, 1, 7}, {2, 9, 9, 3, 3}, {3, 40, 50, 3, 3}};
        for (int[] s : shapes) {
            Tensor x = uniform(r, s[0], s[1], s[2]);
            Tensor w = uniform(r, 4, s[0], s[3], s[4]);
            Conv2dParams p = new Conv2dParams(Window2d.of(1, 1, 1), 1, false);
            Tensor y = Tensor.filled(Float.NaN, Conv2d.outputShape(x, w, null, p));

            Conv2d.apply(x, w, null, p, y, Parallelism.SERIAL);

            assertClose(Conv2dReference.apply(x, w, null, p), y, 1e-5, "shape " + Arrays.toString(s));
        }
    }

    /** Past the cache limit every output row gathers its rows afresh, with the same results. */
    @Test
    void rowsBeyondTheCacheLimitAreGatheredPerOutputRow() {
        Random r = new Random(8);
        Tensor x = uniform(r, 2, 90, 3000);
        Tensor w = uniform(r, 2, 2, 3, 9);
        Conv2dParams p = new Conv2dParams(new Window2d(1, 1, Pads2d.uniform(1), 40, 1), 1, false);
        int[] shape = Conv2d.outputShape(x, w, null, p);
        long cached = 2L * ConvArithmetic.reach(3, 40) * 9 * shape[2];
        assertTrue(cached > TapRows.CACHE_LIMIT, "within the cache limit: " + cached);
        Tensor y = Tensor.zeros(shape);

        Conv2d.apply(x, w, null, p, y, Parallelism.SERIAL);

        assertTrue(nonZeroCount(y) > y.size() / 2, "mostly zeros");
        assertClose(Conv2dReference.apply(x, w, null, p), y, 1e-5, "dilated");
    }
}
