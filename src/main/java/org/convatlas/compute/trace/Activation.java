package org.convatlas.compute.trace;

/** What a {@link WeightedSumStep} applies to {@code sum + bias} to give its result. */
public enum Activation {
    /** The sum itself. */
    NONE,
    /** {@code max(0, z)}. */
    RELU,
    /** {@code 1 / (1 + e^-z)}. */
    SIGMOID;

    /** The activation of {@code z}, rounded to {@code float}. */
    public float apply(double z) {
        return switch (this) {
            case NONE -> (float) z;
            case RELU -> (float) Math.max(0, z);
            case SIGMOID -> (float) (1 / (1 + Math.exp(-z)));
        };
    }
}
