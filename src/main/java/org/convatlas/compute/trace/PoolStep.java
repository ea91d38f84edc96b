package org.convatlas.compute.trace;

import java.util.List;
import java.util.OptionalInt;

/**
 * One output element of a pooling: the maximum of its window, or its sum divided by {@code divisor}.
 *
 * @param output     the coordinates of the element in the output
 * @param taps       the window's cells in row-major order
 * @param pooling    maximum or average
 * @param divisor    what the window's sum is divided by (an average); 1 for a maximum
 * @param result     the output element
 * @param multiplies 0 for a maximum (comparisons only); for an average pooling 1, the sum times {@code 1/divisor},
 *                   as {@link org.convatlas.compute.Counts#avgPool2d} counts it; 0 for the channel means of
 *                   squeeze-and-excitation, whose divisions {@link org.convatlas.compute.Counts#squeezeExcitation}
 *                   does not count
 */
public record PoolStep(Coordinates output, List<PoolTap> taps, Pooling pooling, int divisor, float result,
                       int multiplies) implements Step {

    /** How a window is reduced to one value. */
    public enum Pooling { MAX, AVERAGE }

    public PoolStep {
        taps = List.copyOf(taps);
    }

    /**
     * The index in {@link #taps} of the cell whose value a maximum took: the first in row-major order on a tie,
     * as {@link org.convatlas.compute.MaxPool2d} reports it. Empty for an average.
     */
    public OptionalInt winningTap() {
        if (pooling == Pooling.MAX) {
            for (int t = 0; t < taps.size(); t++) {
                if (taps.get(t).value() == result) {
                    return OptionalInt.of(t);
                }
            }
        }
        return OptionalInt.empty();
    }
}
