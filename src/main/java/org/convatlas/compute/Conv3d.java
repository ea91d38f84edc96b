package org.convatlas.compute;

/**
 * 3-D convolution (cross-correlation) with PyTorch semantics: {@code x [Cin, D, H, W]},
 * {@code w [Cout, Cin/groups, kD, kH, kW]}, optional {@code b [Cout]}, giving {@code y [Cout, Do, Ho, Wo]},
 * sizes per axis as for {@link Conv2d}.
 */
public final class Conv3d {

    private Conv3d() {
    }

    public static int[] outputShape(int[] x, int[] w, Conv3dParams p) {
        throw new UnsupportedOperationException("TODO");
    }

    public static Tensor apply(Tensor x, Tensor w, Tensor b, Conv3dParams p) {
        throw new UnsupportedOperationException("TODO");
    }

    public static void apply(Tensor x, Tensor w, Tensor b, Conv3dParams p, Tensor out) {
        throw new UnsupportedOperationException("TODO");
    }
}
