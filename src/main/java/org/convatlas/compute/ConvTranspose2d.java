package org.convatlas.compute;

import java.util.Arrays;

/**
 * Transposed 2-D convolution with PyTorch semantics: {@code x [Cin, H, W]}, {@code w [Cin, Cout/groups, kH, kW]},
 * optional {@code b [Cout]}, giving {@code y [Cout, Ho, Wo]}, {@code Cout = w.shape[1] * groups},
 * {@code Ho = (H-1)*sH - top - bottom + dH*(kH-1) + outputPaddingH + 1}.
 * Scatter form: every input value {@code x[ci, iy, ix]} adds {@code x * w[ci, co', i, j]} to the full output
 * at {@code (iy*sH + i*dH, ix*sW + j*dW)}; the pads are then cut from the full output's border. Input channel
 * {@code ci} belongs to group {@code g = ci / (Cin/groups)} and writes output channels
 * {@code co = g*Cout/groups + co'}. The output padding adds rows/columns at the bottom/right; where the full
 * output does not reach them they hold only the bias.
 *
 * <p>With the same weights, window and groups this is the adjoint of {@link Conv2d} (without bias, flip off):
 * {@code <conv2d(x), y> = <x, convTranspose2d(y)>} when the output padding makes the sizes match.
 */
public final class ConvTranspose2d {

    private ConvTranspose2d() {
    }

    /** Checks the shapes and parameters and returns {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] w, ConvTranspose2dParams p) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("weights w", w, 4, "[Cin, Cout/groups, kH, kW]");
        int cin = x[0];
        Checks.divides("groups", p.groups(), "input channels", cin);
        Checks.equal("weights' input channels w.shape[0]", w[0], "input channels", cin);
        Window2d win = p.window();
        Pads2d pads = win.pads();
        int ho = ConvArithmetic.transposedOutputSize("height", x[1], pads.top(), pads.bottom(), w[2], win.strideH(),
                win.dilationH(), p.outputPaddingH());
        int wo = ConvArithmetic.transposedOutputSize("width", x[2], pads.left(), pads.right(), w[3], win.strideW(),
                win.dilationW(), p.outputPaddingW());
        return new int[] {w[1] * p.groups(), ho, wo};
    }

    /** Checks every argument (including the optional bias) and returns {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("weights w", w, 4, "[Cin, Cout/groups, kH, kW]");
        int[] shape = outputShape(x.shape(), w.shape(), p);
        Checks.bias(b, shape[0]);
        return shape;
    }

    /** {@code y = convTranspose2d(x, w, b)}; {@code b} may be null. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        Tensor out = Tensor.zeros(outputShape(x, w, b, p));
        compute(x, w, b, p, out);
        return out;
    }

    /** Writes the result into {@code out}, which must have the output shape. Allocates nothing. */
    public static void apply(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p, Tensor out) {
        Checks.shape("output", out, outputShape(x, w, b, p));
        compute(x, w, b, p, out);
    }

    /**
     * The scatter, one input row at a time: each output plane starts as its bias, then for every input row
     * {@code iy} of the group and every kernel tap {@code (i, j)}, the row times the tap's weight is added to
     * output row {@code iy*sH + i*dH - top}, input column {@code ix} landing on output column
     * {@code ix*sW + j*dW - left}. Rows and columns that land in the cut pads are skipped, not written.
     */
    private static void compute(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p, Tensor out) {
        float[] in = x.data();
        float[] kernel = w.data();
        float[] bias = b == null ? null : b.data();
        float[] y = out.data();
        int h = x.dim(1), width = x.dim(2);
        int coutPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int cinPerGroup = x.dim(0) / p.groups();
        int cout = out.dim(0), ho = out.dim(1), wo = out.dim(2);
        Window2d win = p.window();
        int sh = win.strideH(), sw = win.strideW(), dh = win.dilationH(), dw = win.dilationW();
        int top = win.pads().top(), left = win.pads().left();

        for (int co = 0; co < cout; co++) {
            int group = co / coutPerGroup;
            int outPlane = co * ho;
            Arrays.fill(y, outPlane * wo, (outPlane + ho) * wo, bias == null ? 0f : bias[co]);
            for (int cg = 0; cg < cinPerGroup; cg++) {
                int ci = group * cinPerGroup + cg;
                int taps = (ci * coutPerGroup + co - group * coutPerGroup) * kh * kw;
                for (int iy = 0; iy < h; iy++) {
                    int inRow = (ci * h + iy) * width;
                    // kernel row i writes output row oy0 + i*dH; only rows inside the output count
                    int oy0 = iy * sh - top;
                    int iFirst = StridedRows.firstInside(oy0, dh);
                    int iEnd = StridedRows.endInside(oy0, dh, ho, kh);
                    for (int i = iFirst; i < iEnd; i++) {
                        int outRow = (outPlane + oy0 + i * dh) * wo;
                        for (int j = 0; j < kw; j++) {
                            // input column ix writes output column ix*sW + shift
                            int shift = j * dw - left;
                            int ixFirst = StridedRows.firstInside(shift, sw);
                            int ixEnd = StridedRows.endInside(shift, sw, wo, width);
                            StridedRows.addScaled(y, outRow + ixFirst * sw + shift, sw, in, inRow + ixFirst, 1,
                                    ixEnd - ixFirst, kernel[taps + i * kw + j]);
                        }
                    }
                }
            }
        }
    }
}
