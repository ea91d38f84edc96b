package org.convatlas.lesson.transposed;

/** Which picture of a transposed convolution the stage shows. */
public enum TransposedView {
    /** The flipped kernel sliding over the input with zeros inserted and a border added: one step per output cell. */
    ZERO_INSERTION("zeroInsertion"),
    /** Each input cell stamping the kernel, scaled by its value, onto the output: one step per input cell. */
    SCATTER("scatter"),
    /** Both, side by side, stepping through the output cells: each one gathered from the stamps that reach it. */
    BOTH("both");

    private final String keySuffix;

    TransposedView(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The bundle key of the view's name, {@code transposed.view.<name>}. */
    public String labelKey() {
        return "transposed.view." + keySuffix;
    }
}
