package org.convatlas.compute;

/**
 * Average pooling over {@code x [C, H, W]}. With {@code countIncludePad} every window is divided by
 * {@code kH*kW}; without it, by the number of its cells inside {@code x}.
 */
public final class AvgPool2d {

    private AvgPool2d() {
    }

    public static Tensor apply(Tensor x, Pool2dParams p, boolean countIncludePad) {
        throw new UnsupportedOperationException("TODO");
    }
}
