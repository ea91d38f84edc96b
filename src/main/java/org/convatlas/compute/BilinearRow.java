package org.convatlas.compute;

import java.util.Arrays;

/**
 * One row of bilinear samples of {@link DeformConv2d} for a run of channels of an offset group, which share the
 * positions; one instance per thread.
 *
 * <p>For output row {@code oy} and kernel tap {@code t = (g*kH + i)*kW + j} the positions are
 * <pre>
 * py[ox] = oy*sH - top + i*dH + offset[2t, oy, ox]
 * px[ox] = ox*sW - left + j*dW + offset[2t + 1, oy, ox]      for 0 &lt;= ox &lt; Wo
 * </pre>
 * The channels are read from {@link InterleavedChannels}, where the channels of a cell lie side by side, and
 * sampled {@link #CHUNK} at a time: a position is located (its floor, its corner and the corners' weights) once per
 * chunk, and each of its four corners gives the chunk's channels from one run of neighbouring values. An interior
 * position is a {@link BilinearSample#blend} of its corners, one at the map's edge takes
 * {@link BilinearSample#interpolateAtEdge}: the steps of {@link BilinearSample#interpolate}, so the samples are the
 * same numbers. A chunk of one or two channels still blends three, the extra ones into a spare row. The arrays
 * grow on demand and are kept.
 */
final class BilinearRow {

    /** The channels sampled together. */
    static final int CHUNK = 4;

    private static final ThreadLocal<BilinearRow> PER_THREAD = ThreadLocal.withInitial(BilinearRow::new);

    /** The rows the samples of the run's channels go to, in channel order. */
    private float[][] sampledRows = new float[0][];
    private int channels;
    /** Where the run's first channel starts in the interleaved maps; the others follow it. */
    private int firstMapStart;
    /** Where the samples of a chunk's missing channels go. */
    private float[] spare = new float[0];

    private BilinearRow() {
    }

    /** The calling thread's instance. */
    static BilinearRow forThisThread() {
        return PER_THREAD.get();
    }

    /**
     * Starts a run of channels whose first one starts at {@code mapStart} in the interleaved maps (see
     * {@link InterleavedChannels#mapStart}); the channels added next are that one and those after it.
     */
    void startRun(int mapStart) {
        firstMapStart = mapStart;
        channels = 0;
    }

    /** Adds the run's next channel, whose samples go to {@code sampled}. */
    void addChannel(float[] sampled) {
        if (channels == sampledRows.length) {
            sampledRows = Arrays.copyOf(sampledRows, 2 * channels + 1);
        }
        sampledRows[channels++] = sampled;
    }

    /**
     * For every channel of the run, {@code sampled[ox] = bilinear(map, py[ox], px[ox]) * mask[maskStart + ox]} (no
     * mask factor when {@code mask} is null) for {@code ox < n}, with {@code py[ox] = regularY + offsets[dyStart + ox]},
     * {@code px[ox] = firstX + ox*strideX + offsets[dxStart + ox]} on the {@code height x width} maps of
     * {@code maps}.
     */
    void sample(InterleavedChannels maps, int height, int width, float[] offsets, int dyStart, int dxStart,
                int regularY, int firstX, int strideX, float[] mask, int maskStart, int n) {
        if (spare.length < n) {
            spare = new float[n];
        }
        for (int channel = 0; channel < channels; channel += CHUNK) {
            sampleChunk(channel, Math.min(CHUNK, channels - channel), maps.data(), maps.cellStride(), height, width,
                    offsets, dyStart, dxStart, regularY, firstX, strideX, mask, maskStart, n);
        }
    }

    /** {@link #sample} for the {@code count <= CHUNK} channels from the run's channel {@code channel}. */
    private void sampleChunk(int channel, int count, float[] maps, int cellStride, int height, int width,
                             float[] offsets, int dyStart, int dxStart, int regularY, int firstX, int strideX,
                             float[] mask, int maskStart, int n) {
        int start = firstMapStart + channel;
        float[] row0 = sampledRows[channel];
        float[] row1 = count > 1 ? sampledRows[channel + 1] : spare;
        float[] row2 = count > 2 ? sampledRows[channel + 2] : spare;
        float[] row3 = count > 3 ? sampledRows[channel + 3] : null;
        int below = width * cellStride;
        for (int ox = 0; ox < n; ox++) {
            float y = regularY + offsets[dyStart + ox];
            float x = firstX + ox * strideX + offsets[dxStart + ox];
            float factor = mask == null ? 1 : mask[maskStart + ox];
            if (BilinearSample.hasInteriorCorners(height, width, y, x)) {
                int y0 = (int) y;
                int x0 = (int) x;
                float ly = y - y0;
                float lx = x - x0;
                float hy = 1 - ly;
                float hx = 1 - lx;
                float topLeft = hy * hx, topRight = hy * lx, bottomLeft = ly * hx, bottomRight = ly * lx;
                int at = start + (y0 * width + x0) * cellStride;
                row0[ox] = masked(BilinearSample.blend(maps, at, cellStride, below, topLeft, topRight, bottomLeft,
                        bottomRight), mask, factor);
                row1[ox] = masked(BilinearSample.blend(maps, at + 1, cellStride, below, topLeft, topRight,
                        bottomLeft, bottomRight), mask, factor);
                row2[ox] = masked(BilinearSample.blend(maps, at + 2, cellStride, below, topLeft, topRight,
                        bottomLeft, bottomRight), mask, factor);
                if (count > 3) {
                    // a run of three channels (a colour picture) is common: its chunk blends no spare fourth
                    row3[ox] = masked(BilinearSample.blend(maps, at + 3, cellStride, below, topLeft, topRight,
                            bottomLeft, bottomRight), mask, factor);
                }
            } else {
                for (int c = 0; c < count; c++) {
                    sampledRows[channel + c][ox] = masked(BilinearSample.interpolateAtEdge(maps, start + c, cellStride,
                            height, width, y, x), mask, factor);
                }
            }
        }
    }

    /** The sample times the mask's factor, or the sample itself without a mask. */
    private static float masked(float value, float[] mask, float factor) {
        return mask == null ? value : value * factor;
    }
}
