package org.convatlas.compute;

/**
 * Channel shuffle (ShuffleNet): the channels of {@code x [C, H, W]} viewed as {@code [g, C/g]}, transposed to
 * {@code [C/g, g]} and flattened, so output channel {@code k*g + i} is input channel {@code i*(C/g) + k}.
 */
public final class ChannelShuffle {

    private ChannelShuffle() {
    }

    public static Tensor apply(Tensor x, int groups) {
        throw new UnsupportedOperationException("TODO");
    }
}
