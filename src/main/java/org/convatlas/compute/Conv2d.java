package org.convatlas.compute;

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

    /** {@code y = conv2d(x, w, b)} on all the machine's threads; {@code b} may be null. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, Conv2dParams p) {
        Tensor out = Tensor.zeros(outputShape(x, w, b, p));
        compute(x, w, b, p, out, Parallelism.ALL);
        return out;
    }

    /**
     * Writes {@code conv2d(x, w, b)} into {@code out}, which must have the output shape, on all the machine's
     * threads. Allocates nothing once the threads have seen the shape.
     */
    public static void apply(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor out) {
        apply(x, w, b, p, out, Parallelism.ALL);
    }

    /** As {@link #apply(Tensor, Tensor, Tensor, Conv2dParams, Tensor)}, on at most {@code parallelism} threads. */
    public static void apply(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor out, Parallelism parallelism) {
        Checks.shape("output", out, outputShape(x, w, b, p));
        compute(x, w, b, p, out, Parallelism.required(parallelism));
    }

    /** Splits the output rows into bands (see {@link Parallelism}); each band runs {@link #computeRows}. */
    private static void compute(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor out, Parallelism parallelism) {
        int ho = out.dim(1);
        long workPerRow = (long) out.dim(0) * out.dim(2) * w.dim(1) * w.dim(2) * w.dim(3);
        parallelism.forEachBand(ho, workPerRow, (first, end) -> computeRows(x, w, b, p, out, first, end));
    }

    /**
     * The direct convolution of output rows {@code [firstRow, endRow)}, one output row of one group at a time,
     * through {@link TapRows}: the tap {@code (cg, i, j)} of output row {@code oy} is input row
     * {@code iy = oy*sH - top + i*dH} of the group's channel {@code cg}, shifted and strided so that its value
     * {@code ox} is {@code x[c, iy, ox*sW - left + j*dW]} (0 outside the input). Kernel rows whose {@code iy} is
     * padding are left out; the shifted rows of an input row are kept for the next output rows that read it.
     * Tap {@code (cg, i, j)} of output channel {@code co} weighs {@code w[co, cg, i', j']} (flipped indices when
     * {@code flip} is set).
     */
    static void computeRows(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor out, int firstRow, int endRow) {
        float[] in = x.data();
        float[] kernel = w.data();
        float[] bias = b == null ? null : b.data();
        float[] y = out.data();
        int h = x.dim(1), width = x.dim(2);
        int cout = w.dim(0), cinPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int ho = out.dim(1), wo = out.dim(2);
        int coutPerGroup = cout / p.groups();
        int tapsPerOutputChannel = cinPerGroup * kh * kw;
        boolean flip = p.flip();
        Window2d win = p.window();
        int sh = win.strideH(), sw = win.strideW(), dh = win.dilationH(), dw = win.dilationW();
        int top = win.pads().top(), left = win.pads().left();
        TapRows rows = TapRows.forThisThread();

        for (int g = 0; g < p.groups(); g++) {
            int coFirst = g * coutPerGroup;
            rows.prepare(cinPerGroup, kh, kw, ConvArithmetic.reach(kh, dh), wo, true);
            for (int oy = firstRow; oy < endRow; oy++) {
                rows.clearTaps();
                // kernel rows i read input row iy = oy*sH - top + i*dH; only those inside the input count
                int iy0 = oy * sh - top;
                int iEnd = StridedRows.endInside(iy0, dh, h, kh);
                for (int cg = 0; cg < cinPerGroup; cg++) {
                    int plane = (g * cinPerGroup + cg) * h;
                    for (int i = StridedRows.firstInside(iy0, dh); i < iEnd; i++) {
                        int iy = iy0 + i * dh;
                        int slot = rows.slot(cg, i, iy);
                        boolean fill = rows.claim(slot, iy);
                        int weightRow = (coFirst * cinPerGroup + cg) * kh + (flip ? kh - 1 - i : i);
                        for (int j = 0; j < kw; j++) {
                            float[] row = rows.row(slot, j);
                            if (fill) {
                                StridedRows.gather(row, wo, in, (plane + iy) * width, width, j * dw - left, sw);
                            }
                            rows.addTap(row, weightRow * kw + (flip ? kw - 1 - j : j));
                        }
                    }
                }
                for (int co = coFirst; co < coFirst + coutPerGroup; co++) {
                    rows.writeRow(kernel, (co - coFirst) * tapsPerOutputChannel, bias == null ? 0f : bias[co], y,
                            (co * ho + oy) * wo, 1, wo);
                }
            }
        }
    }
}
