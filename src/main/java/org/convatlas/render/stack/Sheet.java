package org.convatlas.render.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.HeatMap;

/**
 * One 2-D grid of numbers as a figure shows it: a channel of a tensor, a depth slice of a volume, a sheet of a
 * kernel. It has {@code rows × columns} cells; the cells inside the range {@link #inside()} hold the values, in the
 * sheet's role, and those around it are padding, which reads 0. Only the first {@link #written()} values inside
 * (row-major) are written so far (an output the animation is filling); the others are blank. Windows are ranges of
 * cells outlined in the highlight colour: the kernel's window over an input, the output cell being written. The
 * origin, when given, names cells as the engine's traces do, so that the figure can say which cell is under the
 * pointer. Immutable, apart from the cached picture of its heat map, which the sheets derived from it share.
 */
public final class Sheet {

    /** The group of a sheet that belongs to none. */
    public static final int NO_GROUP = -1;

    private final Role role;
    private final int rows;
    private final int columns;
    private final CellRange inside;
    private final float[] values;
    private final HeatMap heat;
    private final int written;
    private final Coordinates origin;
    private final List<CellRange> windows;
    private final String caption;
    private final int group;

    private Sheet(Role role, int rows, int columns, CellRange inside, float[] values, HeatMap heat, int written,
                  Coordinates origin, List<CellRange> windows, String caption, int group) {
        this.role = Objects.requireNonNull(role, "role");
        this.rows = rows;
        this.columns = columns;
        this.inside = inside;
        this.values = values;
        this.heat = heat;
        this.written = written;
        this.origin = origin;
        this.windows = List.copyOf(windows);
        this.caption = Objects.requireNonNull(caption, "caption");
        this.group = group;
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
     * {@code role}, all written; the cells around it are padding.
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
        int count = inside.rows() * inside.columns();
        float[] values = new float[count];
        System.arraycopy(data, offset, values, 0, count);
        HeatMap heat = inside.isEmpty() ? null : new HeatMap(values, inside.rows(), inside.columns());
        return new Sheet(role, rows, columns, inside, values, heat, count, null, List.of(), "", NO_GROUP);
    }

    /** A sheet of padding only: a slice of zeros before or after a padded volume. */
    public static Sheet padding(int rows, int columns) {
        return padded(Role.PADDING, rows, columns, CellRange.EMPTY, new float[0], 0);
    }

    /** This sheet with only its first {@code count} values (row-major) written, the others blank. */
    public Sheet writtenUpTo(int count) {
        int clamped = Math.max(0, Math.min(count, values.length));
        return new Sheet(role, rows, columns, inside, values, heat, clamped, origin, windows, caption, group);
    }

    /** This sheet with {@code window} outlined as well. */
    public Sheet withWindow(CellRange window) {
        List<CellRange> more = new ArrayList<>(windows);
        more.add(window);
        return new Sheet(role, rows, columns, inside, values, heat, written, origin, more, caption, group);
    }

    /** This sheet named {@code text} (a symbol such as {@code x[0]}, shown beside it). */
    public Sheet withCaption(String text) {
        return new Sheet(role, rows, columns, inside, values, heat, written, origin, windows, text, group);
    }

    /**
     * This sheet with its cell {@code (0, 0)} (a padding cell, if it is padded) at {@code origin} in its tensor, for
     * example {@code (c, -1, -1)} for channel {@code c} with one ring of padding.
     */
    public Sheet withOrigin(Coordinates origin) {
        return new Sheet(role, rows, columns, inside, values, heat, written, Objects.requireNonNull(origin, "origin"),
                windows, caption, group);
    }

    /**
     * This sheet in channel group {@code group} (numbered from 0), which a figure draws as a band in the group's
     * colour beside it, with the group's number ({@link org.convatlas.render.GroupBand}).
     */
    public Sheet withGroup(int group) {
        if (group < 0) {
            throw new IllegalArgumentException("groups are numbered from 0 (got " + group + ")");
        }
        return new Sheet(role, rows, columns, inside, values, heat, written, origin, windows, caption, group);
    }

    /** The channel group the sheet belongs to, numbered from 0, or {@link #NO_GROUP}. */
    public int group() {
        return group;
    }

    /** Whether the sheet belongs to a channel group. */
    public boolean hasGroup() {
        return group != NO_GROUP;
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

    /** How many values inside are written, row-major from the top-left. */
    public int written() {
        return written;
    }

    /** Whether the sheet has padding around its values. */
    public boolean isPadded() {
        return inside.rows() < rows || inside.columns() < columns;
    }

    /** The look of cell {@code (row, column)}: padding around, the sheet's role inside, null (blank) if unwritten. */
    public Role roleAt(int row, int column) {
        if (!inside.contains(row, column)) {
            return Role.PADDING;
        }
        return insideIndex(row, column) < written ? role : null;
    }

    /** The value of cell {@code (row, column)}: 0 on padding, {@code NaN} while nothing is written there. */
    public float valueAt(int row, int column) {
        if (!inside.contains(row, column)) {
            return 0;
        }
        int i = insideIndex(row, column);
        return i < written ? values[i] : Float.NaN;
    }

    /** The coordinates of cell {@code (row, column)} in the sheet's tensor; empty without an origin. */
    public Optional<Coordinates> coordinatesOf(int row, int column) {
        if (origin == null) {
            return Optional.empty();
        }
        int[] at = origin.toArray();
        at[at.length - 2] += row;
        at[at.length - 1] += column;
        return Optional.of(Coordinates.of(at));
    }

    /** The ranges outlined in the highlight colour. */
    public List<CellRange> windows() {
        return windows;
    }

    /** The sheet's name, or empty. */
    public String caption() {
        return caption;
    }

    /** The values inside, row-major, written or not. Not a copy: not to be changed. */
    float[] valuesInside() {
        return values;
    }

    /** The heat map of the values inside, or null for a sheet of padding only. */
    HeatMap heat() {
        return heat;
    }

    private int insideIndex(int row, int column) {
        return (row - inside.top()) * inside.columns() + column - inside.left();
    }
}
