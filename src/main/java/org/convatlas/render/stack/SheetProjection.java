package org.convatlas.render.stack;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.render.grid.GridCell;

/**
 * How a sheet lies on the page: flat, or tilted back as in the 3-D pictures of convolutions (an oblique projection
 * of a sheet lying on its back, seen from the front and above). A sheet of {@code rows × columns} cells of side
 * {@code cell} pixels, whose bounding box has its top-left corner at {@code (x, y)}, puts the point {@code (u, v)}
 * of its grid ({@code u} columns from its left edge, {@code v} rows from its top edge) at
 * <pre>
 *   screen x = x + cell * (u + (rows - v) * shear)
 *   screen y = y + cell * v * squash
 * </pre>
 * so rows are {@code squash} cells high and the far (top) edge leans {@code shear} cells right per row.
 *
 * @param shear  horizontal lean per row, in cells (0 for flat)
 * @param squash height of a row, in cells (1 for flat)
 */
public record SheetProjection(double shear, double squash) {

    /** A sheet seen face on, cells square. */
    public static final SheetProjection FLAT = new SheetProjection(0, 1);

    /** A sheet lying back, the look of the 3-D stacks of channels. */
    public static final SheetProjection TILTED = new SheetProjection(0.55, 0.5);

    public SheetProjection {
        if (shear < 0 || squash <= 0) {
            throw new IllegalArgumentException("a projection needs shear >= 0 and squash > 0 (got " + shear + ", "
                    + squash + ")");
        }
    }

    /** The width of the bounding box of a sheet, in pixels. */
    public double width(int rows, int columns, double cell) {
        return cell * (columns + rows * shear);
    }

    /** The height of the bounding box of a sheet, in pixels. */
    public double height(int rows, double cell) {
        return cell * rows * squash;
    }

    /** Where grid point {@code (u, v)} of a sheet with {@code rows} rows lands (see the class comment). */
    public Point2D point(int rows, double u, double v, double x, double y, double cell) {
        return new Point2D(x + cell * (u + (rows - v) * shear), y + cell * v * squash);
    }

    /**
     * The cell of a sheet of {@code rows × columns} cells under the point {@code (px, py)}: the inverse of
     * {@link #point}; empty when the point is off the sheet.
     */
    public Optional<GridCell> cellAt(int rows, int columns, double px, double py, double x, double y, double cell) {
        double v = (py - y) / (cell * squash);
        double u = (px - x) / cell - (rows - v) * shear;
        if (v < 0 || v >= rows || u < 0 || u >= columns) {
            return Optional.empty();
        }
        return Optional.of(new GridCell((int) v, (int) u));
    }

    /**
     * Makes {@code g} draw in the sheet's grid: after this, the point {@code (u*cell, v*cell)} lands where
     * {@link #point} puts {@code (u, v)}. Wrap in {@code g.save()} and {@code g.restore()}.
     */
    void enter(GraphicsContext g, int rows, double x, double y, double cell) {
        g.transform(1, 0, -shear, squash, x + cell * rows * shear, y);
    }
}
