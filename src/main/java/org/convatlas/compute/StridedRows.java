package org.convatlas.compute;

import java.util.Arrays;

/**
 * The building blocks of the fast direct convolutions ({@link Conv2d}, {@link ConvTranspose2d}).
 *
 * <p>Both walk a kernel tap over a row: index {@code k} of one row (output column for a convolution,
 * input column for a transposed one) meets index {@code k*stride + offset} of the other row. The
 * tap's <em>interior</em> is the run of {@code k} for which that other index lies inside its row,
 * {@code [firstInside, endInside)}; outside it the tap meets zero padding and contributes nothing.
 * Clipping every tap to its interior once, before the loop, leaves inner loops with no bounds
 * checks and no branches: {@link #gather} copies the run into a row of its own and zeroes the rest.
 */
final class StridedRows {

    private StridedRows() {
    }

    /**
     * The smallest {@code k >= 0} with {@code k*stride + offset >= 0}, that is
     * {@code max(0, ceil(-offset / stride))}.
     */
    static int firstInside(int offset, int stride) {
        return offset >= 0 ? 0 : ceilDiv(-offset, stride);
    }

    /**
     * One past the largest {@code k < count} with {@code k*stride + offset < size}, that is
     * {@code min(count, ceil((size - offset) / stride))}, or 0 when no {@code k >= 0} qualifies.
     * Together with {@link #firstInside} it bounds the run of {@code k} that lands in {@code [0, size)};
     * the run is empty when this is not above {@code firstInside}.
     */
    static int endInside(int offset, int stride, int size, int count) {
        int room = size - offset;
        return room <= 0 ? 0 : Math.min(count, ceilDiv(room, stride));
    }

    /** {@code ceil(n / d)} for {@code n > 0, d > 0}; no division for the common {@code d = 1}. */
    private static int ceilDiv(int n, int d) {
        return d == 1 ? n : (n + d - 1) / d;
    }

    /**
     * The row a convolution tap reads: {@code row[k] = src[start + k*stride + offset]} where
     * {@code 0 <= k*stride + offset < width}, and 0 elsewhere, for {@code 0 <= k < n}. With stride 1 the interior
     * is one block copy.
     */
    static void gather(float[] row, int n, float[] src, int start, int width, int offset, int stride) {
        int first = Math.min(n, firstInside(offset, stride));
        int end = Math.max(first, endInside(offset, stride, width, n));
        Arrays.fill(row, 0, first, 0f);
        if (stride == 1 && end > first) {
            System.arraycopy(src, start + first + offset, row, first, end - first);
        } else {
            for (int k = first; k < end; k++) {
                row[k] = src[start + k * stride + offset];
            }
        }
        Arrays.fill(row, end, n, 0f);
    }
}
