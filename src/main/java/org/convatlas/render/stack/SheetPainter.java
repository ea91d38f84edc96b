package org.convatlas.render.stack;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.CellPainter;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.GridPainter;
import org.convatlas.render.grid.HeatMap;

/**
 * Paints one {@link Sheet} under a {@link SheetProjection}, with the grids' own painters drawn through the
 * projection: the cells by {@link GridPainter}, with their numbers when they can be printed at a readable size, or
 * else the values as a {@link HeatMap} inside the padding; then the windows outlined in the highlight colour. A flat
 * sheet's numbers are the grid painter's; a tilted sheet's are written upright on its cells, since type slanted with
 * the sheet would not read.
 */
final class SheetPainter {

    /** A tilted sheet's numbers are not printed smaller than this, in font sizes: it becomes a heat map instead. */
    static final double MIN_NUMBER_SIZE = 0.6;
    /** A tilted sheet's numbers are not printed larger than the label font. */
    static final double MAX_NUMBER_SIZE = 1.0;
    /** The share of a tilted cell's drawn height, and of its width, a number may fill. */
    static final double NUMBER_FILL = 0.8;
    /** Opacity of the highlight colour laid over a window. */
    static final double WINDOW_FILL = 0.22;
    /** Outline of a window, in cell sides (at least two pixels). */
    static final double WINDOW_OUTLINE = 0.08;

    private SheetPainter() {
    }

    /** Paints {@code sheet} with the top-left corner of its bounding box at {@code (x, y)}, cells {@code cell} wide. */
    static void paint(GraphicsContext g, Sheet sheet, SheetProjection projection, double x, double y, double cell,
                      DrawContext context) {
        boolean flat = projection.shear() == 0 && projection.squash() == 1;
        Font upright = flat ? null : uprightFont(sheet, projection, cell, context);
        boolean numbers = flat ? GridPainter.showsNumbers(sheet.rows(), sheet.columns(), cell, context)
                : upright != null;
        g.save();
        projection.enter(g, sheet.rows(), x, y, cell);
        GridGeometry grid = GridGeometry.at(0, 0, cell, sheet.rows(), sheet.columns());
        if (numbers || sheet.heat() == null) {
            GridPainter.paint(g, grid, sheet::roleAt, sheet::valueAt, numbers && flat, context);
        } else {
            paintHeat(g, sheet, grid, context.palette());
        }
        g.restore();
        for (CellRange window : sheet.windows()) {
            paintWindow(g, sheet, window, projection, x, y, cell, context.palette());
        }
        if (upright != null) {
            paintUprightNumbers(g, sheet, projection, x, y, cell, upright, context.palette());
        }
    }

    /**
     * The padding as one area, and the values inside as the sheet's heat map, outlined in the role's colour so that
     * a sheet with nothing written yet still shows where it is.
     */
    private static void paintHeat(GraphicsContext g, Sheet sheet, GridGeometry grid, Palette palette) {
        if (sheet.isPadded()) {
            CellPainter.paintArea(g, Role.PADDING, 0, 0, grid.width(), grid.height(), grid.cell(), palette);
        }
        CellRange inside = sheet.inside();
        GridGeometry values = GridGeometry.at(inside.left() * grid.cell(), inside.top() * grid.cell(), grid.cell(),
                inside.rows(), inside.columns());
        sheet.heat().draw(g, values, sheet.role(), sheet.written(), palette);
        g.setStroke(palette.color(sheet.role()));
        g.setLineWidth(1);
        g.strokeRect(values.left(), values.top(), values.width(), values.height());
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

    /** The written values, upright at the centres of their tilted cells; nothing on padding. */
    private static void paintUprightNumbers(GraphicsContext g, Sheet sheet, SheetProjection projection, double x,
                                            double y, double cell, Font font, Palette palette) {
        g.save();
        g.setFont(font);
        g.setFill(palette.ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < sheet.rows(); r++) {
            for (int c = 0; c < sheet.columns(); c++) {
                float value = sheet.valueAt(r, c);
                if (sheet.roleAt(r, c) != Role.PADDING && !Float.isNaN(value)) {
                    Point2D centre = projection.point(sheet.rows(), c + 0.5, r + 0.5, x, y, cell);
                    g.fillText(NumberText.of(value), centre.getX(), centre.getY());
                }
            }
        }
        g.restore();
    }

    /**
     * The font the numbers of a tilted sheet fit in, upright, or null when they would be smaller than
     * {@link #MIN_NUMBER_SIZE} font sizes, when the sheet has more than {@link GridPainter#NUMBER_LIMIT} cells along a
     * side, or when it has no values. The font fits every value, written yet or not, so that it keeps its size while
     * an output fills.
     */
    static Font uprightFont(Sheet sheet, SheetProjection projection, double cell, DrawContext context) {
        float[] values = sheet.valuesInside();
        if (values.length == 0 || sheet.rows() > GridPainter.NUMBER_LIMIT
                || sheet.columns() > GridPainter.NUMBER_LIMIT) {
            return null;
        }
        Text measure = new Text();
        measure.setFont(context.mathFont(1));
        double widest = 0;
        for (float value : values) {
            measure.setText(NumberText.of(value));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        measure.setText("0");
        double lineHeight = measure.getLayoutBounds().getHeight();
        double scale = Math.min(MAX_NUMBER_SIZE, NUMBER_FILL * Math.min(cell * projection.squash() / lineHeight,
                cell / widest));
        return scale < MIN_NUMBER_SIZE ? null : context.mathFont(scale);
    }
}
