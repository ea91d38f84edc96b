package org.convatlas.probe;

/**
 * What the frame-pacing probe plays: a lesson, one of its presets, and for how many seconds, written
 * {@code LESSON:PRESET:SECONDS} (for example {@code single-channel-2d:heatMap:10}); the preset is named as in its
 * key {@code lesson.<id>.preset.<name>}. With {@code :drag} after it ({@code deformable-convolution:rotation:20:drag})
 * the probe drags the first handle of the figure on every frame instead of playing.
 *
 * @param lesson  the lesson's id
 * @param preset  the preset's name
 * @param seconds how long to play, at least 1
 * @param drag    whether to drag a handle rather than play
 */
public record PaceProbeSpec(String lesson, String preset, int seconds, boolean drag) {

    /** The longest probe, in seconds. */
    public static final int MAX_SECONDS = 600;

    /** A probe that plays. */
    public PaceProbeSpec(String lesson, String preset, int seconds) {
        this(lesson, preset, seconds, false);
    }

    public PaceProbeSpec {
        if (lesson.isBlank() || preset.isBlank() || seconds < 1 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("a pace probe is LESSON:PRESET:SECONDS with 1 to " + MAX_SECONDS
                    + " seconds (got " + lesson + ":" + preset + ":" + seconds + ")");
        }
    }

    /**
     * Reads {@code LESSON:PRESET:SECONDS} or {@code LESSON:PRESET:SECONDS:drag}.
     *
     * @throws IllegalArgumentException naming the expected form, if the text is not in it
     */
    public static PaceProbeSpec parse(String text) {
        String[] parts = text.split(":", -1);
        boolean drag = parts.length == 4 && parts[3].equals("drag");
        if ((parts.length != 3 && !drag) || !parts[2].matches("\\d{1,4}")) {
            throw new IllegalArgumentException("a pace probe is LESSON:PRESET:SECONDS or LESSON:PRESET:SECONDS:drag"
                    + " (got " + text + ")");
        }
        return new PaceProbeSpec(parts[0], parts[1], Integer.parseInt(parts[2]), drag);
    }

    @Override
    public String toString() {
        return lesson + ":" + preset + ":" + seconds + (drag ? ":drag" : "");
    }
}
