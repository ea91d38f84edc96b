package org.convatlas.compute.trace;

import java.util.Arrays;
import java.util.BitSet;
import org.convatlas.compute.InvalidArgumentException;

/**
 * Which steps of a weighted-sum trace read each cell of the padded input: the answer to "which outputs does this
 * input cell contribute to", found by inverting the trace's own taps. A tap reads the cell of its
 * {@link TapSource.Input} or {@link TapSource.Padding} source; a dilation hole, an inserted zero or a bilinear sample
 * reads no cell.
 *
 * <p>The padded input is the box of cells {@code first[a] <= at[a] < first[a] + shape[a]} on every axis {@code a}
 * (for a 2-D convolution with pads {@code top, left, bottom, right} over {@code [C, H, W]}:
 * {@code first = (0, -top, -left)} and {@code shape = [C, top + H + bottom, left + W + right]}), its cells numbered
 * row-major from {@code first}: cell {@code at} is number
 * {@code ((at[0] - first[0])*shape[1] + at[1] - first[1])*shape[2] + ...}.
 *
 * <p>A trace of a sliding window answers by inverting its window's arithmetic ({@link WindowReaders}), in time
 * proportional to the answer. For any other trace an index is built on the first question, in two passes over every step (count the reads of each cell, then
 * list them), and kept in compressed-row form: the steps that read cell {@code i} are
 * {@code steps[start[i] ... start[i+1])}, in increasing order. Safe to use from several threads.
 */
public final class TapReaders {

    private final Trace<? extends WeightedSumStep> trace;
    private final int[] first;
    private final int[] shape;
    private final int cells;
    private int[] start;
    private int[] steps;

    /**
     * @param trace the steps
     * @param first the coordinates of the padded input's first cell, as the trace's taps name cells
     * @param shape the padded input's shape, every tap's cell lying inside it
     * @throws InvalidArgumentException if {@code first} and {@code shape} have different ranks or the shape has a
     *                                  dimension below 1
     */
    public TapReaders(Trace<? extends WeightedSumStep> trace, Coordinates first, int... shape) {
        if (first.rank() != shape.length) {
            throw new InvalidArgumentException("the padded input's first cell " + first + " and its shape "
                    + Arrays.toString(shape) + " have different ranks");
        }
        long count = 1;
        for (int d : shape) {
            if (d < 1) {
                throw new InvalidArgumentException("the padded input's dimensions must be at least 1 (got "
                        + Arrays.toString(shape) + ")");
            }
            count *= d;
        }
        this.trace = trace;
        this.first = first.toArray();
        this.shape = shape.clone();
        this.cells = Math.toIntExact(count);
    }

    /**
     * The steps whose taps read {@code cell} (an input element or a padding cell); none for a cell outside the padded
     * input.
     *
     * @throws InvalidArgumentException if the cell's rank is not the padded input's; when the index is built, if a
     *                                  tap reads a cell outside the padded input
     */
    public synchronized BitSet of(Coordinates cell) {
        if (cell.rank() != shape.length) {
            throw new InvalidArgumentException("cell " + cell + " has " + cell.rank() + " coordinates; the padded input "
                    + "has " + shape.length + " dimensions");
        }
        BitSet readers = new BitSet();
        int index = numberOf(cell);
        if (index < 0) {
            return readers;
        }
        if (trace instanceof WindowReaders window) {
            return window.readersOf(cell);
        }
        if (start == null) {
            index();
        }
        for (int i = start[index]; i < start[index + 1]; i++) {
            readers.set(steps[i]);
        }
        return readers;
    }

    /** The number of {@code cell} in the padded input (see the class comment), or -1 outside it. */
    private int numberOf(Coordinates cell) {
        int number = 0;
        for (int axis = 0; axis < shape.length; axis++) {
            int offset = cell.get(axis) - first[axis];
            if (offset < 0 || offset >= shape[axis]) {
                return -1;
            }
            number = number * shape[axis] + offset;
        }
        return number;
    }

    /**
     * Counts the reads of each cell into {@code counts[cell + 1]}, turns the counts into starts by a running sum, then
     * lists the steps: two passes over the steps, no list per cell.
     */
    private void index() {
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
        int count = Math.toIntExact(trace.stepCount());
        for (int step = 0; step < count; step++) {
            for (Tap tap : trace.step(step).taps()) {
                Coordinates at = cellOf(tap.source());
                if (at != null) {
                    read.of(checkedNumberOf(at), step);
                }
            }
        }
    }

    private int checkedNumberOf(Coordinates at) {
        int number = numberOf(at);
        if (number < 0) {
            throw new InvalidArgumentException("a tap reads " + at + ", outside the padded input of first cell "
                    + Coordinates.of(first) + " and shape " + Arrays.toString(shape));
        }
        return number;
    }

    /** The cell a tap reads: an input element or padding; null for a dilation hole, an inserted zero or a sample. */
    private static Coordinates cellOf(TapSource source) {
        if (source instanceof TapSource.Input s) {
            return s.at();
        } else if (source instanceof TapSource.Padding s) {
            return s.at();
        }
        return null;
    }
}
