package org.convatlas.compute;

import java.util.Arrays;

/**
 * One row of bilinear samples of {@link DeformConv2d} for every input channel of an offset group, which share
 * the positions; one instance per thread.
 *
 * <p>For output row {@code oy} and kernel tap {@code t = (g*kH + i)*kW + j} the positions are
 * <pre>
 * py[ox] = oy*sH - top + i*dH + offset[2t, oy, ox]
 * px[ox] = ox*sW - left + j*dW + offset[2t + 1, oy, ox]      for 0 &lt;= ox &lt; Wo
 * </pre>
 * Locating a position (its floor, its corner and the corners' weights) costs more than sampling it, so each
 * position is located once and every channel added with {@link #addChannel} then blends its four corners
 * ({@link BilinearSample#blend}), or for a position at the map's edge takes
 * {@link BilinearSample#interpolateAtEdge}: the steps of {@link BilinearSample#interpolate}, so the samples are the
 * same numbers. The arrays grow on demand and are kept.
 */
final class BilinearRow {

    private static final ThreadLocal<BilinearRow> PER_THREAD = ThreadLocal.withInitial(BilinearRow::new);

    /** The channels to sample: where each map starts in the input, and the row its samples go to. */
    private int[] mapStarts = new int[0];
    private float[][] sampledRows = new float[0][];
    private int channels;

    private BilinearRow() {
    }

    /** The calling thread's instance. */
    static BilinearRow forThisThread() {
        return PER_THREAD.get();
    }

    /** Forgets the channels added. */
    void clearChannels() {
        channels = 0;
    }

    /** Adds a channel whose map starts at {@code mapStart} in the input and whose samples go to {@code sampled}. */
    void addChannel(int mapStart, float[] sampled) {
        if (channels == mapStarts.length) {
            mapStarts = Arrays.copyOf(mapStarts, 2 * channels + 1);
            sampledRows = Arrays.copyOf(sampledRows, 2 * channels + 1);
        }
        mapStarts[channels] = mapStart;
        sampledRows[channels] = sampled;
        channels++;
    }

    /**
     * For every channel added, {@code sampled[ox] = bilinear(map, py[ox], px[ox]) * mask[maskStart + ox]} (no mask
     * factor when {@code mask} is null) for {@code ox < n}, with {@code py[ox] = regularY + offsets[dyStart + ox]},
     * {@code px[ox] = firstX + ox*strideX + offsets[dxStart + ox]} on {@code height x width} maps in {@code input}.
     */
    void sample(float[] input, int height, int width, float[] offsets, int dyStart, int dxStart, int regularY,
                int firstX, int strideX, float[] mask, int maskStart, int n) {
        for (int ox = 0; ox < n; ox++) {
            float y = regularY + offsets[dyStart + ox];
            float x = firstX + ox * strideX + offsets[dxStart + ox];
            float factor = mask == null ? 1 : mask[maskStart + ox];
            int corner = BilinearSample.interiorCorner(height, width, y, x);
            if (corner >= 0) {
                float ly = BilinearSample.fraction(y);
                float lx = BilinearSample.fraction(x);
                float hy = 1 - ly;
                float hx = 1 - lx;
                float topLeft = hy * hx, topRight = hy * lx, bottomLeft = ly * hx, bottomRight = ly * lx;
                for (int c = 0; c < channels; c++) {
                    float value = BilinearSample.blend(input, mapStarts[c] + corner, width, topLeft, topRight,
                            bottomLeft, bottomRight);
                    sampledRows[c][ox] = mask == null ? value : value * factor;
                }
            } else {
                for (int c = 0; c < channels; c++) {
                    float value = BilinearSample.interpolateAtEdge(input, mapStarts[c], height, width, y, x);
                    sampledRows[c][ox] = mask == null ? value : value * factor;
                }
            }
        }
    }
}
