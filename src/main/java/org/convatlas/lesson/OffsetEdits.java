package org.convatlas.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offsets (and mask weights) of single taps of a deformable convolution set by hand, each for one output position:
 * tap {@code (tapRow, tapColumn)} of output {@code (row, column)} samples {@code (dy, dx)} away from its regular cell,
 * weighted by {@code mask}. They replace what the lesson's offset field gives those taps; an edit of a position or tap
 * the convolution does not have is left unused. Immutable; at most one edit per tap of a position, in the order made.
 * On the command line {@code none}, or {@code row,column,tapRow,tapColumn=dy,dx,mask} joined by {@code ;}.
 *
 * @param edits the edits, in the order they were made
 */
public record OffsetEdits(List<Edit> edits) {

    /** No edits. */
    public static final OffsetEdits NONE = new OffsetEdits(List.of());

    /** The most edits kept; a further one drops the oldest. */
    public static final int MOST = 64;

    /** The text of no edits. */
    private static final String NONE_TEXT = "none";

    /**
     * The offset and mask of one tap at one output position.
     *
     * @param row       the output row
     * @param column    the output column
     * @param tapRow    the kernel row of the tap
     * @param tapColumn the kernel column of the tap
     * @param dy        the offset down, in cells
     * @param dx        the offset right, in cells
     * @param mask      the tap's mask weight (modulated deformable convolution)
     */
    public record Edit(int row, int column, int tapRow, int tapColumn, float dy, float dx, float mask) {

        public Edit {
            if (row < 0 || column < 0 || tapRow < 0 || tapColumn < 0) {
                throw new IllegalArgumentException("an edit names an output and a tap from 0 (got " + row + ", "
                        + column + ", " + tapRow + ", " + tapColumn + ")");
            }
            if (!Float.isFinite(dy) || !Float.isFinite(dx) || !Float.isFinite(mask)) {
                throw new IllegalArgumentException("an edit's offset and mask are numbers");
            }
        }

        /** Whether this edit is of the same tap of the same output position as {@code other}. */
        boolean sameTap(Edit other) {
            return row == other.row && column == other.column && tapRow == other.tapRow
                    && tapColumn == other.tapColumn;
        }
    }

    public OffsetEdits {
        edits = List.copyOf(edits);
        for (int i = 0; i < edits.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (edits.get(i).sameTap(edits.get(j))) {
                    throw new IllegalArgumentException("two edits of one tap: " + edits.get(i));
                }
            }
        }
    }

    /** These edits with {@code edit} in place of any earlier edit of its tap, last; the oldest dropped past {@link #MOST}. */
    public OffsetEdits with(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        List<Edit> more = new ArrayList<>(edits);
        more.removeIf(edit::sameTap);
        more.add(edit);
        while (more.size() > MOST) {
            more.remove(0);
        }
        return new OffsetEdits(more);
    }

    /** The edit of tap {@code (tapRow, tapColumn)} of output {@code (row, column)}, if there is one. */
    public Optional<Edit> at(int row, int column, int tapRow, int tapColumn) {
        return edits.stream().filter(e -> e.row == row && e.column == column && e.tapRow == tapRow
                && e.tapColumn == tapColumn).findFirst();
    }

    /** The last edit made at output {@code (row, column)}, if any. */
    public Optional<Edit> lastAt(int row, int column) {
        for (int i = edits.size() - 1; i >= 0; i--) {
            if (edits.get(i).row == row && edits.get(i).column == column) {
                return Optional.of(edits.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    public int size() {
        return edits.size();
    }

    /** The edits as the command line writes them: {@code none}, or {@code 1,2,0,0=0.5,-0.25,1;...}. */
    public String text() {
        if (edits.isEmpty()) {
            return NONE_TEXT;
        }
        StringBuilder text = new StringBuilder();
        for (Edit e : edits) {
            text.append(text.length() > 0 ? ";" : "").append(e.row).append(',').append(e.column).append(',')
                    .append(e.tapRow).append(',').append(e.tapColumn).append('=').append(number(e.dy)).append(',')
                    .append(number(e.dx)).append(',').append(number(e.mask));
        }
        return text.toString();
    }

    private static String number(float v) {
        return v == Math.rint(v) && Math.abs(v) < 1e7f ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The edits {@link #text()} writes, spaces allowed around the numbers; empty if {@code text} is not such. */
    public static Optional<OffsetEdits> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.equals(NONE_TEXT) || trimmed.isEmpty()) {
            return Optional.of(NONE);
        }
        try {
            OffsetEdits read = NONE;
            for (String item : trimmed.split(";", -1)) {
                String[] sides = item.split("=", -1);
                if (sides.length != 2) {
                    return Optional.empty();
                }
                String[] where = sides[0].split(",", -1);
                String[] what = sides[1].split(",", -1);
                if (where.length != 4 || what.length != 3) {
                    return Optional.empty();
                }
                Edit edit = new Edit(Integer.parseInt(where[0].strip()), Integer.parseInt(where[1].strip()),
                        Integer.parseInt(where[2].strip()), Integer.parseInt(where[3].strip()),
                        Float.parseFloat(what[0].strip()), Float.parseFloat(what[1].strip()),
                        Float.parseFloat(what[2].strip()));
                if (read.at(edit.row, edit.column, edit.tapRow, edit.tapColumn).isPresent()) {
                    return Optional.empty();
                }
                read = read.with(edit);
            }
            return Optional.of(read);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
