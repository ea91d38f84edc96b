package org.convatlas.compute;

/**
 * What a bottleneck block costs, next to the convolution it stands in for: made by {@link Counts#bottleneck}.
 *
 * @param reduce  the 1×1 convolution from {@code C} channels down to {@code Cr}
 * @param spatial the {@code k × k} convolution at {@code Cr} channels
 * @param expand  the 1×1 convolution from {@code Cr} back up to {@code C}
 * @param plain   the {@code k × k} convolution from {@code C} channels to {@code C} with the same output
 */
public record BottleneckCount(OpCount reduce, OpCount spatial, OpCount expand, OpCount plain) {

    /** The three convolutions of the block together. */
    public OpCount total() {
        return reduce.plus(spatial).plus(expand);
    }

    /**
     * How many times the block's work the plain convolution does: the ratio of their multiplies, which is also the
     * ratio of their weights since every convolution runs once at each position of the same map.
     */
    public double saving() {
        return (double) plain.multiplies() / total().multiplies();
    }
}
