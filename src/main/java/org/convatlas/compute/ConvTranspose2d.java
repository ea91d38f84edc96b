package org.convatlas.compute;

/**
 * Transposed 2-D convolution with PyTorch semantics: {@code x [Cin, H, W]}, {@code w [Cin, Cout/groups, kH, kW]},
 * optional {@code b [Cout]}, giving {@code y [Cout, Ho, Wo]}, {@code Cout = w.shape[1] * groups},
 * {@code Ho = (H-1)*sH - top - bottom + dH*(kH-1) + outputPaddingH + 1}.
 * Scatter form: every input value {@code x[ci, iy, ix]} adds {@code x * w[ci, co', i, j]} to the full output
 * at {@code (iy*sH + i*dH, ix*sW + j*dW)}; the pads are then cut from the full output's border.
 */
public final class ConvTranspose2d {

    private ConvTranspose2d() {
    }

    /** Checks the shapes and parameters and returns {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] w, ConvTranspose2dParams p) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Checks every argument (including the optional bias) and returns {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        throw new UnsupportedOperationException("TODO");
    }

    public static Tensor apply(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Writes the result into {@code out}, which must have the output shape. Allocates nothing. */
    public static void apply(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p, Tensor out) {
        throw new UnsupportedOperationException("TODO");
    }
}
