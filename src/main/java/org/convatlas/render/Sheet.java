package org.convatlas.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One 2-D grid of numbers as a figure shows it: a channel of a tensor, a depth slice of a volume, a sheet of a
 * kernel. It has {@code rows × columns} cells, row-major (cell {@code (r, c)} is value {@code r*columns + c}); the
 * cells inside the range {@link #inside()} have the sheet's role and those around it are padding. A cell whose value
 * is {@code NaN} has nothing written yet (an output the animation has not reached). Windows are ranges of cells
 * outlined in the highlight colour: the kernel's window over an input, the output cell being written. Immutable.
 */
public final class Sheet {

    private final Role role;
    private final int rows;
    private final int columns;
    private final CellRange inside;
    private final float[] values;
    private final List<CellRange> windows;
    private final String caption;

    private Sheet(Role role, int rows, int columns, CellRange inside, float[] values, List<CellRange> windows,
                  String caption) {
        this.role = Objects.requireNonNull(role, "role");
        this.rows = rows;
        this.columns = columns;
        this.inside = inside;
        this.values = values;
        this.windows = List.copyOf(windows);
        this.caption = Objects.requireNonNull(caption, "caption");
    }

    /**
     * A sheet of {@code rows × columns} values in {@code role}, copied from {@code data[offset + r*columns + c]}.
     */
    public static Sheet of(Role role, int rows, int columns, float[] data, int offset) {
        return padded(role, rows, columns, new CellRange(0, 0, rows, columns), data, offset);
    }

    /**
     * A sheet of {@code rows × columns} cells whose range {@code inside} holds the values
     * {@code data[offset + r*inside.columns() + c]} ({@code r}, {@code c} counted from the range's corner) in
     * {@code role}; the cells around it are padding and read 0.
     */
    public static Sheet padded(Role role, int rows, int columns, CellRange inside, float[] data, int offset) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a sheet has at least one row and one column (got " + rows + "x"
                    + columns + ")");
        }
        if (inside.top() < 0 || inside.left() < 0 || inside.top() + inside.rows() > rows
                || inside.left() + inside.columns() > columns) {
            throw new IllegalArgumentException(inside + " does not fit a " + rows + "x" + columns + " sheet");
        }
        float[] values = new float[rows * columns];
        for (int r = 0; r < inside.rows(); r++) {
            System.arraycopy(data, offset + r * inside.columns(), values,
                    (inside.top() + r) * columns + inside.left(), inside.columns());
        }
        return new Sheet(role, rows, columns, inside, values, List.of(), "");
    }

    /** A sheet of padding only: a slice of zeros before or after a padded volume. */
    public static Sheet padding(int rows, int columns) {
        return padded(Role.PADDING, rows, columns, CellRange.EMPTY, new float[0], 0);
    }

    /** This sheet with only its first {@code count} cells (row-major) written, the others still empty. */
    public Sheet writtenUpTo(int count) {
        float[] written = values.clone();
        Arrays.fill(written, Math.max(0, Math.min(count, written.length)), written.length, Float.NaN);
        return new Sheet(role, rows, columns, inside, written, windows, caption);
    }

    /** This sheet with {@code window} outlined as well. */
    public Sheet withWindow(CellRange window) {
        List<CellRange> more = new ArrayList<>(windows);
        more.add(window);
        return new Sheet(role, rows, columns, inside, values, more, caption);
    }

    /** This sheet named {@code text} (a symbol such as {@code x[0]}, shown beside it). */
    public Sheet withCaption(String text) {
        return new Sheet(role, rows, columns, inside, values, windows, text);
    }

    /** The role of the cells that are not padding. */
    public Role role() {
        return role;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The cells that are not padding. */
    public CellRange inside() {
        return inside;
    }

    /** The role of cell {@code (row, column)}: the sheet's role inside, padding around. */
    public Role roleAt(int row, int column) {
        return inside.contains(row, column) ? role : Role.PADDING;
    }

    /** The value of cell {@code (row, column)}; {@code NaN} while nothing is written there. */
    public float valueAt(int row, int column) {
        return values[row * columns + column];
    }

    /** The ranges outlined in the highlight colour. */
    public List<CellRange> windows() {
        return windows;
    }

    /** The sheet's name, or empty. */
    public String caption() {
        return caption;
    }

    /** The smallest and the largest value written inside the sheet, or null when none is. */
    ValueRange valueRange() {
        ValueRange range = null;
        for (int r = inside.top(); r < inside.top() + inside.rows(); r++) {
            for (int c = inside.left(); c < inside.left() + inside.columns(); c++) {
                float v = valueAt(r, c);
                if (!Float.isNaN(v)) {
                    range = range == null ? new ValueRange(v, v) : range.including(v);
                }
            }
        }
        return range;
    }
}
