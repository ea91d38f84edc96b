package org.convatlas.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A picture taken from the screen, read for what tells a drawn popup from one the screen shows but nothing drew on:
 * the colour most of it has (a drawn popup's background), how much of it is near that colour, and how much stands out
 * from that colour as text does.
 *
 * @param width      in pixels
 * @param height     in pixels
 * @param main       the most frequent colour, as {@code 0xrrggbb}
 * @param mainShare  the share of the pixels near the main colour (each channel within {@value #NEAR} levels)
 * @param inkShare   the share of the pixels whose luminance differs from the main colour's by
 *                   {@value #INK_CONTRAST} or more, as text on its background does
 */
record ScreenPicture(int width, int height, int main, double mainShare, double inkShare) {

    /** Channels within this many levels (of 255) of a colour count as that colour. */
    static final int NEAR = 12;
    /** The difference in luminance (0 to 1) from the main colour by which a pixel stands out as text does. */
    static final double INK_CONTRAST = 0.3;
    /** Above this share of one colour darker than {@value #DARK} a picture is a dark rectangle. */
    private static final double SOLID = 0.99;
    private static final double DARK = 0.2;

    /** Reads the PNG {@code file}. */
    static ScreenPicture read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int pixel : pixels) {
            counts.merge(pixel & 0xffffff, 1, Integer::sum);
        }
        int main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double mainLuminance = luminance(main);
        int near = 0;
        int ink = 0;
        for (int pixel : pixels) {
            near += isNear(pixel, main) ? 1 : 0;
            ink += Math.abs(luminance(pixel) - mainLuminance) >= INK_CONTRAST ? 1 : 0;
        }
        return new ScreenPicture(width, height, main, near / (double) pixels.length, ink / (double) pixels.length);
    }

    /** Whether it is nearly all one dark colour, as a window is that the screen shows but nothing drew on. */
    boolean isSolidDark() {
        return mainShare > SOLID && luminance(main) < DARK;
    }

    /** Whether its main colour is near {@code rgb} ({@code 0xrrggbb}). */
    boolean mainColourIsNear(int rgb) {
        return isNear(main, rgb);
    }

    private static boolean isNear(int a, int b) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > NEAR) {
                return false;
            }
        }
        return true;
    }

    /** The luminance of {@code rgb} ({@code 0xrrggbb}), 0 to 1, by the Rec. 709 weights of its sRGB channels. */
    static double luminance(int rgb) {
        return (0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d×%d pixels, %.1f %% of them near #%06x, %.1f %% standing out from it",
                width, height, 100 * mainShare, main, 100 * inkShare);
    }
}
