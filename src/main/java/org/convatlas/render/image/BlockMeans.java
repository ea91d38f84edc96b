package org.convatlas.render.image;

import java.util.Arrays;
import org.convatlas.compute.Parallelism;
import org.convatlas.compute.Tensor;

/**
 * A map {@code [C, H, W]} shrunk for display by the smallest whole factor {@code f} that brings both sides within a
 * largest side: value {@code [c, ry, rx]} is the mean of the {@code f × f} block of channel {@code c} whose top-left
 * value is {@code [c, f ry, f rx]} (fewer values at the right and bottom edges). The values averaged are {@code v}
 * or, for a picture of magnitudes, {@code |v|}, so that a fine pattern of opposite signs stays visible when shrunk.
 */
final class BlockMeans {

    /** The work of adding one value into its block, in multiply-adds, for splitting rows over threads. */
    private static final int WORK_PER_VALUE = 1;

    private BlockMeans() {
    }

    /** The shrinking factor {@code f} for a map of {@code h × w}: the smallest that brings both within {@code maxSide}. */
    static int factor(int h, int w, int maxSide) {
        return Math.max(1, ceilDiv(Math.max(h, w), maxSide));
    }

    /**
     * The block means of {@code planes} within {@code maxSide}, written into {@code reuse} when it has their shape,
     * else into a new tensor. Planes that fit already are returned themselves, whatever {@code magnitudes} says.
     * Rows of the result are split over the threads of {@link Parallelism#ALL}.
     *
     * @param magnitudes whether to average {@code |v|} rather than {@code v}
     * @param reuse      a tensor to write into, or null
     */
    static Tensor of(Tensor planes, int maxSide, boolean magnitudes, Tensor reuse) {
        int channels = planes.dim(0);
        int h = planes.dim(1);
        int w = planes.dim(2);
        int f = factor(h, w, maxSide);
        if (f == 1) {
            return planes;
        }
        int[] shape = {channels, ceilDiv(h, f), ceilDiv(w, f)};
        Tensor means = reuse != null && Arrays.equals(reuse.shape(), shape) ? reuse : Tensor.zeros(shape);
        Parallelism.ALL.forEachBand(shape[1], (long) WORK_PER_VALUE * channels * f * w,
                (first, end) -> averageRows(planes, f, magnitudes, means, first, end));
        return means;
    }

    /**
     * The means of rows {@code [first, end)} of every channel: the block's rows are first added column by column,
     * then the columns of each block. Each row is copied out before it is added: the JIT vectorises a loop over two
     * arrays only when both are indexed from 0 (it cannot rule out that arrays read at different offsets overlap).
     */
    private static void averageRows(Tensor planes, int f, boolean magnitudes, Tensor means, int first, int end) {
        int h = planes.dim(1);
        int w = planes.dim(2);
        int meanH = means.dim(1);
        int meanW = means.dim(2);
        float[] in = planes.data();
        float[] out = means.data();
        float[] row = new float[w];
        float[] columns = new float[w];
        for (int c = 0; c < planes.dim(0); c++) {
            for (int ry = first; ry < end; ry++) {
                int top = ry * f;
                int rows = Math.min(h, top + f) - top;
                System.arraycopy(in, (c * h + top) * w, columns, 0, w);
                if (magnitudes) {
                    makeMagnitudes(columns);
                }
                for (int y = top + 1; y < top + rows; y++) {
                    System.arraycopy(in, (c * h + y) * w, row, 0, w);
                    addRow(row, magnitudes, columns);
                }
                averageColumns(columns, f, rows, out, (c * meanH + ry) * meanW, meanW);
            }
        }
    }

    /**
     * Writes the means of the {@code meanW} blocks of {@code f} columns (fewer in the last) of {@code columns}, each
     * the sum of {@code rows} values, from {@code out[at]}. Blocks of two, three or four columns (pictures up to 4096
     * columns wide shown within 1024) are summed in one pass, a block's columns written out in the sum; wider ones a
     * column of theirs at a time, as one loop of {@code f} short loops is slower. Either way a block's columns are
     * added left to right, so the means are the same numbers.
     */
    private static void averageColumns(float[] columns, int f, int rows, float[] out, int at, int meanW) {
        int whole = columns.length / f;
        float perFullBlock = 1f / (rows * f);
        switch (f) {
            case 2 -> {
                for (int rx = 0, x = 0; rx < whole; rx++, x += 2) {
                    out[at + rx] = (columns[x] + columns[x + 1]) * perFullBlock;
                }
            }
            case 3 -> {
                for (int rx = 0, x = 0; rx < whole; rx++, x += 3) {
                    out[at + rx] = (columns[x] + columns[x + 1] + columns[x + 2]) * perFullBlock;
                }
            }
            case 4 -> {
                for (int rx = 0, x = 0; rx < whole; rx++, x += 4) {
                    out[at + rx] = (columns[x] + columns[x + 1] + columns[x + 2] + columns[x + 3]) * perFullBlock;
                }
            }
            default -> averageWideBlocks(columns, f, whole, perFullBlock, out, at);
        }
        if (whole < meanW) {
            float sum = 0;
            for (int x = whole * f; x < columns.length; x++) {
                sum += columns[x];
            }
            out[at + whole] = sum / (rows * (columns.length - whole * f));
        }
    }

    /** The means of the first {@code whole} blocks of {@code f} columns, summed a column of the blocks at a time. */
    private static void averageWideBlocks(float[] columns, int f, int whole, float perFullBlock, float[] out, int at) {
        for (int rx = 0; rx < whole; rx++) {
            out[at + rx] = columns[rx * f];
        }
        for (int k = 1; k < f; k++) {
            for (int rx = 0; rx < whole; rx++) {
                out[at + rx] += columns[rx * f + k];
            }
        }
        for (int rx = 0; rx < whole; rx++) {
            out[at + rx] *= perFullBlock;
        }
    }

    /** Replaces every value of {@code row} by its magnitude. */
    private static void makeMagnitudes(float[] row) {
        for (int x = 0; x < row.length; x++) {
            row[x] = Math.abs(row[x]);
        }
    }

    /** Adds the values of {@code row}, or their magnitudes, to {@code columns}. */
    private static void addRow(float[] row, boolean magnitudes, float[] columns) {
        if (magnitudes) {
            for (int x = 0; x < columns.length; x++) {
                columns[x] += Math.abs(row[x]);
            }
        } else {
            for (int x = 0; x < columns.length; x++) {
                columns[x] += row[x];
            }
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
