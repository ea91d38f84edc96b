package org.convatlas.export;

import java.util.List;
import java.util.Locale;
import org.convatlas.compute.InvalidArgumentException;

/**
 * The size of an exported picture in pixels, each side between {@link #MIN} and {@link #MAX}.
 *
 * @param width  in pixels
 * @param height in pixels
 */
public record PixelSize(int width, int height) {

    /** The smallest side, in pixels. */
    public static final int MIN = 64;
    /** The largest side, in pixels: 8K. */
    public static final int MAX = 7680;

    /** The sizes the export dialog offers: 720p, 1080p and 4K. */
    public static final List<PixelSize> COMMON = List.of(new PixelSize(1280, 720), new PixelSize(1920, 1080),
            new PixelSize(3840, 2160));

    public PixelSize {
        if (width < MIN || width > MAX || height < MIN || height > MAX) {
            throw new InvalidArgumentException("size must be between " + MIN + " and " + MAX + " pixels on each side"
                    + " (got " + width + "x" + height + ")");
        }
    }

    /**
     * The size written {@code WxH} on the command line, for example {@code 1280x720}.
     *
     * @throws InvalidArgumentException if it is not of that form or out of range
     */
    public static PixelSize parse(String text) {
        String[] sides = text.toLowerCase(Locale.ROOT).split("[x×]", -1);
        try {
            if (sides.length == 2) {
                return new PixelSize(Integer.parseInt(sides[0].strip()), Integer.parseInt(sides[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidArgumentException("size must be WIDTHxHEIGHT in pixels, such as 1280x720 (got " + text + ")");
    }

    @Override
    public String toString() {
        return width + "×" + height;
    }
}
