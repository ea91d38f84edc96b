package org.convatlas.render.grid;

import java.util.function.DoublePredicate;

/** Finding the largest size that fits, for layouts whose room taken grows with their cells. */
final class Sizes {

    /** Halvings of the interval: a size within 2⁻⁵⁰ of the range. */
    private static final int STEPS = 50;

    private Sizes() {
    }

    /**
     * The largest size in {@code [0, most]} that {@code fits}, by bisection, for a test that holds up to some size
     * and fails above it; {@code most} itself when it fits.
     */
    static double largest(DoublePredicate fits, double most) {
        if (fits.test(most)) {
            return most;
        }
        double low = 0;
        double high = most;
        for (int i = 0; i < STEPS; i++) {
            double middle = (low + high) / 2;
            if (fits.test(middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
