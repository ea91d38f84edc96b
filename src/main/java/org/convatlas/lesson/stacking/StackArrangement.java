package org.convatlas.lesson.stacking;

/** How the layers of the stack lesson are put together. */
public enum StackArrangement {
    /** One after the other: each layer reads the one before. */
    SEQUENCE("sequence"),
    /** Side by side: every layer reads the input, and their outputs are concatenated along channels. */
    SIDE_BY_SIDE("sideBySide");

    private final String keySuffix;

    StackArrangement(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The bundle key of the arrangement's name, {@code lesson.stacking-receptive-fields.arrangement.<name>}. */
    public String labelKey() {
        return "lesson." + StackingLesson.ID + ".arrangement." + keySuffix;
    }
}
