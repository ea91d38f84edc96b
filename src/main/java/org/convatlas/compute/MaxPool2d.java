package org.convatlas.compute;

/**
 * Max pooling over {@code x [C, H, W]}: each output is the largest input inside its window; padding never
 * wins. Also returns, per output, the flat index {@code h*W + w} of the winner within its own channel
 * (PyTorch's {@code return_indices}); on a tie the first cell in row-major window order wins.
 *
 * <pre>
 * y[c, oy, ox] = max over cells (h, w) of x inside the window of x[c, h, w],
 *   window rows    oy*sH - top  ... oy*sH - top + kH - 1,
 *   window columns ox*sW - left ... ox*sW - left + kW - 1
 * </pre>
 * with {@code Ho = floor((H + top + bottom - kH) / sH) + 1} (likewise {@code Wo}; no ceil mode). Since every
 * pad is at most half the kernel, every window holds at least one cell of {@code x}, so all-negative inputs
 * give negative maxima. A NaN inside a window wins, as in PyTorch.
 */
public final class MaxPool2d {

    /**
     * The most cells ({@code H*W}) an input channel may have: indices are stored as floats, which hold every whole
     * number up to {@code 2^24} exactly.
     */
    static final int MAX_CELLS_PER_CHANNEL = 1 << 24;

    /** The pooled values {@code [C, Ho, Wo]} and their indices (integers stored as floats) of the same shape. */
    public record Result(Tensor values, Tensor indices) {
    }

    private MaxPool2d() {
    }

    /**
     * Checks the input shape and parameters and returns the output shape {@code [C, Ho, Wo]}, shared by
     * {@link AvgPool2d}.
     */
    public static int[] outputShape(int[] x, Pool2dParams p) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        Checks.present("pooling parameters", p);
        Window2d window = p.window();
        return new int[] {x[0], window.outputHeight(x[1], p.kernelH()), window.outputWidth(x[2], p.kernelW())};
    }

    /** The maxima and their indices. */
    public static Result apply(Tensor x, Pool2dParams p) {
        PoolWindows windows = PoolWindows.over(x, p);
        long cells = (long) x.dim(1) * x.dim(2);
        if (cells > MAX_CELLS_PER_CHANNEL) {
            throw new InvalidArgumentException("input x has " + cells + " cells per channel; indices stored as floats"
                    + " are exact only up to " + MAX_CELLS_PER_CHANNEL);
        }
        Result result = new Result(Tensor.zeros(windows.outputShape()), Tensor.zeros(windows.outputShape()));
        compute(x, windows, result.values().data(), result.indices().data());
        return result;
    }

    private static void compute(Tensor x, PoolWindows windows, float[] values, float[] indices) {
        float[] xs = x.data();
        int w = x.dim(2);
        windows.forEach((o, plane, rowFirst, rowEnd, columnFirst, columnEnd) -> {
            int best = rowFirst * w + columnFirst;
            float max = xs[plane + best];
            for (int row = rowFirst; row < rowEnd; row++) {
                for (int cell = row * w + columnFirst; cell < row * w + columnEnd; cell++) {
                    float v = xs[plane + cell];
                    if (v > max || v != v) { // strictly larger: the first of equal maxima stays; v != v: NaN wins
                        max = v;
                        best = cell;
                    }
                }
            }
            values[o] = max;
            indices[o] = best;
        });
    }
}
