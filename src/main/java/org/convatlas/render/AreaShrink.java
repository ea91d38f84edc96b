package org.convatlas.render;

import org.convatlas.compute.Parallelism;

/**
 * Shrinks an opaque picture by area averaging: each pixel of the result is the mean colour of the part of the
 * picture it covers, a pixel covered in part counting for the part covered. The picture is shrunk along its rows
 * first, then along its columns, each pass split over the threads of {@link Parallelism#ALL}.
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
        // rows first: [channel][y][toW]
        float[] rows = new float[3 * h * toW];
        Parallelism.ALL.forEachBand(h, (long) WORK_PER_TAP * 3 * toW * across.most(), (first, end) -> {
            float[] channel = new float[w];
            for (int y = first; y < end; y++) {
                for (int c = 0; c < 3; c++) {
                    int shift = 16 - 8 * c;
                    for (int x = 0; x < w; x++) {
                        channel[x] = (argb[y * w + x] >> shift) & 0xFF;
                    }
                    int out = (c * h + y) * toW;
                    for (int ox = 0; ox < toW; ox++) {
                        rows[out + ox] = across.mean(channel, 0, 1, ox);
                    }
                }
            }
        });
        int[] shrunk = new int[toW * toH];
        Parallelism.ALL.forEachBand(toH, (long) WORK_PER_TAP * 3 * toW * down.most(), (first, end) -> {
            for (int oy = first; oy < end; oy++) {
                for (int ox = 0; ox < toW; ox++) {
                    int pixel = 0xFF000000;
                    for (int c = 0; c < 3; c++) {
                        int level = Math.round(down.mean(rows, c * h * toW + ox, toW, oy));
                        pixel |= Math.max(0, Math.min(255, level)) << (16 - 8 * c);
                    }
                    shrunk[oy * toW + ox] = pixel;
                }
            }
        });
        return shrunk;
    }

    /**
     * How {@code to} cells of a result cover {@code from} cells of the source along one axis: result cell {@code j}
     * covers the source interval {@code [j s, (j + 1) s)}, {@code s = from / to}, and takes source cells
     * {@code first[j] ...} with the weights {@code weights[j * most ...]} (overlap over {@code s}; they sum to 1).
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

        /** The weighted mean for result cell {@code j} of the source cells {@code values[start + i * step]}. */
        float mean(float[] values, int start, int step, int j) {
            float sum = 0;
            for (int k = 0, at = start + first[j] * step; k < count[j]; k++, at += step) {
                sum += weights[j * most + k] * values[at];
            }
            return sum;
        }
    }
}
