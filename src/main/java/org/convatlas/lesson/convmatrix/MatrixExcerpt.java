package org.convatlas.lesson.convmatrix;

import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.GridPainter;
import org.convatlas.render.grid.SlidingWindowFigure;

/**
 * A magnified block of a matrix drawn as a sparsity picture: the block's cells at a legible size with their numbers,
 * on a panel framed in the highlight colour, each row's index on its left and each column's index above it. The
 * marked line (a row or a column of the block) is outlined. Lengths in font sizes ({@code u}) unless said otherwise.
 * The cells are at most {@link #CELL} across, smaller when that keeps the panel within the matrix's width (for a
 * marked row) or height (a marked column) and the cells at least {@link GridPainter#NUMBER_MIN_CELL}.
 *
 * <p>The panel lies beside the marked line on the matrix it magnifies: under the line when the line is a row (over
 * it when there is no room under it), right of it when the line is a column (left of it when there is no room);
 * along the line it is centred on the matrix; it is kept inside the {@code width × height} area.
 *
 * @param grid      the magnified cells, numbered as the matrix numbers them
 * @param line      the marked row or column, in the matrix's numbering
 * @param rowMarked whether {@code line} is a row (else a column)
 */
record MatrixExcerpt(GridGeometry grid, int line, boolean rowMarked) {

    /** The side of a magnified cell at most. */
    static final double CELL = 1.9;
    /** The room left of the cells for the rows' indices. */
    private static final double ROW_LABELS = 2.4;
    /** The room above the cells for the columns' indices. */
    private static final double COLUMN_LABELS = 1.2;
    /** The panel's margin around its cells and labels. */
    private static final double MARGIN = 0.5;
    /** The space between the marked line and the panel. */
    private static final double GAP = 1;
    /** An index's size, in cell sides. */
    private static final double INDEX_SIZE = 0.32;

    /**
     * The excerpt of the block {@code rows × columns} from {@code (firstRow, firstColumn)} of the matrix drawn in
     * {@code matrix}, its cells no larger than the area lets them be; empty when nothing fits.
     */
    static Optional<MatrixExcerpt> place(GridGeometry matrix, int firstRow, int rows, int firstColumn, int columns,
                                         int line, boolean rowMarked, double width, double height, double unit) {
        double frameX = (ROW_LABELS + 2 * MARGIN) * unit;
        double frameY = (COLUMN_LABELS + 2 * MARGIN) * unit;
        // across the marked line the panel keeps to the matrix's extent while its numbers stay legible, so as to
        // leave the maps beside the matrix in view
        double within = rowMarked ? (matrix.width() - frameX) / columns : (matrix.height() - frameY) / rows;
        double cell = Math.min(Math.min(CELL * unit, Math.max(GridPainter.NUMBER_MIN_CELL * unit, within)),
                Math.min((width - frameX) / columns, (height - frameY) / rows));
        if (!(cell > 0.5)) {
            return Optional.empty();
        }
        double panelWidth = frameX + columns * cell;
        double panelHeight = frameY + rows * cell;
        double gap = GAP * unit;
        double left;
        double top;
        if (rowMarked) {
            left = matrix.left() + matrix.width() / 2 - panelWidth / 2;
            double under = matrix.y(line) + matrix.cell() + gap;
            top = under + panelHeight <= height ? under : matrix.y(line) - gap - panelHeight;
        } else {
            top = matrix.top() + matrix.height() / 2 - panelHeight / 2;
            double right = matrix.x(line) + matrix.cell() + gap;
            left = right + panelWidth <= width ? right : matrix.x(line) - gap - panelWidth;
        }
        left = Math.max(0, Math.min(left, width - panelWidth));
        top = Math.max(0, Math.min(top, height - panelHeight));
        return Optional.of(new MatrixExcerpt(new GridGeometry(left + (MARGIN + ROW_LABELS) * unit,
                top + (MARGIN + COLUMN_LABELS) * unit, cell, firstRow, firstColumn, rows, columns), line, rowMarked));
    }

    /** The panel, the cells in the looks and with the numbers given, the indices and the marked line. */
    void draw(GraphicsContext g, GridPainter.CellRole roles, GridPainter.CellValue values, DrawContext context) {
        double unit = context.unit();
        Palette palette = context.palette();
        Color highlight = palette.color(Role.HIGHLIGHT);
        double left = grid.left() - (MARGIN + ROW_LABELS) * unit;
        double top = grid.top() - (MARGIN + COLUMN_LABELS) * unit;
        double panelWidth = grid.right() + MARGIN * unit - left;
        double panelHeight = grid.bottom() + MARGIN * unit - top;
        g.save();
        g.setFill(palette.background());
        g.fillRect(left, top, panelWidth, panelHeight);
        g.setStroke(highlight);
        g.setLineWidth(2);
        g.setLineDashes();
        g.strokeRect(left + 1, top + 1, panelWidth - 2, panelHeight - 2);
        g.restore();
        GridPainter.paint(g, grid, roles, values, GridPainter.showsNumbers(1, 1, grid.cell(), context), context);
        drawIndices(g, context);
        double mark = SlidingWindowFigure.highlightWidth(grid);
        if (rowMarked) {
            GridPainter.outline(g, grid, line, grid.firstColumn(), 1, grid.columns(), highlight, mark);
        } else {
            GridPainter.outline(g, grid, grid.firstRow(), line, grid.rows(), 1, highlight, mark);
        }
    }

    /** Each row's index right-aligned left of it, each column's index centred above it, in the muted ink. */
    private void drawIndices(GraphicsContext g, DrawContext context) {
        double inset = MARGIN * context.unit() / 2;
        g.save();
        g.setFont(context.mathFont(INDEX_SIZE * grid.cell() / context.unit()));
        g.setFill(context.palette().mutedInk());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int r = grid.firstRow(); r <= grid.lastRow(); r++) {
            g.fillText(Integer.toString(r), grid.left() - inset, grid.centreY(r));
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int c = grid.firstColumn(); c <= grid.lastColumn(); c++) {
            g.fillText(Integer.toString(c), grid.centreX(c), grid.top() - inset);
        }
        g.restore();
    }
}
