package org.convatlas.export;

import java.util.Locale;
import java.util.Objects;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.render.Palette;

/**
 * How to export: the format, the picture's size, the type scale, the background, whether to annotate, which steps,
 * how long each frame shows, and the language of the texts.
 *
 * @param format           what to write
 * @param size             the picture's size in pixels
 * @param scale            the type size as a multiple of {@link #BASE_UNIT_SHARE} of the height, in
 *                         {@code [MIN_SCALE, MAX_SCALE]}
 * @param palette          the background and ink ({@link Palette#LIGHT} or {@link Palette#DARK})
 * @param annotated        whether the title, parameters, counts and formula are drawn around the stage
 * @param steps            which steps
 * @param frameDelayMillis how long each frame of an animation shows, in milliseconds
 * @param language         the language of the texts
 * @param fontFamily       the font family the texts of {@code language} are set in
 */
public record ExportSettings(ExportFormat format, PixelSize size, double scale, Palette palette, boolean annotated,
                             StepSelection steps, int frameDelayMillis, Locale language, String fontFamily) {

    /** The label type size at scale 1, as a share of the picture's height: 1/40, so 27 pixels at 1080p. */
    public static final double BASE_UNIT_SHARE = 1.0 / 40;
    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 3;
    /** The shortest frame delay, in milliseconds (GIF counts in hundredths of a second). */
    public static final int MIN_DELAY_MILLIS = 20;
    public static final int MAX_DELAY_MILLIS = 10_000;
    /** The frame delay an export starts with, in milliseconds. */
    public static final int DEFAULT_DELAY_MILLIS = 500;

    public ExportSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new InvalidArgumentException("scale must be between " + MIN_SCALE + " and " + MAX_SCALE + " (got "
                    + scale + ")");
        }
        if (frameDelayMillis < MIN_DELAY_MILLIS || frameDelayMillis > MAX_DELAY_MILLIS) {
            throw new InvalidArgumentException("frame delay must be between " + MIN_DELAY_MILLIS + " and "
                    + MAX_DELAY_MILLIS + " ms (got " + frameDelayMillis + ")");
        }
        if (format == ExportFormat.MP4 && (size.width() % 2 != 0 || size.height() % 2 != 0)) {
            throw new InvalidArgumentException("size of an mp4 must be even on each side (got " + size + ")");
        }
    }

    /** The label type size in pixels: {@code scale · height · BASE_UNIT_SHARE}. */
    public double unit() {
        return scale * size.height() * BASE_UNIT_SHARE;
    }
}
