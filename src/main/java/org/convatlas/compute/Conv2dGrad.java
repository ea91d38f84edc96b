package org.convatlas.compute;

import java.util.Arrays;

/**
 * The gradients of {@link Conv2d}: for {@code y = conv2d(x, w, b)} and an output gradient {@code dy} of {@code y}'s
 * shape {@code [Cout, Ho, Wo]}, the gradients of {@code sum(y * dy)}. With {@code (iy, ix)} the input cell that
 * tap {@code (i, j)} of output cell {@code (oy, ox)} reads, {@code (oy*sH - top + i*dH, ox*sW - left + j*dW)},
 * <pre>
 * db[co]            = sum over oy, ox of dy[co, oy, ox]
 * dw[co, cg, i, j]  = sum over oy, ox of dy[co, oy, ox] * x[g*Cin/groups + cg, iy, ix]
 * dx[ci, iy, ix]    = sum over the (co in ci's group, oy, ox, i, j) that read (iy, ix)
 *                     of dy[co, oy, ox] * w[co, ci - g*Cin/groups, i, j]
 * </pre>
 * (with {@code (kH-1-i, kW-1-j)} in place of {@code (i, j)} in {@code w} when {@code flip} is set). {@code dw} is the
 * cross-correlation of {@code x} with {@code dy} dilated by the stride. {@code dx} is the full convolution of
 * {@code dy}, with {@code sH-1} zeros inserted between its rows and {@code sW-1} between its columns, with the kernel
 * rotated 180°: exactly {@code conv_transpose2d(dy, w)} under {@link #inputGradientParams}. Input cells that no
 * window reads (skipped by a stride larger than the kernel, or dropped by the rounding-down of {@code Ho}) get 0.
 */
public final class Conv2dGrad {

    /** {@code dx} of {@code x}'s shape, {@code dw} of {@code w}'s shape and {@code db [Cout]}. */
    public record Gradients(Tensor dx, Tensor dw, Tensor db) {
    }

    private Conv2dGrad() {
    }

    /**
     * The parameters under which {@code conv_transpose2d(dy, w)} is {@code dx} (for {@code flip} false): the same
     * window and groups, and output padding {@code (H + top + bottom - dH*(kH-1) - 1) mod sH} (likewise for the
     * width), the rows and columns the rounding-down of {@code Ho} left over, so that the result is {@code H x W}.
     * The weights {@code [Cout, Cin/groups, kH, kW]} are already in the transposed layout {@code [Cin', Cout'/groups,
     * kH, kW]} with {@code Cin' = Cout}.
     *
     * @param x the input shape {@code [Cin, H, W]}
     * @param w the weight shape {@code [Cout, Cin/groups, kH, kW]}
     * @throws InvalidArgumentException as {@link Conv2d#outputShape(int[], int[], Conv2dParams)}
     */
    public static ConvTranspose2dParams inputGradientParams(int[] x, int[] w, Conv2dParams p) {
        Conv2d.outputShape(x, w, p);
        Window2d win = p.window();
        int paddingH = leftOver(x[1], win.pads().top(), win.pads().bottom(), w[2], win.strideH(), win.dilationH());
        int paddingW = leftOver(x[2], win.pads().left(), win.pads().right(), w[3], win.strideW(), win.dilationW());
        return new ConvTranspose2dParams(win, paddingH, paddingW, p.groups());
    }

    /** Cells of the padded input after the last window along one axis: {@code (n + p0 + p1 - d*(k-1) - 1) mod s}. */
    private static int leftOver(int n, int padBefore, int padAfter, int kernel, int stride, int dilation) {
        return (n + padBefore + padAfter - ConvArithmetic.reach(kernel, dilation)) % stride;
    }

    /**
     * Checks every argument: {@code x}, {@code w} and {@code p} as {@link Conv2d} does, and {@code dy} against the
     * output shape.
     */
    private static void check(Tensor x, Tensor w, Tensor dy, Conv2dParams p) {
        if (p == null) {
            throw new InvalidArgumentException("parameters are missing");
        }
        Checks.shape("output gradient dy", dy, Conv2d.outputShape(x, w, null, p));
    }

    /** The gradients {@code dx}, {@code dw}, {@code db} for output gradient {@code dy}. */
    public static Gradients apply(Tensor x, Tensor w, Tensor dy, Conv2dParams p) {
        check(x, w, dy, p);
        Gradients out = new Gradients(Tensor.zeros(x.shape()), Tensor.zeros(w.shape()), Tensor.zeros(w.dim(0)));
        compute(x, w, dy, p, out);
        return out;
    }

    /**
     * Writes the gradients into {@code out}, whose tensors must have the shapes of {@code x}, {@code w} and
     * {@code [Cout]}. Allocates nothing.
     */
    public static void apply(Tensor x, Tensor w, Tensor dy, Conv2dParams p, Gradients out) {
        check(x, w, dy, p);
        if (out == null) {
            throw new InvalidArgumentException("output gradients are missing");
        }
        Checks.shape("input gradient dx", out.dx(), x.shape());
        Checks.shape("weight gradient dw", out.dw(), w.shape());
        Checks.shape("bias gradient db", out.db(), w.dim(0));
        compute(x, w, dy, p, out);
    }

    /** Every product of the forward sum, sent back to both of its factors' gradients. */
    private static void compute(Tensor x, Tensor w, Tensor dy, Conv2dParams p, Gradients out) {
        float[] xs = x.data();
        float[] ws = w.data();
        float[] dys = dy.data();
        float[] xGrad = out.dx().data();
        float[] wGrad = out.dw().data();
        float[] bGrad = out.db().data();
        Arrays.fill(xGrad, 0f);
        Arrays.fill(wGrad, 0f);
        Arrays.fill(bGrad, 0f);
        int height = x.dim(1);
        int width = x.dim(2);
        int cout = w.dim(0);
        int cinPerGroup = w.dim(1);
        int kh = w.dim(2);
        int kw = w.dim(3);
        int coutPerGroup = cout / p.groups();
        int ho = dy.dim(1);
        int wo = dy.dim(2);
        Window2d win = p.window();
        int sh = win.strideH();
        int sw = win.strideW();
        int dh = win.dilationH();
        int dw = win.dilationW();
        int top = win.pads().top();
        int left = win.pads().left();
        boolean flip = p.flip();
        for (int co = 0; co < cout; co++) {
            int firstInputChannel = co / coutPerGroup * cinPerGroup;
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    float g = dys[(co * ho + oy) * wo + ox];
                    bGrad[co] += g;
                    for (int cg = 0; cg < cinPerGroup; cg++) {
                        int xPlane = (firstInputChannel + cg) * height;
                        int wPlane = (co * cinPerGroup + cg) * kh;
                        for (int i = 0; i < kh; i++) {
                            int iy = oy * sh - top + i * dh;
                            if (iy < 0 || iy >= height) {
                                continue; // the tap is on padding: no input cell, no weight gradient
                            }
                            int xRow = (xPlane + iy) * width;
                            int wRow = (wPlane + (flip ? kh - 1 - i : i)) * kw;
                            for (int j = 0; j < kw; j++) {
                                int ix = ox * sw - left + j * dw;
                                if (ix < 0 || ix >= width) {
                                    continue;
                                }
                                int xi = xRow + ix;
                                int wi = wRow + (flip ? kw - 1 - j : j);
                                xGrad[xi] += ws[wi] * g;
                                wGrad[wi] += xs[xi] * g;
                            }
                        }
                    }
                }
            }
        }
    }
}
