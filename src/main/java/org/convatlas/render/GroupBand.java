package org.convatlas.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The band that marks a channel's group: a bar in the group's colour beside the channel's sheet, outlined in the ink
 * and carrying the group's number (from 0, as channels and filters are numbered), so that the group reads without its colour too. The colours are the
 * three Okabe–Ito colours no role uses (sky blue, reddish purple, yellow), then five of Paul Tol's colour-blind safe
 * "muted" ones (teal, rose, olive, indigo, wine); more groups than eight take them again, their numbers telling them
 * apart. Each is the same in every theme; the outline keeps the dark ones visible on a dark background.
 */
public final class GroupBand {

    /** The width of a band, in font sizes. */
    public static final double WIDTH = 1.3;
    /** The space between a band and its sheet, in font sizes. */
    public static final double GAP = 0.3;

    private static final int[] COLOURS = {0x56B4E9, 0xCC79A7, 0xF0E442, 0x44AA99, 0xCC6677, 0x999933, 0x332288,
            0x882255};

    private GroupBand() {
    }

    /** The colour of group {@code group} (numbered from 0). */
    public static Color color(int group) {
        int rgb = COLOURS[Math.floorMod(group, COLOURS.length)];
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** The number written on group {@code group}'s band, counted from 0 as channels and filters are. */
    public static String label(int group) {
        return Integer.toString(group);
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue();
        return luminance > 0.45 ? Color.BLACK : Color.WHITE;
    }

    /** Paints group {@code group}'s band over {@code [x, x + width] × [y, y + height]}, its number in the middle. */
    public static void paint(GraphicsContext g, int group, double x, double y, double width, double height,
                             DrawContext context) {
        Color fill = color(group);
        double arc = Math.min(width, height) / 3;
        g.save();
        g.setFill(fill);
        g.fillRoundRect(x, y, width, height, arc, arc);
        g.setStroke(context.palette().ink());
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, width, height, arc, arc);
        double size = Math.min(context.unit(), Math.max(0.6 * context.unit(), Math.min(height, width) * 0.9));
        Font math = context.mathFont(size / context.unit());
        g.setFont(Font.font(math.getFamily(), FontWeight.BOLD, math.getSize()));
        g.setFill(textOn(fill));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label(group), x + width / 2, y + height / 2);
        g.restore();
    }
}
