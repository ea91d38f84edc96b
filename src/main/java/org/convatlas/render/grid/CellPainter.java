package org.convatlas.render.grid;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;

/**
 * Paints one cell in the look of its {@link Role}: values tinted in their role's colour, padding light grey (laid over
 * the background, so it stays grey on a dark one) and hatched, inserted zeros empty (the background: white on a light
 * stage) with a dotted border, dilation holes hatched in the kernel's colour, input cells a stack never reads hatched
 * in the input's colour, the current step outlined in vermillion. Grids and legends use it, so a role looks the same
 * everywhere.
 */
public final class CellPainter {

    /** The outline of an ordinary cell, as a fraction of the cell's shorter side (at least one pixel). */
    private static final double OUTLINE = 0.03;
    /** The outline of a highlighted cell, three times an ordinary one. */
    private static final double HIGHLIGHT_OUTLINE = 3 * OUTLINE;
    /**
     * How strongly the padding's light grey covers the background: enough to read as grey on white, little enough
     * not to glare on a dark stage.
     */
    private static final double PADDING_OPACITY = 0.3;
    /** Hatch lines per cell side. */
    private static final int HATCH_LINES = 4;
    /** The closest hatch lines of an area of small cells, in pixels: closer, they would read as a solid fill. */
    private static final double MIN_HATCH_SPACING = 5;

    private CellPainter() {
    }

    /** Paints the cell with top-left corner {@code (x, y)} and size {@code w × h}, in pixels. */
    public static void paint(GraphicsContext g, Role role, double x, double y, double w, double h, Palette palette) {
        double outline = Math.max(1, OUTLINE * Math.min(w, h));
        g.save();
        g.setLineDashes();
        switch (role) {
            case PADDING, DILATION_HOLE, UNREAD -> {
                hatched(g, role, x, y, w, h, Math.max(w, h) / HATCH_LINES, outline, palette);
                stroke(g, palette.gridLine(), outline, x, y, w, h);
            }
            case INSERTED_ZERO -> {
                fill(g, palette.background(), x, y, w, h);
                g.setLineDashes(2 * outline, 2 * outline);
                stroke(g, palette.mutedInk(), outline, x, y, w, h);
            }
            case HIGHLIGHT -> {
                fill(g, palette.tint(Role.HIGHLIGHT), x, y, w, h);
                stroke(g, palette.color(Role.HIGHLIGHT), Math.max(2, HIGHLIGHT_OUTLINE * Math.min(w, h)), x, y, w, h);
            }
            case INPUT, KERNEL, OUTPUT -> {
                fill(g, palette.tint(role), x, y, w, h);
                stroke(g, palette.color(role), outline, x, y, w, h);
            }
        }
        g.restore();
    }

    /**
     * Paints the rectangle {@code w × h} at {@code (x, y)} as if it were filled with cells of side {@code cell} in
     * {@code role}, at the cost of one cell: one fill, one set of hatch lines and one outline, without the lines
     * between cells, and hatch lines at least {@link #MIN_HATCH_SPACING} apart. For large grids, whose cells are too
     * small to draw one by one (a padding ring around a heat map).
     * Roles without a fill of their own (inserted zeros, the highlight) are filled with their tint.
     */
    public static void paintArea(GraphicsContext g, Role role, double x, double y, double w, double h, double cell,
                                 Palette palette) {
        double outline = Math.max(1, OUTLINE * cell);
        g.save();
        g.setLineDashes();
        if (hatched(role)) {
            hatched(g, role, x, y, w, h, Math.max(MIN_HATCH_SPACING, cell / HATCH_LINES), outline, palette);
        } else {
            fill(g, palette.tint(role), x, y, w, h);
        }
        stroke(g, palette.gridLine(), outline, x, y, w, h);
        g.restore();
    }

    /** Whether cells in {@code role} are hatched: padding, dilation holes and cells never read. */
    private static boolean hatched(Role role) {
        return role == Role.PADDING || role == Role.DILATION_HOLE || role == Role.UNREAD;
    }

    /**
     * Padding (light grey, grey hatching), or dilation holes and cells never read (background, hatching in the role's
     * colour: the kernel's, the input's).
     */
    private static void hatched(GraphicsContext g, Role role, double x, double y, double w, double h, double spacing,
                                double lineWidth, Palette palette) {
        boolean padding = role == Role.PADDING;
        fill(g, padding ? palette.background().interpolate(palette.color(Role.PADDING), PADDING_OPACITY)
                : palette.background(), x, y, w, h);
        hatch(g, padding ? palette.hatch() : palette.color(role), x, y, w, h, spacing, lineWidth);
    }

    private static void fill(GraphicsContext g, Color color, double x, double y, double w, double h) {
        g.setFill(color);
        g.fillRect(x, y, w, h);
    }

    /** Outlines the cell inside its bounds, so that neighbouring cells do not paint over each other's lines. */
    private static void stroke(GraphicsContext g, Color color, double width, double x, double y, double w, double h) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeRect(x + width / 2, y + width / 2, w - width, h - width);
    }

    /**
     * Diagonal lines from bottom-left to top-right, {@code spacing} apart along the edges, cut to the area. The line
     * at {@code offset} joins {@code (x + offset - t, y + t)} for {@code t} in {@code [max(0, offset - w), min(h, offset)]};
     * each is cut by that formula rather than by a clip, which costs a mask of the whole canvas per cell in the
     * software pipeline.
     */
    private static void hatch(GraphicsContext g, Color color, double x, double y, double w, double h, double spacing,
                              double width) {
        g.save();
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.BUTT);
        for (double offset = spacing / 2; offset < w + h; offset += spacing) {
            double from = Math.max(0, offset - w);
            double to = Math.min(h, offset);
            g.strokeLine(x + offset - from, y + from, x + offset - to, y + to);
        }
        g.restore();
    }
}
