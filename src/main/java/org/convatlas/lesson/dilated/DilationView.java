package org.convatlas.lesson.dilated;

/** What the dilated-convolution lesson shows. */
public enum DilationView {
    /** One dilated kernel sliding over a grid of numbers, its holes hatched. */
    WINDOW("window"),
    /** The classic picture: stacked layers at dilations 1, 2, 4, … and the field each one sees. */
    LAYERS("layers"),
    /** One dilated kernel over a real picture, its taps spread over the pixels, one step magnified. */
    IMAGE("image");

    private final String keySuffix;

    DilationView(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The bundle key of the view's name, {@code lesson.dilated-convolution.view.<name>}. */
    public String labelKey() {
        return "lesson." + DilatedConvolutionLesson.ID + ".view." + keySuffix;
    }
}
