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

    /** {@code y = deform_conv2d(x, w, offset, mask, b)} on all the machine's threads; {@code mask} and {@code b} may be null. */
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
        if (parallelism == null) {
            throw new InvalidArgumentException("parallelism is missing");
        }
        compute(x, w, offset, mask, b, p, out, parallelism);
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
        int bands = parallelism.bands(ho, workPerRow);
        if (bands == 1) {
            computeRows(x, w, offset, mask, b, p, out, 0, ho);
        } else {
            Parallelism.run(bands, ho, (first, end) -> computeRows(x, w, offset, mask, b, p, out, first, end));
        }
    }

    /**
     * Output rows {@code [firstRow, endRow)}, one output row of one group at a time through {@link TapRows}: the
     * tap {@code (cg, i, j)} of output row {@code oy} is the row of its masked samples (see {@link #sampleRow}),
     * weighed by {@code w[co, cg, i, j]} for output channel {@code co}. Each output row has samples of its own, so
     * nothing is kept from one row to the next.
     */
    private static void computeRows(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p,
                                    Tensor y, int firstRow, int endRow) {
        int cout = w.dim(0), cinPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int coutPerGroup = cout / p.groups();
        int tapsPerOutputChannel = cinPerGroup * kh * kw;
        int channelsPerOffsetGroup = x.dim(0) / p.offsetGroups();
        int ho = y.dim(1), wo = y.dim(2);
        float[] weights = w.data();
        float[] bias = b == null ? null : b.data();
        float[] out = y.data();
        TapRows rows = TapRows.forThisThread();
        for (int g = 0; g < p.groups(); g++) {
            int coFirst = g * coutPerGroup;
            rows.prepare(cinPerGroup, kh, kw, kh, wo, false);
            for (int oy = firstRow; oy < endRow; oy++) {
                rows.clearTaps();
                for (int cg = 0; cg < cinPerGroup; cg++) {
                    int channel = g * cinPerGroup + cg;
                    int offsetGroup = channel / channelsPerOffsetGroup;
                    for (int i = 0; i < kh; i++) {
                        int slot = rows.slot(cg, i, oy);
                        for (int j = 0; j < kw; j++) {
                            float[] row = rows.row(slot, j);
                            sampleRow(x, channel, oy, i, j, offset, mask, (offsetGroup * kh + i) * kw + j, p.window(),
                                    row);
                            rows.addTap(row, ((coFirst * cinPerGroup + cg) * kh + i) * kw + j);
                        }
                    }
                }
                for (int co = coFirst; co < coFirst + coutPerGroup; co++) {
                    rows.writeRow(weights, (co - coFirst) * tapsPerOutputChannel, bias == null ? 0f : bias[co], out,
                            (co * ho + oy) * wo);
                }
            }
        }
    }

    /**
     * Fills {@code sampled[ox]}, {@code ox < Wo}, with {@code mask[tap, oy, ox] * bilinear(x[channel], py, px)}, the
     * deformed position of kernel tap {@code (i, j)} at output {@code (oy, ox)} being
     * {@code py = oy*sH - top + i*dH + offset[2*tap, oy, ox]},
     * {@code px = ox*sW - left + j*dW + offset[2*tap + 1, oy, ox]}.
     */
    private static void sampleRow(Tensor x, int channel, int oy, int i, int j, Tensor offset, Tensor mask, int tap,
                                  Window2d window, float[] sampled) {
        int h = x.dim(1), wd = x.dim(2);
        int ho = offset.dim(1), wo = offset.dim(2);
        int positions = ho * wo;
        float[] input = x.data();
        float[] offsets = offset.data();
        int plane = channel * h * wd;
        int dyRow = 2 * tap * positions + oy * wo;
        int dxRow = dyRow + positions;
        int regularY = oy * window.strideH() + i * window.dilationH() - window.pads().top();
        int firstX = j * window.dilationW() - window.pads().left();
        int strideW = window.strideW();
        for (int ox = 0; ox < wo; ox++) {
            sampled[ox] = BilinearSample.interpolate(input, plane, h, wd, regularY + offsets[dyRow + ox],
                    firstX + ox * strideW + offsets[dxRow + ox]);
        }
        if (mask != null) {
            float[] masks = mask.data();
            int maskRow = tap * positions + oy * wo;
            for (int ox = 0; ox < wo; ox++) {
                sampled[ox] *= masks[maskRow + ox];
            }
        }
    }
}
