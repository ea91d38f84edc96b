package org.convatlas.compute;

/** Upsampling of {@code x [C, H, W]} by integer factors to {@code [C, H*sH, W*sW]}; see {@link UpsampleMode}. */
public final class Upsample {

    private Upsample() {
    }

    public static Tensor apply(Tensor x, int scaleH, int scaleW, UpsampleMode mode) {
        throw new UnsupportedOperationException("TODO");
    }
}
