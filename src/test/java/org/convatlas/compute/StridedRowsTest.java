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
    void addScaledWalksBothStrides() {
        float[] dst = {1, 1, 1, 1, 1, 1};
        float[] src = {1, 2, 3, 4, 5, 6, 7};

        StridedRows.addScaled(dst, 1, 2, src, 0, 3, 3, 10);   // dst[1], dst[3], dst[5] += 10 * src[0], src[3], src[6]
        StridedRows.addScaled(dst, 0, 1, src, 4, 1, 2, -1);   // dst[0], dst[1] -= src[4], src[5]
        StridedRows.addScaled(dst, 0, 1, src, 0, 1, 0, 100);  // nothing

        assertArrayEquals(new float[] {-4, 5, 1, 41, 1, 71}, dst);
    }
}
