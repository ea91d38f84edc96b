package org.convatlas.compute;

/**
 * The input of {@link DeformConv2d} laid out cell by cell, so that the channels of an offset group, which are
 * sampled at the same positions, lie side by side: channel {@code c} of offset group {@code g} (each group has
 * {@code cg = Cin/G} channels) at cell {@code (r, col)} of the {@code H x W} maps is at
 * <pre>
 * data[((g*H + r)*W + col)*cg + c]
 * </pre>
 * A bilinear sample of four neighbouring channels then reads four runs of neighbouring values ({@link BilinearRow})
 * instead of sixteen values from four maps. The array has {@link BilinearRow#CHUNK} values more than the maps, so a
 * run of four read from the last cell's channels stays inside it. One instance per thread; the array grows on
 * demand and is kept.
 */
final class InterleavedChannels {

    private static final ThreadLocal<InterleavedChannels> PER_THREAD =
            ThreadLocal.withInitial(InterleavedChannels::new);

    private float[] data = new float[0];
    private int channelsPerGroup;

    private InterleavedChannels() {
    }

    /** The calling thread's instance. */
    static InterleavedChannels forThisThread() {
        return PER_THREAD.get();
    }

    /** Lays out {@code x [Cin, H, W]} in {@code offsetGroups} groups as the class comment says. */
    void pack(Tensor x, int offsetGroups, Parallelism parallelism) {
        int h = x.dim(1), w = x.dim(2);
        channelsPerGroup = x.dim(0) / offsetGroups;
        int needed = x.size() + BilinearRow.CHUNK;
        if (data.length < needed) {
            data = new float[needed];
        }
        float[] in = x.data();
        float[] out = data;
        int cg = channelsPerGroup;
        parallelism.forEachBand(offsetGroups * h, (long) w * cg, (first, end) -> {
            for (int groupRow = first; groupRow < end; groupRow++) {
                int g = groupRow / h, r = groupRow % h;
                int rowStart = groupRow * w * cg;
                for (int c = 0; c < cg; c++) {
                    int source = ((g * cg + c) * h + r) * w;
                    for (int col = 0; col < w; col++) {
                        out[rowStart + col * cg + c] = in[source + col];
                    }
                }
            }
        });
    }

    /** The values, laid out as the class comment says. */
    float[] data() {
        return data;
    }

    /** {@code cg}: the channels of an offset group, which is also the step from one cell to the next. */
    int cellStride() {
        return channelsPerGroup;
    }

    /** Where channel {@code c} (0 &lt;= c &lt; cg) of offset group {@code g}'s first cell is. */
    int mapStart(int g, int c, int h, int w) {
        return g * h * w * channelsPerGroup + c;
    }
}
