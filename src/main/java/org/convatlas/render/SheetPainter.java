package org.convatlas.render;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints one {@link Sheet} under a {@link SheetProjection}: each cell in the look of its role ({@link CellPainter}),
 * cells with nothing written yet as empty boxes, the windows outlined in the highlight colour, and the numbers upright
 * on their cells when they can be printed at a readable size. A sheet whose numbers would be too small is shaded as a
 * heat map instead, its role's colour the stronger the larger the value.
 */
final class SheetPainter {

    /** Numbers are not printed smaller than this, in font sizes: the sheet becomes a heat map instead. */
    static final double MIN_NUMBER_SIZE = 0.6;
    /** Numbers are not printed larger than the label font. */
    static final double MAX_NUMBER_SIZE = 1.0;
    /** The share of a cell's drawn height, and of its width, a number may fill. */
    static final double NUMBER_FILL = 0.8;
    /** Heat-map opacity of the role colour at the smallest and at the largest value. */
    static final double HEAT_LOW = 0.2;
    static final double HEAT_HIGH = 0.85;
    /** Opacity of the highlight colour laid over a window. */
    static final double WINDOW_FILL = 0.22;
    /** Outline of a window, in cell sides (at least two pixels). */
    static final double WINDOW_OUTLINE = 0.08;

    private SheetPainter() {
    }

    /**
     * Paints {@code sheet} with the top-left corner of its bounding box at {@code (x, y)} and cells {@code cell}
     * pixels wide; {@code heat} is the span of values a heat map shades over (null: no heat map).
     */
    static void paint(GraphicsContext g, Sheet sheet, SheetProjection projection, double x, double y, double cell,
                      DrawContext context, ValueRange heat) {
        Font numbers = numberFont(sheet, projection, cell, context);
        ValueRange shading = numbers == null ? heat : null;
        g.save();
        projection.enter(g, sheet.rows(), x, y, cell);
        for (int r = 0; r < sheet.rows(); r++) {
            for (int c = 0; c < sheet.columns(); c++) {
                paintCell(g, sheet, r, c, cell, context.palette(), shading);
            }
        }
        g.restore();
        for (CellRange window : sheet.windows()) {
            paintWindow(g, sheet, window, projection, x, y, cell, context.palette());
        }
        if (numbers != null) {
            paintNumbers(g, sheet, projection, x, y, cell, numbers, context.palette());
        }
    }

    private static void paintCell(GraphicsContext g, Sheet sheet, int r, int c, double cell, Palette palette,
                                  ValueRange shading) {
        Role role = sheet.roleAt(r, c);
        float value = sheet.valueAt(r, c);
        double left = c * cell;
        double top = r * cell;
        if (role != Role.PADDING && Float.isNaN(value)) {
            g.setFill(palette.background());
            g.fillRect(left, top, cell, cell);
            g.setStroke(palette.gridLine());
            g.setLineWidth(1);
            g.strokeRect(left + 0.5, top + 0.5, cell - 1, cell - 1);
        } else if (role != Role.PADDING && shading != null) {
            g.setFill(palette.background().interpolate(palette.color(role),
                    HEAT_LOW + (HEAT_HIGH - HEAT_LOW) * shading.position(value)));
            g.fillRect(left, top, cell, cell);
        } else {
            CellPainter.paint(g, role, left, top, cell, cell, palette);
        }
    }

    private static void paintWindow(GraphicsContext g, Sheet sheet, CellRange window, SheetProjection projection,
                                    double x, double y, double cell, Palette palette) {
        double[] xs = new double[4];
        double[] ys = new double[4];
        double[][] corners = {
            {window.left(), window.top()}, {window.left() + window.columns(), window.top()},
            {window.left() + window.columns(), window.top() + window.rows()},
            {window.left(), window.top() + window.rows()}};
        for (int i = 0; i < 4; i++) {
            Point2D p = projection.point(sheet.rows(), corners[i][0], corners[i][1], x, y, cell);
            xs[i] = p.getX();
            ys[i] = p.getY();
        }
        Color highlight = palette.color(Role.HIGHLIGHT);
        g.setFill(highlight.deriveColor(0, 1, 1, WINDOW_FILL));
        g.fillPolygon(xs, ys, 4);
        g.setStroke(highlight);
        g.setLineWidth(Math.max(2, WINDOW_OUTLINE * cell));
        g.strokePolygon(xs, ys, 4);
    }

    private static void paintNumbers(GraphicsContext g, Sheet sheet, SheetProjection projection, double x, double y,
                                     double cell, Font font, Palette palette) {
        g.save();
        g.setFont(font);
        g.setFill(palette.ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < sheet.rows(); r++) {
            for (int c = 0; c < sheet.columns(); c++) {
                if (sheet.roleAt(r, c) != Role.PADDING) {
                    Point2D centre = projection.point(sheet.rows(), c + 0.5, r + 0.5, x, y, cell);
                    g.fillText(NumberText.of(sheet.valueAt(r, c)), centre.getX(), centre.getY());
                }
            }
        }
        g.restore();
    }

    /**
     * The font the sheet's numbers fit in, or null when they would be smaller than {@link #MIN_NUMBER_SIZE} font
     * sizes (or the sheet has no numbers to print).
     */
    static Font numberFont(Sheet sheet, SheetProjection projection, double cell, DrawContext context) {
        double widest = 0;
        Text measure = new Text();
        measure.setFont(context.font());
        for (int r = 0; r < sheet.rows(); r++) {
            for (int c = 0; c < sheet.columns(); c++) {
                if (sheet.roleAt(r, c) != Role.PADDING) {
                    measure.setText(NumberText.of(sheet.valueAt(r, c)));
                    widest = Math.max(widest, measure.getLayoutBounds().getWidth());
                }
            }
        }
        if (widest == 0) {
            return null;
        }
        double unit = context.unit();
        double size = Math.min(MAX_NUMBER_SIZE * unit, NUMBER_FILL * cell * projection.squash() * unit
                / measure.getLayoutBounds().getHeight());
        size = Math.min(size, unit * NUMBER_FILL * cell / widest);
        return size < MIN_NUMBER_SIZE * unit ? null : Font.font(context.font().getFamily(), size);
    }
}
