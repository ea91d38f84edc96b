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

    /**
     * The input channel that output channel {@code out} of a shuffle of {@code channels} in {@code groups} comes
     * from: {@code out = k*g + i} comes from {@code i*(C/g) + k}, that is {@code (out mod g)*(C/g) + floor(out/g)}.
     *
     * @throws InvalidArgumentException if {@code groups} does not divide {@code channels} or the channel is not one
     *                                  of them
     */
    public static int sourceOf(int out, int channels, int groups) {
        Checks.atLeast("groups", groups, 1);
        Checks.divides("groups", groups, "channels", channels);
        if (out < 0 || out >= channels) {
            throw new InvalidArgumentException("channel " + out + " is not one of the " + channels + " channels");
        }
        return (out % groups) * (channels / groups) + out / groups;
    }

    /**
     * Which input channels each output channel of two grouped convolutions in a row depends on, both from
     * {@code channels} to {@code channels} channels in {@code groups} groups, with or without a shuffle between them:
     * {@code map[o][i]} is whether output channel {@code o} of the second reads, through the first, input channel
     * {@code i}. The second's output {@code o} reads the middle channels of its group; middle channel {@code s} is,
     * after a shuffle, the first's output {@link #sourceOf sourceOf(s)}, else {@code s}; and that output reads the
     * input channels of its own group. Without the shuffle every output sees only the {@code C/g} channels of its own
     * group; with it, the middle channels of its group come from {@code min(C/g, g)} different groups, so it sees
     * {@code min(C/g, g)·C/g} input channels: every one of them when {@code C/g >= g}.
     */
    public static boolean[][] twoLayerDependencies(int channels, int groups, boolean shuffled) {
        Checks.atLeast("channels", channels, 1);
        Checks.atLeast("groups", groups, 1);
        Checks.divides("groups", groups, "channels", channels);
        int perGroup = channels / groups;
        boolean[][] map = new boolean[channels][channels];
        for (int o = 0; o < channels; o++) {
            int group = o / perGroup;
            for (int s = group * perGroup; s < (group + 1) * perGroup; s++) {
                int middle = shuffled ? sourceOf(s, channels, groups) : s;
                int middleGroup = middle / perGroup;
                for (int i = middleGroup * perGroup; i < (middleGroup + 1) * perGroup; i++) {
                    map[o][i] = true;
                }
            }
        }
        return map;
    }
}
