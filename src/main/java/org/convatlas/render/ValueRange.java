package org.convatlas.render;

/**
 * The span of the values a heat map colours, {@code min <= max}: a value maps to its place in it, from 0 at
 * {@code min} to 1 at {@code max}.
 */
record ValueRange(float min, float max) {

    /** This range widened to hold {@code value}. */
    ValueRange including(float value) {
        return new ValueRange(Math.min(min, value), Math.max(max, value));
    }

    /** This range widened to hold {@code other} (which may be null). */
    ValueRange including(ValueRange other) {
        return other == null ? this : including(other.min).including(other.max);
    }

    /** Where {@code value} lies, from 0 at the minimum to 1 at the maximum; 1 when the range is a single value. */
    double position(float value) {
        return max > min ? (value - min) / (double) (max - min) : 1;
    }
}
