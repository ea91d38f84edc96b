package org.convatlas.compute;

import java.util.stream.IntStream;

/**
 * Channels split into groups, as a grouped convolution splits them: {@code C} channels in {@code G} groups are
 * {@code G} runs of {@code C/G} consecutive channels, channel {@code c} in group {@code c / (C/G)}, numbered from 0.
 * A grouped convolution's group {@code g} has input channels {@code g·Cin/G ... (g+1)·Cin/G − 1}, filters and output
 * channels {@code g·Cout/G ... (g+1)·Cout/G − 1}; its filter {@code co} reads only the {@code Cin/G} input channels
 * of its group ({@link Conv2d}).
 */
public final class ChannelGroups {

    private ChannelGroups() {
    }

    /**
     * The group of channel {@code channel} of {@code channels} split into {@code groups}: {@code channel / (C/G)}.
     *
     * @throws InvalidArgumentException if {@code groups} does not divide {@code channels} or the channel is not one
     *                                  of them
     */
    public static int groupOf(int channel, int channels, int groups) {
        Checks.divides("groups", groups, "channels", channels);
        if (channel < 0 || channel >= channels) {
            throw new InvalidArgumentException("channel " + channel + " is not one of the " + channels + " channels");
        }
        return channel / (channels / groups);
    }

    /** The numbers that divide both {@code a} and {@code b}, smallest first: the groups a convolution can have. */
    public static int[] commonDivisors(int a, int b) {
        Checks.atLeast("channels", a, 1);
        Checks.atLeast("channels", b, 1);
        return IntStream.rangeClosed(1, Math.min(a, b)).filter(d -> a % d == 0 && b % d == 0).toArray();
    }

    /**
     * Checks that a convolution from {@code inputChannels} to {@code outputChannels} can have {@code groups} groups,
     * naming the numbers it could have: {@code groups 3 must divide both 8 input and 8 output channels: 1, 2, 4 or 8}.
     */
    public static void check(int groups, int inputChannels, int outputChannels) {
        int[] choices = commonDivisors(inputChannels, outputChannels);
        if (groups < 1 || inputChannels % groups != 0 || outputChannels % groups != 0) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < choices.length; i++) {
                if (i > 0) {
                    list.append(i == choices.length - 1 ? " or " : ", ");
                }
                list.append(choices[i]);
            }
            throw new InvalidArgumentException("groups " + groups + " must divide both " + inputChannels
                    + " input and " + outputChannels + " output channels: " + list);
        }
    }
}
