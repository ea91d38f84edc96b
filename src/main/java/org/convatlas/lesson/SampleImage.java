package org.convatlas.lesson;

import java.util.Locale;

/**
 * The pictures the app ships, under {@code /sample-images/} on the classpath (from scikit-image's data; their
 * licences are in {@code sample-images/SOURCES.md} and in Help → About the sample images). Each is decoded the first
 * time a lesson needs its pixels.
 */
public enum SampleImage {
    CAMERA("camera.png"),
    ASTRONAUT("astronaut.png"),
    CHELSEA("chelsea.png"),
    COFFEE("coffee.png"),
    COINS("coins.png"),
    BRICK("brick.png"),
    TEXT("text.png");

    /** The folder of the pictures on the classpath. */
    public static final String FOLDER = "/sample-images/";

    private final String fileName;
    private final InputImage image;

    SampleImage(String fileName) {
        this.fileName = fileName;
        this.image = InputImage.bundled(fileName, FOLDER + fileName);
    }

    public String fileName() {
        return fileName;
    }

    /** The picture; the same instance every time, so that presets and defaults can name it. */
    public InputImage image() {
        return image;
    }

    /** The picture's name on the command line, for example {@code camera}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of the picture's short description, {@code sampleImage.<name>}. */
    public String labelKey() {
        return "sampleImage." + id();
    }

    /** The bundle key of the line that credits the picture's author and licence, {@code sampleImage.<name>.credit}. */
    public String creditKey() {
        return labelKey() + ".credit";
    }
}
