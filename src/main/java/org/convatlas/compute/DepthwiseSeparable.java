package org.convatlas.compute;

/**
 * Depthwise separable convolution: a depthwise step ({@code conv2d} with {@code groups = Cin},
 * {@code w_depthwise [Cin*m, 1, kH, kW]}: channel {@code c*m + q} reads input channel {@code c}) followed by a
 * pointwise step ({@code w_pointwise [Cout, Cin*m, 1, 1]}). No biases.
 */
public final class DepthwiseSeparable {

    /** The intermediate {@code depthwise [Cin*m, Ho, Wo]} and the output {@code y [Cout, Ho, Wo]}. */
    public record Result(Tensor depthwise, Tensor y) {
    }

    private DepthwiseSeparable() {
    }

    public static int[] outputShape(int[] x, int[] wDepthwise, int[] wPointwise, Window2d window) {
        throw new UnsupportedOperationException("TODO");
    }

    public static Result apply(Tensor x, Tensor wDepthwise, Tensor wPointwise, Window2d window) {
        throw new UnsupportedOperationException("TODO");
    }
}
