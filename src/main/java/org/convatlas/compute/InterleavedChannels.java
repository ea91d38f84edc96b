package org.convatlas.compute;

/**
 * The input of {@link DeformConv2d} laid out cell by cell in blocks of {@link #LANES} channels, so that channels of
 * an offset group, which are sampled at the same positions, lie side by side. The {@code cg = Cin/G} channels of
 * offset group {@code g} form {@code nb = ceil(cg / LANES)} blocks; channel {@code c} is lane {@code c % LANES} of
 * block {@code b = c / LANES}, and at cell {@code (r, col)} of the {@code H x W} maps it is at
 * <pre>
 * data[((g*nb + b)*H*W + r*W + col)*LANES + c % LANES]
 * </pre>
 * A bilinear sample of a block then reads four runs of {@link #LANES} neighbouring values, one per corner, a fixed
 * {@link #LANES} apart from left to right ({@link BilinearRow}). The lanes past an offset group's last channel are
 * never read into a sample. One instance per thread; the array grows on demand and is kept.
 */
final class InterleavedChannels {

    /** The channels of a block. */
    static final int LANES = 4;

    private static final ThreadLocal<InterleavedChannels> PER_THREAD =
            ThreadLocal.withInitial(InterleavedChannels::new);

    private float[] data = new float[0];
    private int blocksPerGroup;
    private int cells;

    private InterleavedChannels() {
    }

    /** The calling thread's instance. */
    static InterleavedChannels forThisThread() {
        return PER_THREAD.get();
    }

    /** Lays out {@code x [Cin, H, W]} in {@code offsetGroups} groups as the class comment says. */
    void pack(Tensor x, int offsetGroups, Parallelism parallelism) {
        int h = x.dim(1), w = x.dim(2);
        int cg = x.dim(0) / offsetGroups;
        blocksPerGroup = (cg + LANES - 1) / LANES;
        cells = h * w;
        int needed = offsetGroups * blocksPerGroup * cells * LANES;
        if (data.length < needed) {
            data = new float[needed];
        }
        float[] in = x.data();
        float[] out = data;
        int nb = blocksPerGroup;
        parallelism.forEachBand(offsetGroups * h, (long) w * cg, (first, end) -> {
            for (int groupRow = first; groupRow < end; groupRow++) {
                int g = groupRow / h, r = groupRow % h;
                for (int c = 0; c < cg; c++) {
                    int source = ((g * cg + c) * h + r) * w;
                    int target = ((g * nb + c / LANES) * h + r) * w * LANES + c % LANES;
                    for (int col = 0; col < w; col++) {
                        out[target + col * LANES] = in[source + col];
                    }
                }
            }
        });
    }

    /** The values, laid out as the class comment says. */
    float[] data() {
        return data;
    }

    /** Where block {@code block} of offset group {@code g} starts: its lane 0 at the first cell. */
    int blockStart(int g, int block) {
        return (g * blocksPerGroup + block) * cells * LANES;
    }
}
