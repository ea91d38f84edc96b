package org.convatlas.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convatlas.compute.InvalidArgumentException;

/** What an export writes: one picture, numbered pictures, an animation, or the frames as data. */
public enum ExportFormat {
    /** One PNG picture of one step. */
    PNG("png", ".png", false, true),
    /** One numbered PNG picture per step: {@code name-0001.png}, {@code name-0002.png}, ... */
    PNG_SEQUENCE("png-seq", ".png", true, true),
    /** A looping GIF animation. */
    GIF("gif", ".gif", true, true),
    /** An H.264 video in an MP4 file. */
    MP4("mp4", ".mp4", true, true),
    /** One JSON document with the texts and numbers of the frames (see {@link FramesDocument}). */
    JSON("json", ".json", true, false);

    private final String cliName;
    private final String extension;
    private final boolean animated;
    private final boolean pictures;

    ExportFormat(String cliName, String extension, boolean animated, boolean pictures) {
        this.cliName = cliName;
        this.extension = extension;
        this.animated = animated;
        this.pictures = pictures;
    }

    /** The name on the command line, for example {@code png-seq}. */
    public String cliName() {
        return cliName;
    }

    /** The file name extension, dot included. */
    public String extension() {
        return extension;
    }

    /** Whether the format holds several steps; a {@link #PNG} holds exactly one. */
    public boolean animated() {
        return animated;
    }

    /**
     * Whether the format holds pictures, which the size, type size, background and annotations shape; a
     * {@link #JSON} document holds texts and numbers only.
     */
    public boolean pictures() {
        return pictures;
    }

    /** The bundle key of the format's name in the export dialog, {@code export.format.<name>}. */
    public String labelKey() {
        return "export.format." + cliName;
    }

    /**
     * The format named {@code name} on the command line.
     *
     * @throws InvalidArgumentException naming the formats there are
     */
    public static ExportFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidArgumentException("format must be one of " + Arrays.stream(values())
                        .map(ExportFormat::cliName).collect(Collectors.joining(", ")) + " (got " + name + ")"));
    }
}
