package org.convatlas.compute;

/**
 * Max pooling over {@code x [C, H, W]}: each output is the largest input inside its window; padding never
 * wins. Also returns, per output, the flat index {@code h*W + w} of the winner within its own channel
 * (PyTorch's {@code return_indices}); on a tie the first cell in row-major window order wins.
 */
public final class MaxPool2d {

    /** The pooled values {@code [C, Ho, Wo]} and their indices (integers stored as floats) of the same shape. */
    public record Result(Tensor values, Tensor indices) {
    }

    private MaxPool2d() {
    }

    public static int[] outputShape(int[] x, Pool2dParams p) {
        throw new UnsupportedOperationException("TODO");
    }

    public static Result apply(Tensor x, Pool2dParams p) {
        throw new UnsupportedOperationException("TODO");
    }
}
