package org.convatlas.lesson.grid;

import java.util.BitSet;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;

/**
 * Which steps of a single-channel 2-D trace read each cell of the padded input: the answer to "which outputs does
 * this input cell contribute to", taken from the trace's own taps (a dilation hole reads nothing). Built on the first
 * question, in one pass over every step, and kept as one list of step numbers per cell (compressed-row form: the
 * steps of cell {@code i} are {@code steps[start[i] ... start[i+1])}). Safe to use from several threads.
 */
final class InputReaders {

    private final Trace<WeightedSumStep> trace;
    private final int top;
    private final int left;
    private final int paddedRows;
    private final int paddedColumns;
    private int[] start;
    private int[] steps;

    /** The readers of the cells of an input {@code rows × columns} padded by {@code pads}, from {@code trace}. */
    InputReaders(Trace<WeightedSumStep> trace, int rows, int columns, Pads2d pads) {
        this.trace = trace;
        this.top = pads.top();
        this.left = pads.left();
        this.paddedRows = rows + pads.top() + pads.bottom();
        this.paddedColumns = columns + pads.left() + pads.right();
    }

    /**
     * The steps that read the cell {@code (row, column)} of the padded input (outside {@code [0, H) × [0, W)} for
     * padding); none for a cell outside the padding.
     */
    synchronized BitSet of(int row, int column) {
        BitSet readers = new BitSet();
        int cell = cellIndex(row, column);
        if (cell < 0) {
            return readers;
        }
        if (start == null) {
            index();
        }
        for (int i = start[cell]; i < start[cell + 1]; i++) {
            readers.set(steps[i]);
        }
        return readers;
    }

    /** Counts the reads of each cell, then lists the steps: two passes over the steps, no list per cell. */
    private void index() {
        int cells = paddedRows * paddedColumns;
        int[] counts = new int[cells + 1];
        forEachRead((cell, step) -> counts[cell + 1]++);
        for (int i = 0; i < cells; i++) {
            counts[i + 1] += counts[i];
        }
        int[] listed = new int[counts[cells]];
        int[] next = counts.clone();
        forEachRead((cell, step) -> listed[next[cell]++] = step);
        start = counts;
        steps = listed;
    }

    private interface Read {
        void of(int cell, int step);
    }

    private void forEachRead(Read read) {
        int count = (int) trace.stepCount();
        for (int step = 0; step < count; step++) {
            for (Tap tap : trace.step(step).taps()) {
                Coordinates at = cellOf(tap.source());
                if (at != null) {
                    read.of(cellIndex(at.get(1), at.get(2)), step);
                }
            }
        }
    }

    /** The cell a tap reads: an input element or padding; null for a dilation hole. */
    private static Coordinates cellOf(TapSource source) {
        if (source instanceof TapSource.Input s) {
            return s.at();
        } else if (source instanceof TapSource.Padding s) {
            return s.at();
        }
        return null;
    }

    /** The row-major index of {@code (row, column)} in the padded input, or -1 outside it. */
    private int cellIndex(int row, int column) {
        int r = row + top;
        int c = column + left;
        return r < 0 || r >= paddedRows || c < 0 || c >= paddedColumns ? -1 : r * paddedColumns + c;
    }
}
