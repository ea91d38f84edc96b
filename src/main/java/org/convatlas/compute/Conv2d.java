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

    private static void compute(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor out) {
        Conv2dReference.compute(x, w, b, p, out);
    }
}
