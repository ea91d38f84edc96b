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

    /** {@code y = deform_conv2d(x, w, offset, mask, b)}; {@code mask} and {@code b} may be null. */
    public static Tensor apply(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p) {
        Tensor y = Tensor.zeros(outputShape(x, w, offset, mask, b, p));
        compute(x, w, offset, mask, b, p, y);
        return y;
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

    /**
     * For every input channel and tap: first the row of its {@code Ho*Wo} masked samples, then that row times the
     * tap's weight added to every output channel of the group (the column-times-row form of the product of the
     * weights {@code [Cout, Cin/groups*kH*kW]} with the sampled columns {@code [Cin*kH*kW, Ho*Wo]}).
     */
    private static void compute(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p,
                                Tensor y) {
        int cin = x.dim(0);
        int cout = w.dim(0), cinPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int coutPerGroup = cout / p.groups();
        int channelsPerOffsetGroup = cin / p.offsetGroups();
        int positions = y.dim(1) * y.dim(2);
        float[] weights = w.data();
        float[] out = y.data();
        if (b != null) {
            for (int co = 0; co < cout; co++) {
                Arrays.fill(out, co * positions, (co + 1) * positions, b.data()[co]);
            }
        }
        float[] sampled = new float[positions];
        for (int ci = 0; ci < cin; ci++) {
            int group = ci / cinPerGroup;
            int cg = ci - group * cinPerGroup;
            int offsetGroup = ci / channelsPerOffsetGroup;
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    int tap = (offsetGroup * kh + i) * kw + j;
                    sampleTap(x, ci, i, j, offset, mask, tap, p.window(), sampled);
                    for (int co = group * coutPerGroup; co < (group + 1) * coutPerGroup; co++) {
                        float weight = weights[((co * cinPerGroup + cg) * kh + i) * kw + j];
                        int row = co * positions;
                        for (int q = 0; q < positions; q++) {
                            out[row + q] += weight * sampled[q];
                        }
                    }
                }
            }
        }
    }

    /**
     * Fills {@code sampled[oy*Wo + ox]} with {@code mask[tap, oy, ox] * bilinear(x[channel], py, px)}, the
     * deformed position of kernel tap {@code (i, j)} being
     * {@code py = oy*sH - top + i*dH + offset[2*tap, oy, ox]},
     * {@code px = ox*sW - left + j*dW + offset[2*tap + 1, oy, ox]}.
     */
    private static void sampleTap(Tensor x, int channel, int i, int j, Tensor offset, Tensor mask, int tap,
                                  Window2d window, float[] sampled) {
        int h = x.dim(1), wd = x.dim(2);
        int ho = offset.dim(1), wo = offset.dim(2);
        int positions = ho * wo;
        float[] input = x.data();
        float[] offsets = offset.data();
        int plane = channel * h * wd;
        int dyPlane = 2 * tap * positions;
        int dxPlane = dyPlane + positions;
        int firstY = i * window.dilationH() - window.pads().top();
        int firstX = j * window.dilationW() - window.pads().left();
        int strideH = window.strideH(), strideW = window.strideW();
        for (int oy = 0; oy < ho; oy++) {
            int regularY = firstY + oy * strideH;
            for (int ox = 0; ox < wo; ox++) {
                int regularX = firstX + ox * strideW;
                int q = oy * wo + ox;
                sampled[q] = BilinearSample.interpolate(input, plane, h, wd,
                        regularY + offsets[dyPlane + q], regularX + offsets[dxPlane + q]);
            }
        }
        if (mask != null) {
            float[] masks = mask.data();
            int maskPlane = tap * positions;
            for (int q = 0; q < positions; q++) {
                sampled[q] *= masks[maskPlane + q];
            }
        }
    }
}
