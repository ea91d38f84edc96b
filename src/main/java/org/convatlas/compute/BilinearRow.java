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
 * The channels are read from {@link InterleavedChannels} a block of {@link InterleavedChannels#LANES} at a time: a
 * position is located (its floor, its corner and the corners' weights) once per block, and each of its four corners
 * gives the block's channels from neighbouring values. An interior position is a {@link BilinearSample#blend} of its
 * corners, one at the map's edge takes {@link BilinearSample#interpolateAtEdge}: the steps of
 * {@link BilinearSample#interpolate}, so the samples are the same numbers. The lanes of a block outside the run are
 * blended into a spare row, except the last, which is skipped: a run of three channels (a colour picture) is
 * common. The arrays grow on demand and are kept.
 */
final class BilinearRow {

    private static final int LANES = InterleavedChannels.LANES;

    private static final ThreadLocal<BilinearRow> PER_THREAD = ThreadLocal.withInitial(BilinearRow::new);

    /** The rows the samples of the run's channels go to, in channel order. */
    private float[][] sampledRows = new float[0][];
    private int channels;
    private int offsetGroup;
    /** The run's first channel, counted within its offset group. */
    private int firstChannel;
    /** Where the samples of lanes outside the run go. */
    private float[] spare = new float[0];

    private BilinearRow() {
    }

    /** The calling thread's instance. */
    static BilinearRow forThisThread() {
        return PER_THREAD.get();
    }

    /**
     * Starts a run of channels of offset group {@code group} whose first one is the group's channel
     * {@code firstChannel}; the channels added next are that one and those after it.
     */
    void startRun(int group, int firstChannel) {
        this.offsetGroup = group;
        this.firstChannel = firstChannel;
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
        int lastChannel = firstChannel + channels - 1;
        for (int block = firstChannel / LANES; block <= lastChannel / LANES; block++) {
            sampleBlock(maps.data(), maps.blockStart(offsetGroup, block), block * LANES - firstChannel, height,
                    width, offsets, dyStart, dxStart, regularY, firstX, strideX, mask, maskStart, n);
        }
    }

    /**
     * {@link #sample} for the run's channels in the block that starts at {@code blockStart} in {@code maps}, whose
     * lane {@code l} is the run's channel {@code firstLaneChannel + l}.
     */
    private void sampleBlock(float[] maps, int blockStart, int firstLaneChannel, int height, int width,
                             float[] offsets, int dyStart, int dxStart, int regularY, int firstX, int strideX,
                             float[] mask, int maskStart, int n) {
        float[] row0 = laneRow(firstLaneChannel, spare);
        float[] row1 = laneRow(firstLaneChannel + 1, spare);
        float[] row2 = laneRow(firstLaneChannel + 2, spare);
        float[] row3 = laneRow(firstLaneChannel + 3, null);
        int below = width * LANES;
        // the lanes that hold channels of the run
        int firstLane = Math.max(0, -firstLaneChannel);
        int endLane = Math.min(LANES, channels - firstLaneChannel);
        // the regular column as a float counter: exact, as a float holds every integer up to 2^24
        float regularX = firstX;
        for (int ox = 0; ox < n; ox++, regularX += strideX) {
            float y = regularY + offsets[dyStart + ox];
            float x = regularX + offsets[dxStart + ox];
            float factor = mask == null ? 1 : mask[maskStart + ox];
            int y0 = (int) y;
            int x0 = (int) x;
            if (BilinearSample.hasInteriorCorners(height, width, y, x, y0, x0)) {
                float ly = y - y0;
                float lx = x - x0;
                float hy = 1 - ly;
                float hx = 1 - lx;
                float topLeft = hy * hx, topRight = hy * lx, bottomLeft = ly * hx, bottomRight = ly * lx;
                int at = blockStart + (y0 * width + x0) * LANES;
                row0[ox] = masked(BilinearSample.blend(maps, at, LANES, below, topLeft, topRight, bottomLeft,
                        bottomRight), mask, factor);
                row1[ox] = masked(BilinearSample.blend(maps, at + 1, LANES, below, topLeft, topRight, bottomLeft,
                        bottomRight), mask, factor);
                row2[ox] = masked(BilinearSample.blend(maps, at + 2, LANES, below, topLeft, topRight, bottomLeft,
                        bottomRight), mask, factor);
                if (endLane == LANES) {
                    row3[ox] = masked(BilinearSample.blend(maps, at + 3, LANES, below, topLeft, topRight,
                            bottomLeft, bottomRight), mask, factor);
                }
            } else {
                for (int lane = firstLane; lane < endLane; lane++) {
                    sampledRows[firstLaneChannel + lane][ox] = masked(BilinearSample.interpolateAtEdge(maps,
                            blockStart + lane, LANES, height, width, y, x), mask, factor);
                }
            }
        }
    }

    /** The row of the run's channel {@code channel}, or {@code outside} for a lane that holds none of the run. */
    private float[] laneRow(int channel, float[] outside) {
        return channel >= 0 && channel < channels ? sampledRows[channel] : outside;
    }

    /** The sample times the mask's factor, or the sample itself without a mask. */
    private static float masked(float value, float[] mask, float factor) {
        return mask == null ? value : value * factor;
    }
}
