package org.convatlas.compute;

/**
 * What a grouped convolution costs, next to the standard convolution of the same shape (one group): made by
 * {@link Counts#groupedConv2d}. Each of the {@code G} groups is a convolution from {@code Cin/G} to {@code Cout/G}
 * channels, so the weights and the multiplications are the standard ones divided by {@code G}; the values the layer
 * reads and writes are not: the input and the output are as large as before, only the weights shrink.
 *
 * @param groups        {@code G}
 * @param grouped       the grouped convolution: {@code Cout·(Cin/G)·kH·kW} weights, as many multiplies at each
 *                      output position
 * @param standard      the convolution with one group and the same input, output and window
 * @param inputValues   the input's values, {@code Cin·H·W}
 * @param outputValues  the output's values, {@code Cout·Ho·Wo}
 */
public record GroupedCount(int groups, OpCount grouped, OpCount standard, long inputValues, long outputValues) {

    /**
     * The values the grouped layer moves if it reads its input and weights once each and writes its output once:
     * {@code Cin·H·W + Cout·(Cin/G)·kH·kW + Cout·Ho·Wo} (no bias).
     */
    public long values() {
        return inputValues + grouped.parameters() + outputValues;
    }

    /** The same for the standard convolution: {@code Cin·H·W + Cout·Cin·kH·kW + Cout·Ho·Wo}. */
    public long standardValues() {
        return inputValues + standard.parameters() + outputValues;
    }

    /** How many times fewer multiplies the grouped convolution does: {@code G}. */
    public double multiplySaving() {
        return (double) standard.multiplies() / grouped.multiplies();
    }

    /** How many times fewer values it moves: less than {@code G}, for the input and output stay as they are. */
    public double valueSaving() {
        return (double) standardValues() / values();
    }
}
