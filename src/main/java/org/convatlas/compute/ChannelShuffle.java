package org.convatlas.compute;

/**
 * Channel shuffle (ShuffleNet): the channels of {@code x [C, H, W]} viewed as {@code [g, C/g]}, transposed to
 * {@code [C/g, g]} and flattened, so output channel {@code k*g + i} is input channel {@code i*(C/g) + k}.
 * Shuffling with {@code g} and then with {@code C/g} gives {@code x} back.
 */
public final class ChannelShuffle {

    private ChannelShuffle() {
    }

    /** The shuffled channels, same shape as {@code x}. */
    public static Tensor apply(Tensor x, int groups) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        Checks.atLeast("groups", groups, 1);
        Checks.divides("groups", groups, "channels", x.dim(0));
        Tensor y = Tensor.zeros(x.shape());
        int perGroup = x.dim(0) / groups;
        int plane = x.dim(1) * x.dim(2);
        for (int i = 0; i < groups; i++) {
            for (int k = 0; k < perGroup; k++) {
                System.arraycopy(x.data(), (i * perGroup + k) * plane, y.data(), (k * groups + i) * plane, plane);
            }
        }
        return y;
    }
}
