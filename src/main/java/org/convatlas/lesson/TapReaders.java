package org.convatlas.lesson;

import java.util.BitSet;
import java.util.function.ToIntFunction;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;

/**
 * Which steps of a weighted-sum trace read each cell of the (padded) input: the answer to "which outputs does this
 * input cell contribute to", taken from the trace's own taps (a dilation hole reads nothing). The cells are numbered
 * {@code 0 ... cells-1} by a function the lesson gives, -1 for a cell outside the padded input. Built on the first
 * question, in one pass over every step, and kept as one list of step numbers per cell (compressed-row form: the
 * steps of cell {@code i} are {@code steps[start[i] ... start[i+1])}). Safe to use from several threads.
 */
public final class TapReaders {

    private final Trace<WeightedSumStep> trace;
    private final int cells;
    private final ToIntFunction<Coordinates> cellIndex;
    private int[] start;
    private int[] steps;

    /**
     * @param trace     the steps
     * @param cells     how many cells the padded input has
     * @param cellIndex the number of a cell named as the trace's taps name it (an input element or a padding cell),
     *                  or -1 outside the padded input
     */
    public TapReaders(Trace<WeightedSumStep> trace, int cells, ToIntFunction<Coordinates> cellIndex) {
        this.trace = trace;
        this.cells = cells;
        this.cellIndex = cellIndex;
    }

    /** The steps that read {@code cell} (an input element or a padding cell); none for a cell outside the padding. */
    public synchronized BitSet of(Coordinates cell) {
        BitSet readers = new BitSet();
        int index = cellIndex.applyAsInt(cell);
        if (index < 0) {
            return readers;
        }
        if (start == null) {
            index();
        }
        for (int i = start[index]; i < start[index + 1]; i++) {
            readers.set(steps[i]);
        }
        return readers;
    }

    /** Counts the reads of each cell, then lists the steps: two passes over the steps, no list per cell. */
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
        int count = (int) trace.stepCount();
        for (int step = 0; step < count; step++) {
            for (Tap tap : trace.step(step).taps()) {
                Coordinates at = cellOf(tap.source());
                if (at != null) {
                    read.of(cellIndex.applyAsInt(at), step);
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
}
