package org.convatlas.render.image;

import java.util.Arrays;
import org.convatlas.compute.Parallelism;

/**
 * Shrinks an opaque picture by area averaging: each pixel of the result is the mean colour of the part of the
 * picture it covers, a pixel covered in part counting for the part covered. The picture is shrunk along its rows
 * first, then along its columns, each pass split over the threads of {@link Parallelism#ALL}. The second pass adds
 * whole rows, each an array of its own, which the JIT vectorises.
 */
final class AreaShrink {

    /** The work of one tap of one channel, in multiply-adds, for splitting rows over threads. */
    private static final int WORK_PER_TAP = 1;

    private AreaShrink() {
    }

    /**
     * The picture {@code argb} of {@code w × h} pixels {@code 0xFFRRGGBB} shrunk to {@code toW × toH}.
     *
     * @throws IllegalArgumentException unless {@code 1 ≤ toW ≤ w} and {@code 1 ≤ toH ≤ h}
     */
    static int[] of(int[] argb, int w, int h, int toW, int toH) {
        if (toW < 1 || toW > w || toH < 1 || toH > h) {
            throw new IllegalArgumentException("cannot shrink " + w + "x" + h + " to " + toW + "x" + toH);
        }
        Taps across = Taps.of(w, toW);
        Taps down = Taps.of(h, toH);
        // rows[c][y]: channel c of source row y, shrunk along the row to toW values
        float[][][] rows = new float[3][h][toW];
        Parallelism.ALL.forEachBand(h, (long) WORK_PER_TAP * 3 * toW * across.most(),
                (first, end) -> shrinkRows(argb, w, across, rows, first, end));
        int[] shrunk = new int[toW * toH];
        Parallelism.ALL.forEachBand(toH, (long) WORK_PER_TAP * 3 * toW * down.most(),
                (first, end) -> shrinkColumns(rows, down, shrunk, toW, first, end));
        return shrunk;
    }

    /** Shrinks source rows {@code [first, end)} along the row: the three channels share each tap's position and weight. */
    private static void shrinkRows(int[] argb, int w, Taps across, float[][][] rows, int first, int end) {
        for (int y = first; y < end; y++) {
            float[] red = rows[0][y];
            float[] green = rows[1][y];
            float[] blue = rows[2][y];
            for (int ox = 0; ox < red.length; ox++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0, x = across.first[ox] + y * w; k < across.count[ox]; k++, x++) {
                    float weight = across.weights[ox * across.most + k];
                    int pixel = argb[x];
                    r += weight * ((pixel >> 16) & 0xFF);
                    g += weight * ((pixel >> 8) & 0xFF);
                    b += weight * (pixel & 0xFF);
                }
                red[ox] = r;
                green[ox] = g;
                blue[ox] = b;
            }
        }
    }

    /** Shrinks the rows down into result rows {@code [first, end)}, adding whole rows, and packs the colours. */
    private static void shrinkColumns(float[][][] rows, Taps down, int[] shrunk, int toW, int first, int end) {
        float[][] sums = new float[3][toW];
        for (int oy = first; oy < end; oy++) {
            for (int c = 0; c < 3; c++) {
                float[] sum = sums[c];
                Arrays.fill(sum, 0);
                for (int k = 0; k < down.count[oy]; k++) {
                    addScaled(sum, down.weights[oy * down.most + k], rows[c][down.first[oy] + k]);
                }
            }
            for (int ox = 0, at = oy * toW; ox < toW; ox++, at++) {
                shrunk[at] = 0xFF000000 | level(sums[0][ox]) << 16 | level(sums[1][ox]) << 8 | level(sums[2][ox]);
            }
        }
    }

    /** {@code sum[x] += weight * row[x]}. */
    private static void addScaled(float[] sum, float weight, float[] row) {
        for (int x = 0; x < sum.length; x++) {
            sum[x] += weight * row[x];
        }
    }

    /** A mean of 8-bit levels rounded back to one (the weights sum to 1, so it lies in [0, 255] up to rounding). */
    private static int level(float mean) {
        return Math.min(255, (int) (mean + 0.5f));
    }

    /**
     * How {@code to} cells of a result cover {@code from} cells of the source along one axis: result cell {@code j}
     * covers the source interval {@code [j s, (j + 1) s)}, {@code s = from / to}, and takes the {@code count[j]}
     * source cells from {@code first[j]} with the weights {@code weights[j * most ...]} (overlap over {@code s};
     * they sum to 1).
     */
    private record Taps(int[] first, int[] count, float[] weights, int most) {

        static Taps of(int from, int to) {
            double s = (double) from / to;
            int most = (int) Math.ceil(s) + 1;
            int[] first = new int[to];
            int[] count = new int[to];
            float[] weights = new float[to * most];
            for (int j = 0; j < to; j++) {
                double a = j * s;
                double b = Math.min(from, (j + 1) * s);
                first[j] = (int) Math.floor(a);
                for (int i = first[j]; i < b; i++) {
                    weights[j * most + count[j]++] = (float) ((Math.min(b, i + 1) - Math.max(a, i)) / s);
                }
            }
            return new Taps(first, count, weights, most);
        }
    }
}
