package org.convatlas.lesson.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class InputPatternTest {

    @Test
    void classicIsTheWorkedExamplesInputRepeated() {
        assertArrayEquals(new float[] {1, 2, 0, 3, 0, 1, 2, 1, 3, 1, 0, 2, 2, 0, 1, 1},
                InputPattern.CLASSIC.tensor(4, 4).data());
        Tensor six = InputPattern.CLASSIC.tensor(6, 6);
        assertArrayEquals(new int[] {1, 6, 6}, six.shape());
        assertEquals(six.get(0, 4, 5), six.get(0, 0, 1), "row 4 repeats row 0, column 5 column 1");
    }

    @Test
    void countingNumbersEveryCellFromOne() {
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, InputPattern.COUNTING.tensor(2, 3).data());
    }

    @Test
    void impulseAndEdge() {
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 0, 0, 0, 0}, InputPattern.IMPULSE.tensor(3, 3).data());
        assertArrayEquals(new float[] {0, 0, 1, 1, 1, 0, 0, 1, 1, 1}, InputPattern.EDGE.tensor(2, 5).data());
    }

    @Test
    void discIsRoundAndCentred() {
        Tensor disc = InputPattern.DISC.tensor(30, 30);
        assertEquals(1, disc.get(0, 15, 15));
        assertEquals(0, disc.get(0, 0, 0));
        int inside = 0;
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 30; x++) {
                assertEquals(disc.get(0, y, x), disc.get(0, 29 - y, 29 - x), "symmetric about the centre");
                assertEquals(disc.get(0, y, x), disc.get(0, x, y), "symmetric about the diagonal");
                inside += (int) disc.get(0, y, x);
            }
        }
        assertTrue(Math.abs(inside - Math.PI * 100) < 20, "about pi r^2 cells with r = 10: " + inside);
    }
}
