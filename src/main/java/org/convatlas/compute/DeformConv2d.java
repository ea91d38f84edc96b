package org.convatlas.compute;

import java.util.Arrays;

/**
 * Deformable convolution (torchvision {@code deform_conv2d}, v2 with the optional mask): a {@link Conv2d} whose
 * every tap reads the input at a learned, real-valued displacement from its regular place.
 *
 * <p>Shapes: {@code x [Cin, H, W]}, {@code w [Cout, Cin/groups, kH, kW]}, {@code offset [2*kH*kW*G, Ho, Wo]},
 * optional {@code mask [kH*kW*G, Ho, Wo]}, optional {@code b [Cout]}, giving {@code y [Cout, Ho, Wo]} with
 * {@code Ho}, {@code Wo} as for {@link Conv2d}; {@code G} is the number of offset groups. Input channel {@code c}
 * uses offset group {@code g = floor(c / (Cin/G))}; its tap {@code (i, j)} is tap number
 * {@code t = (g*kH + i)*kW + j}, whose displacement at output {@code (oy, ox)} is
 * {@code dy = offset[2t, oy, ox]}, {@code dx = offset[2t + 1, oy, ox]} and whose mask is {@code mask[t, oy, ox]}
 * (1 without a mask). Then
 * <pre>
 * y[co, oy, ox] = b[co] + sum over ci in co's group, i &lt; kH, j &lt; kW of
 *                 w[co, ci - grp*Cin/groups, i, j] * mask[t, oy, ox]
 *                 * bilinear(x[ci], oy*sH - top + i*dH + dy, ox*sW - left + j*dW + dx)
 * </pre>
 * with {@code bilinear} the sample of {@link BilinearSample} (0 outside the input) and groups as in
 * {@link Conv2d}. Zero offsets and an all-ones mask give exactly {@code conv2d}.
 */
public final class DeformConv2d {

    private DeformConv2d() {
    }

    /** Checks the shapes and parameters of {@code x} and {@code w} and returns the output shape {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] w, DeformConv2dParams p) {
        int[] y = Conv2d.outputShape(x, w, regularConvolution(p));
        Checks.divides("offset groups", p.offsetGroups(), "input channels", x[0]);
        return y;
    }

    /**
     * Checks every argument ({@code mask} and {@code b} may be null) and returns the output shape
     * {@code [Cout, Ho, Wo]}.
     */
    public static int[] outputShape(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p) {
        int[] y = Conv2d.outputShape(x, w, b, regularConvolution(p));
        Checks.divides("offset groups", p.offsetGroups(), "input channels", x.dim(0));
        int taps = w.dim(2) * w.dim(3) * p.offsetGroups();
        checkPerTap("offset", offset, "[2*kH*kW*offset groups, Ho, Wo]", 2 * taps, y[1], y[2]);
        if (mask != null) {
            checkPerTap("mask", mask, "[kH*kW*offset groups, Ho, Wo]", taps, y[1], y[2]);
        }
        return y;
    }

    /**
     * {@code y = deform_conv2d(x, w, offset, mask, b)} on all the machine's threads; {@code mask} and {@code b} may
     * be null.
     */
    public static Tensor apply(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p) {
        Tensor y = Tensor.zeros(outputShape(x, w, offset, mask, b, p));
        compute(x, w, offset, mask, b, p, y, Parallelism.ALL);
        return y;
    }

    /**
     * Writes {@code deform_conv2d(x, w, offset, mask, b)} into {@code out}, which must have the output shape, on at
     * most {@code parallelism} threads. Allocates nothing once the threads have seen the shape.
     */
    public static void apply(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p,
                             Tensor out, Parallelism parallelism) {
        Checks.shape("output", out, outputShape(x, w, offset, mask, b, p));
        compute(x, w, offset, mask, b, p, out, Parallelism.required(parallelism));
    }

    /** The plain convolution with the same window and groups, whose checks and sizes this operation shares. */
    private static Conv2dParams regularConvolution(DeformConv2dParams p) {
        return new Conv2dParams(p.window(), p.groups(), false);
    }

    private static void checkPerTap(String name, Tensor t, String layout, int... expected) {
        Checks.rank(name, t, 3, layout);
        if (!t.hasShape(expected)) {
            throw new InvalidArgumentException(name + " must have shape " + layout + " = " + Arrays.toString(expected)
                    + " (got " + Arrays.toString(t.shape()) + ")");
        }
    }

