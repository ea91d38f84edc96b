package org.convatlas.compute;

/**
 * Max unpooling: {@code x [C, Hp, Wp]} values are put back at their {@code indices} (flat {@code h*W + w}
 * within their channel of the {@code [C, H, W]} output); every other cell is 0.
 */
public final class MaxUnpool2d {

    private MaxUnpool2d() {
    }

    public static Tensor apply(Tensor x, Tensor indices, int outputH, int outputW) {
        throw new UnsupportedOperationException("TODO");
    }
}
