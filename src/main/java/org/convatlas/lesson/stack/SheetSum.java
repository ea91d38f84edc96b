package org.convatlas.lesson.stack;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.WeightedSumStep;

/**
 * The products one kernel sheet contributes to a step: kernel sheet {@code kernelSheet} lies on input sheet
 * {@code inputSheet} (before 0 or past the last sheet for a padding slice of a volume) and its products add up to
 * {@code sum}. A step of a convolution over stacked sheets is the sum of these, plus the bias.
 *
 * @param inputSheet  the input sheet, numbered as {@link StackShape} numbers them
 * @param kernelSheet the kernel sheet, numbered likewise over all the weights
 * @param sum         the products of the taps on that sheet, added in the order of the step in {@code double}, as
 *                    the engine adds a step's products, and rounded to {@code float}
 * @param onlyTap     the sheet's tap when it has just one (a 1×1 kernel), whose product is then the sum; else null
 */
record SheetSum(int inputSheet, int kernelSheet, float sum, Tap onlyTap) {

    /**
     * The step's taps grouped by kernel sheet, in the order of the step. A direct convolution visits its taps one
     * kernel sheet after the other (input channel, then kernel depth), so each group is a run of taps.
     *
     * @param input   the shape of the input
     * @param weights the shape of the weights
     */
    static List<SheetSum> of(WeightedSumStep step, StackShape input, StackShape weights) {
        List<SheetSum> sums = new ArrayList<>();
        List<Tap> taps = step.taps();
        int first = 0;
        while (first < taps.size()) {
            int kernelSheet = weights.sheetOf(taps.get(first).kernel());
            int end = first;
            double sum = 0;
            while (end < taps.size() && weights.sheetOf(taps.get(end).kernel()) == kernelSheet) {
                sum += taps.get(end).product();
                end++;
            }
            int inputSheet = input.sheetOf(cellOf(taps.get(first).source()));
            sums.add(new SheetSum(inputSheet, kernelSheet, (float) sum, end - first == 1 ? taps.get(first) : null));
            first = end;
        }
        return sums;
    }

    /** The input cell a tap of a direct convolution reads: an input element or a padding cell. */
    static Coordinates cellOf(TapSource source) {
        if (source instanceof TapSource.Input in) {
            return in.at();
        } else if (source instanceof TapSource.Padding pad) {
            return pad.at();
        }
        throw new IllegalArgumentException("a direct convolution reads no " + source.kind() + " cell");
    }
}
