package org.convatlas.probe;

/**
 * What the frame-pacing probe plays: a lesson, one of its presets, and for how many seconds, written
 * {@code LESSON:PRESET:SECONDS} (for example {@code single-channel-2d:heatMap:10}); the preset is named as in its
 * key {@code lesson.<id>.preset.<name>}.
 *
 * @param lesson  the lesson's id
 * @param preset  the preset's name
 * @param seconds how long to play, at least 1
 */
public record PaceProbeSpec(String lesson, String preset, int seconds) {

    /** The longest probe, in seconds. */
    public static final int MAX_SECONDS = 600;

    public PaceProbeSpec {
        if (lesson.isBlank() || preset.isBlank() || seconds < 1 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("a pace probe is LESSON:PRESET:SECONDS with 1 to " + MAX_SECONDS
                    + " seconds (got " + lesson + ":" + preset + ":" + seconds + ")");
        }
    }

    /**
     * Reads {@code LESSON:PRESET:SECONDS}.
     *
     * @throws IllegalArgumentException naming the expected form, if the text is not in it
     */
    public static PaceProbeSpec parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3 || !parts[2].matches("\\d{1,4}")) {
            throw new IllegalArgumentException("a pace probe is LESSON:PRESET:SECONDS (got " + text + ")");
        }
        return new PaceProbeSpec(parts[0], parts[1], Integer.parseInt(parts[2]));
    }

    @Override
    public String toString() {
        return lesson + ":" + preset + ":" + seconds;
    }
}