    /** Splits the output rows into bands (see {@link Parallelism}); each band runs {@link #computeRows}. */
    private static void compute(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p,
                                Tensor out, Parallelism parallelism) {
        int ho = out.dim(1);
        long workPerRow = (long) out.dim(0) * out.dim(2) * w.dim(1) * w.dim(2) * w.dim(3);
        InterleavedChannels maps = InterleavedChannels.forThisThread();
        maps.pack(x, p.offsetGroups(), parallelism);
        parallelism.forEachBand(ho, workPerRow,
                (first, end) -> computeRows(x, maps, w, offset, mask, b, p, out, first, end));
    }

    /**
     * Output rows {@code [firstRow, endRow)}, one output row of one group at a time through {@link TapRows}: the
     * tap {@code (cg, i, j)} of output row {@code oy} is the row of its masked samples, weighed by
     * {@code w[co, cg, i, j]} for output channel {@code co}. The sample positions of a tap are located once per
     * offset group ({@link BilinearRow}) and sampled in each of its channels, read from {@code maps}, the input
     * laid out by {@link InterleavedChannels}. Each output row has samples of its own, so nothing is kept from one
     * row to the next.
     */
    private static void computeRows(Tensor x, InterleavedChannels maps, Tensor w, Tensor offset, Tensor mask,
                                    Tensor b, DeformConv2dParams p, Tensor y, int firstRow, int endRow) {
        int h = x.dim(1), width = x.dim(2);
        int cout = w.dim(0), cinPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int coutPerGroup = cout / p.groups();
        int tapsPerOutputChannel = cinPerGroup * kh * kw;
        int channelsPerOffsetGroup = x.dim(0) / p.offsetGroups();
        int ho = y.dim(1), wo = y.dim(2);
        int positions = ho * wo;
        Window2d win = p.window();
        float[] offsets = offset.data();
        float[] masks = mask == null ? null : mask.data();
        float[] weights = w.data();
        float[] bias = b == null ? null : b.data();
        float[] out = y.data();
        TapRows rows = TapRows.forThisThread();
        BilinearRow sampler = BilinearRow.forThisThread();
        for (int g = 0; g < p.groups(); g++) {
            int coFirst = g * coutPerGroup;
            rows.prepare(cinPerGroup, kh, kw, kh, wo, false);
            for (int oy = firstRow; oy < endRow; oy++) {
                rows.clearTaps();
                for (int i = 0; i < kh; i++) {
                    int regularY = oy * win.strideH() + i * win.dilationH() - win.pads().top();
                    for (int j = 0; j < kw; j++) {
                        int firstX = j * win.dilationW() - win.pads().left();
                        // the group's channels, run by run of channels that share an offset group
                        for (int cg = 0; cg < cinPerGroup; ) {
                            int offsetGroup = (g * cinPerGroup + cg) / channelsPerOffsetGroup;
                            int runEnd = Math.min(cinPerGroup,
                                    (offsetGroup + 1) * channelsPerOffsetGroup - g * cinPerGroup);
                            sampler.startRun(offsetGroup,
                                    g * cinPerGroup + cg - offsetGroup * channelsPerOffsetGroup);
                            for (; cg < runEnd; cg++) {
                                float[] row = rows.row(rows.slot(cg, i, oy), j);
                                sampler.addChannel(row);
                                rows.addTap(row, ((coFirst * cinPerGroup + cg) * kh + i) * kw + j);
                            }
                            int tap = (offsetGroup * kh + i) * kw + j;
                            int rowStart = tap * positions + oy * wo;
                            sampler.sample(maps, h, width, offsets, rowStart + tap * positions,
                                    rowStart + (tap + 1) * positions, regularY, firstX, win.strideW(), masks, rowStart,
                                    wo);
                        }
                    }
                }
                for (int co = coFirst; co < coFirst + coutPerGroup; co++) {
                    rows.writeRow(weights, (co - coFirst) * tapsPerOutputChannel, bias == null ? 0f : bias[co], out,
                            (co * ho + oy) * wo, 1, wo);
                }
            }
        }
    }
}
