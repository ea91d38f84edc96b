package org.convatlas.compute;

/**
 * Pixel shuffle (depth to space, PyTorch {@code pixel_shuffle}, ONNX DepthToSpace CRD):
 * {@code x [C*r*r, H, W]} to {@code y [C, H*r, W*r]} with
 * {@code y[c, h*r + i, w*r + j] = x[c*r*r + i*r + j, h, w]}.
 */
public final class PixelShuffle {

    private PixelShuffle() {
    }

    public static Tensor apply(Tensor x, int upscale) {
        throw new UnsupportedOperationException("TODO");
    }
}
