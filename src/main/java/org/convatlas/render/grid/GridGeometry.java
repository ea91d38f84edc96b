package org.convatlas.render.grid;

import java.util.Optional;

/**
 * Where a grid of square cells is drawn, in pixels. Rows and columns are numbered as the tensor numbers them, so a
 * grid drawn with a padding ring starts at row and column {@code -pad}: the cell of row {@code r}, column {@code c}
 * covers {@code [x(c), x(c) + cell) × [y(r), y(r) + cell)} with {@code x(c) = left + (c - firstColumn)·cell} and
 * {@code y(r) = top + (r - firstRow)·cell}.
 *
 * @param left        the grid's left edge
 * @param top         the grid's top edge
 * @param cell        the side of a cell
 * @param firstRow    the number of the top row
 * @param firstColumn the number of the left column
 * @param rows        the number of rows, at least 1
 * @param columns     the number of columns, at least 1
 */
public record GridGeometry(double left, double top, double cell, int firstRow, int firstColumn, int rows, int columns) {

    public GridGeometry {
        if (rows < 1 || columns < 1 || !(cell > 0)) {
            throw new IllegalArgumentException("a grid needs at least one row and column of cells larger than 0 (got "
                    + rows + "x" + columns + " cells of " + cell + " px)");
        }
    }

    /** A grid of {@code rows × columns} cells numbered from 0, with its top-left corner at {@code (left, top)}. */
    public static GridGeometry at(double left, double top, double cell, int rows, int columns) {
        return new GridGeometry(left, top, cell, 0, 0, rows, columns);
    }

    public double width() {
        return columns * cell;
    }

    public double height() {
        return rows * cell;
    }

    public double right() {
        return left + width();
    }

    public double bottom() {
        return top + height();
    }

    /** The number of the bottom row. */
    public int lastRow() {
        return firstRow + rows - 1;
    }

    /** The number of the right column. */
    public int lastColumn() {
        return firstColumn + columns - 1;
    }

    /** The left edge of column {@code column}. */
    public double x(int column) {
        return left + (column - firstColumn) * cell;
    }

    /** The top edge of row {@code row}. */
    public double y(int row) {
        return top + (row - firstRow) * cell;
    }

    public double centreX(int column) {
        return x(column) + cell / 2;
    }

    public double centreY(int row) {
        return y(row) + cell / 2;
    }

    /** Whether the grid has the cell of row {@code row}, column {@code column}. */
    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow() && column >= firstColumn && column <= lastColumn();
    }

    /** The cell under the point {@code (px, py)}, if the point is on the grid. */
    public Optional<GridCell> cellAt(double px, double py) {
        if (px < left || py < top || px >= right() || py >= bottom()) {
            return Optional.empty();
        }
        int row = firstRow + Math.min(rows - 1, (int) ((py - top) / cell));
        int column = firstColumn + Math.min(columns - 1, (int) ((px - left) / cell));
        return Optional.of(new GridCell(row, column));
    }

    /** The same grid with its top-left corner at {@code (newLeft, newTop)}. */
    public GridGeometry movedTo(double newLeft, double newTop) {
        return new GridGeometry(newLeft, newTop, cell, firstRow, firstColumn, rows, columns);
    }
}
