package org.convatlas.compute;

/**
 * The im2col unrolling that turns a convolution into one matrix product: every window of {@code x [C, H, W]} becomes
 * a row, every (channel, tap) a column,
 * <pre>
 * cols[oy*Wo + ox, (c*kH + i)*kW + j] = x[c, oy*sH - top + i*dH, ox*sW - left + j*dW]   (0 on padding)
 * </pre>
 * a {@code [Ho*Wo, C*kH*kW]} matrix. With weights {@code w [Cout, C, kH, kW]} flattened to {@code [Cout, C*kH*kW]},
 * {@code cols * w^T} is {@code conv2d(x, w)} with output cell {@code oy*Wo + ox} in row {@code oy*Wo + ox}; for one
 * channel and one kernel, {@code cols} times the kernel as a column is the convolution.
 */
public final class Im2col {

    private Im2col() {
    }

    /**
     * Checks the arguments and returns the shape {@code [Ho*Wo, C*kH*kW]}.
     *
     * @param x the input shape {@code [C, H, W]}
     */
    public static int[] outputShape(int[] x, int kernelH, int kernelW, Window2d window) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        int[] y = Conv2d.outputShape(x, new int[] {1, x[0], kernelH, kernelW}, new Conv2dParams(window, 1, false));
        return new int[] {y[1] * y[2], x[0] * kernelH * kernelW};
    }

    /** The unrolled windows of {@code x [C, H, W]} for a {@code kernelH x kernelW} kernel. */
    public static Tensor apply(Tensor x, int kernelH, int kernelW, Window2d window) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        Tensor out = Tensor.zeros(outputShape(x.shape(), kernelH, kernelW, window));
        compute(x, kernelH, kernelW, window, out);
        return out;
    }

    /** Writes the unrolled windows into {@code out [Ho*Wo, C*kH*kW]}. Allocates nothing. */
    public static void apply(Tensor x, int kernelH, int kernelW, Window2d window, Tensor out) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        Checks.shape("output", out, outputShape(x.shape(), kernelH, kernelW, window));
        compute(x, kernelH, kernelW, window, out);
    }

    private static void compute(Tensor x, int kh, int kw, Window2d window, Tensor out) {
        float[] in = x.data();
        float[] cols = out.data();
        int channels = x.dim(0);
        int height = x.dim(1);
        int width = x.dim(2);
        int wo = window.outputWidth(width, kw);
        int sh = window.strideH();
        int sw = window.strideW();
        int dh = window.dilationH();
        int dw = window.dilationW();
        int top = window.pads().top();
        int left = window.pads().left();
        int rowLength = channels * kh * kw;
        for (int r = 0; r < out.dim(0); r++) {
            int oy = r / wo;
            int ox = r % wo;
            int col = r * rowLength;
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < kh; i++) {
                    int iy = oy * sh - top + i * dh;
                    boolean rowInside = iy >= 0 && iy < height;
                    int xRow = (c * height + iy) * width;
                    for (int j = 0; j < kw; j++, col++) {
                        int ix = ox * sw - left + j * dw;
                        cols[col] = rowInside && ix >= 0 && ix < width ? in[xRow + ix] : 0f;
                    }
                }
            }
        }
    }
}
