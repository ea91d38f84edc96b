package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StridedRowsTest {

    @Test
    void theInteriorIsExactlyTheIndicesThatLandInside() {
        for (int offset = -12; offset <= 12; offset++) {
            for (int stride = 1; stride <= 4; stride++) {
                for (int size = 1; size <= 8; size++) {
                    for (int count = 1; count <= 8; count++) {
                        int first = StridedRows.firstInside(offset, stride);
                        int end = StridedRows.endInside(offset, stride, size, count);
                        for (int k = 0; k < count; k++) {
                            int position = k * stride + offset;
                            boolean inside = position >= 0 && position < size;
                            assertEquals(inside, k >= first && k < end,
                                    "offset " + offset + " stride " + stride + " size " + size + " k " + k);
                        }
                    }
                }
            }
        }
    }

    @Test
    void gatherCopiesTheInteriorAndZeroesTheRest() {
        float[] src = {9, 1, 2, 3, 4, 5, 6, 9};
        float[] row = {7, 7, 7, 7, 7, 7};

        StridedRows.gather(row, 5, src, 1, 6, -2, 1);   // row[k] = src[1 + k - 2] for 0 <= k - 2 < 6
        assertArrayEquals(new float[] {0, 0, 1, 2, 3, 7}, row);

        StridedRows.gather(row, 4, src, 1, 6, 1, 2);    // row[k] = src[1 + 2k + 1] for 2k + 1 < 6
        assertArrayEquals(new float[] {2, 4, 6, 0, 3, 7}, row);

        StridedRows.gather(row, 3, src, 1, 6, -9, 1);   // all padding
        assertArrayEquals(new float[] {0, 0, 0, 0, 3, 7}, row);
    }
}
