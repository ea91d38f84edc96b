package org.convatlas.compute;

import java.util.List;

/**
 * What branches that read one input side by side cost, their outputs concatenated along the channels (the branches of
 * atrous spatial pyramid pooling, of an Inception block): made by {@link Counts#concatenatedConv2d}.
 *
 * @param branches each branch's multiplies and parameters, in the order given
 * @param total    their sum: {@code sum of branches[b].multiplies}, {@code sum of branches[b].parameters}
 * @param channels the channels of the concatenation, the sum of the branches' output channels
 * @param height   the output height {@code Ho} every branch shares
 * @param width    the output width {@code Wo} every branch shares
 */
public record ConcatenatedCount(List<OpCount> branches, OpCount total, int channels, int height, int width) {

    public ConcatenatedCount {
        branches = List.copyOf(branches);
    }
}
