package org.convatlas.compute;

import java.util.Arrays;

/**
 * 2-D convolution with PyTorch semantics: {@code x [Cin, H, W]}, {@code w [Cout, Cin/groups, kH, kW]},
 * optional {@code b [Cout]}, giving {@code y [Cout, Ho, Wo]} with
 * {@code Ho = floor((H + top + bottom - dH*(kH-1) - 1) / sH) + 1} (likewise {@code Wo}).
 *
 * <pre>
 * y[co, oy, ox] = b[co] + sum over ci in co's group, i &lt; kH, j &lt; kW of
 *                 x[ci, oy*sH - top + i*dH, ox*sW - left + j*dW] * w[co, ci - g*Cin/groups, i', j']
 * </pre>
 * where {@code (i', j') = (i, j)} for cross-correlation and {@code (kH-1-i, kW-1-j)} when
 * {@code flip} is set (true convolution), and cells outside {@code x} read 0. Output channel
 * {@code co} belongs to group {@code g = co / (Cout/groups)}, which reads input channels
 * {@code g*Cin/groups ... (g+1)*Cin/groups - 1}.
 */
public final class Conv2d {

    private Conv2d() {
    }

    /** Checks the shapes and parameters and returns the output shape {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] w, Conv2dParams p) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("weights w", w, 4, "[Cout, Cin/groups, kH, kW]");
        int cin = x[0];
        int cout = w[0];
        Checks.divides("groups", p.groups(), "input channels", cin);
        Checks.divides("groups", p.groups(), "output channels", cout);
        Checks.equal("weights' input channels w.shape[1]", w[1], "input channels / groups", cin / p.groups());
        int ho = p.window().outputHeight(x[1], w[2]);
        int wo = p.window().outputWidth(x[2], w[3]);
        return new int[] {cout, ho, wo};
    }

    /** Checks every argument (including the optional bias) and returns the output shape {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(Tensor x, Tensor w, Tensor b, Conv2dParams p) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("weights w", w, 4, "[Cout, Cin/groups, kH, kW]");
        int[] shape = outputShape(x.shape(), w.shape(), p);
        Checks.bias(b, shape[0]);
        return shape;
    }

    /** {@code y = conv2d(x, w, b)}; {@code b} may be null. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, Conv2dParams p) {
        Tensor out = Tensor.zeros(outputShape(x, w, b, p));
        compute(x, w, b, p, out);
        return out;
    }

    /** Writes {@code conv2d(x, w, b)} into {@code out}, which must have the output shape. Allocates nothing. */
    public static void apply(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor out) {
        Checks.shape("output", out, outputShape(x, w, b, p));
        compute(x, w, b, p, out);
    }

    /**
     * The direct convolution, one output row at a time: the row starts as the bias, then every kernel tap
     * {@code (i, j)} of every input channel of the group adds {@code weight * x[ci, iy, ox*sW + j*dW - left]}
     * to the row's columns {@code ox} in the tap's interior (where that input column exists). Rows {@code iy}
     * and columns outside the input are padding and are skipped, not read. The row stays in cache while
     * all its taps are added.
     */
    private static void compute(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor out) {
        float[] in = x.data();
        float[] kernel = w.data();
        float[] bias = b == null ? null : b.data();
        float[] y = out.data();
        int h = x.dim(1), width = x.dim(2);
        int cout = w.dim(0), cinPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int ho = out.dim(1), wo = out.dim(2);
        int coutPerGroup = cout / p.groups();
        boolean flip = p.flip();
        Window2d win = p.window();
        int sh = win.strideH(), sw = win.strideW(), dh = win.dilationH(), dw = win.dilationW();
        int top = win.pads().top(), left = win.pads().left();

        for (int co = 0; co < cout; co++) {
            int firstInputChannel = co / coutPerGroup * cinPerGroup;
            float rowStart = bias == null ? 0f : bias[co];
            for (int oy = 0; oy < ho; oy++) {
                int outRow = (co * ho + oy) * wo;
                Arrays.fill(y, outRow, outRow + wo, rowStart);
                // kernel rows i read input row iy = oy*sH - top + i*dH; only those inside the input count
                int iy0 = oy * sh - top;
                int iFirst = StridedRows.firstInside(iy0, dh);
                int iEnd = StridedRows.endInside(iy0, dh, h, kh);
                for (int j = 0; j < kw; j++) {
                    // output column ox reads input column ox*sW + shift; only columns inside the input count
                    int shift = j * dw - left;
                    int oxFirst = StridedRows.firstInside(shift, sw);
                    int count = StridedRows.endInside(shift, sw, width, wo) - oxFirst;
                    int wj = flip ? kw - 1 - j : j;
                    for (int cg = 0; cg < cinPerGroup; cg++) {
                        int inPlane = (firstInputChannel + cg) * h;
                        int taps = (co * cinPerGroup + cg) * kh * kw;
                        for (int i = iFirst; i < iEnd; i++) {
                            int inRow = (inPlane + iy0 + i * dh) * width;
                            float weight = kernel[taps + (flip ? kh - 1 - i : i) * kw + wj];
                            StridedRows.addScaled(y, outRow + oxFirst, 1, in, inRow + oxFirst * sw + shift, sw, count,
                                    weight);
                        }
                    }
                }
            }
        }
    }
}
