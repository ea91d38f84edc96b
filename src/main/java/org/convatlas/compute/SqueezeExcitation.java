package org.convatlas.compute;

/**
 * Squeeze-and-excitation: {@code y = x * sigmoid(w2 · relu(w1 · mean_hw(x) + b1) + b2)} per channel, for
 * {@code x [C, H, W]}, {@code w1 [C/r, C]}, {@code b1 [C/r]}, {@code w2 [C, C/r]}, {@code b2 [C]}.
 */
public final class SqueezeExcitation {

    /**
     * The four stages: {@code squeezed [C]} (channel means), {@code hidden [C/r]} (after the ReLU),
     * {@code scale [C]} (after the sigmoid) and {@code y [C, H, W]}.
     */
    public record Result(Tensor squeezed, Tensor hidden, Tensor scale, Tensor y) {
    }

    private SqueezeExcitation() {
    }

    public static Result apply(Tensor x, Tensor w1, Tensor b1, Tensor w2, Tensor b2) {
        throw new UnsupportedOperationException("TODO");
    }
}
