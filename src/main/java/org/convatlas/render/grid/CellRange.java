package org.convatlas.render.grid;

/**
 * A rectangle of cells of a grid: {@code rows × columns} cells from row {@code top}, column {@code left} (both from
 * 0). Empty when it has no rows or no columns.
 */
public record CellRange(int top, int left, int rows, int columns) {

    /** A range of no cells. */
    public static final CellRange EMPTY = new CellRange(0, 0, 0, 0);

    public CellRange {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("a cell range has at least 0 rows and columns (got " + rows + "x"
                    + columns + ")");
        }
    }

    /** The single cell {@code (row, column)}. */
    public static CellRange cell(int row, int column) {
        return new CellRange(row, column, 1, 1);
    }

    public boolean isEmpty() {
        return rows == 0 || columns == 0;
    }

    /** Whether cell {@code (row, column)} lies in this range. */
    public boolean contains(int row, int column) {
        return row >= top && row < top + rows && column >= left && column < left + columns;
    }

    /** The smallest range holding this one and the cell {@code (row, column)}. */
    public CellRange including(int row, int column) {
        if (isEmpty()) {
            return cell(row, column);
        }
        int newTop = Math.min(top, row);
        int newLeft = Math.min(left, column);
        int bottom = Math.max(top + rows, row + 1);
        int right = Math.max(left + columns, column + 1);
        return new CellRange(newTop, newLeft, bottom - newTop, right - newLeft);
    }
}
