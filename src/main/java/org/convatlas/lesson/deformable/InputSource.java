package org.convatlas.lesson.deformable;

/** What the lesson convolves: a pattern of numbers, or a picture shrunk to a grid of its cells' mean brightness. */
public enum InputSource {
    PATTERN("pattern"),
    PICTURE("picture");

    private final String keySuffix;

    InputSource(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The bundle key of the option's name. */
    public String labelKey() {
        return "lesson." + DeformableConvolutionLesson.ID + ".source." + keySuffix;
    }
}
