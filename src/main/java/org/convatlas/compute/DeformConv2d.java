package org.convatlas.compute;

/**
 * Deformable convolution (torchvision {@code deform_conv2d}, v2 with the optional mask). Tap {@code (i, j)}
 * of output {@code (oy, ox)} samples {@code x} at
 * {@code (oy*sH - top + i*dH + dy, ox*sW - left + j*dW + dx)}, bilinearly (outside the input reads 0),
 * multiplied by the mask when there is one. Offsets {@code [2*kH*kW*offsetGroups, Ho, Wo]}: channel
 * {@code ((g*kH + i)*kW + j)*2} holds {@code dy}, the next {@code dx}; mask {@code [kH*kW*offsetGroups, Ho, Wo]}.
 */
public final class DeformConv2d {

    private DeformConv2d() {
    }

    public static int[] outputShape(int[] x, int[] w, DeformConv2dParams p) {
        throw new UnsupportedOperationException("TODO");
    }

    /** {@code mask} and {@code b} may be null. */
    public static Tensor apply(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p) {
        throw new UnsupportedOperationException("TODO");
    }
}
