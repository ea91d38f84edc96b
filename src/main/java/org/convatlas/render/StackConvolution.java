package org.convatlas.render;

import java.util.List;
import java.util.Objects;

/**
 * What one step of a convolution over stacked sheets shows: the input as a stack of sheets (channels, or depth
 * slices), the kernel's sheets each facing the input sheet it is laid on, the sum of the products on each of those
 * sheets, the bias, the output value, and the output stack with the cell being written; optionally one input sheet
 * pulled out of the stack and drawn flat, with its kernel sheet, to read their numbers. Drawn by
 * {@link StackConvolutionFigure}.
 *
 * @param input         the input stack, padding sheets included
 * @param kernelCaption what the kernel of this step is, in symbols (for example {@code w[0]: 3×3×3})
 * @param facings       the kernel sheets laid on shown input sheets, top to bottom
 * @param bias          added after the products; {@code NaN} when the operation has none
 * @param result        the output value of the step
 * @param output        the output stack
 * @param target        the output cell the step writes
 * @param pulledOut     the sheet pulled out of the input stack, or null
 */
public record StackConvolution(SheetStack input, String kernelCaption, List<Facing> facings, float bias, float result,
                               SheetStack output, Target target, PulledOut pulledOut) {

    /**
     * Sheet {@code kernel} of the kernel lies on input sheet {@code input} (an index into the input stack); the
     * products on that sheet add up to {@code sum}. A kernel sheet of one cell (1×1) has one product, whose factors
     * {@code value} (the input's) and {@code weight} are shown with it; they are {@code NaN} for larger sheets.
     */
    public record Facing(int input, Sheet kernel, float sum, float value, float weight) {
        public Facing {
            Objects.requireNonNull(kernel, "kernel");
        }

        /** A kernel sheet with several products, shown by their sum. */
        public Facing(int input, Sheet kernel, float sum) {
            this(input, kernel, sum, Float.NaN, Float.NaN);
        }

        /** What the figure writes for this sheet: {@code = 3}, or for a single product {@code 4 · 2 = 8}. */
        public String text() {
            String result = "= " + NumberText.of(sum);
            return Float.isNaN(weight) ? result
                    : NumberText.of(value) + " · " + NumberText.factor(weight) + " " + result;
        }
    }

    /** Cell {@code (row, column)} of output sheet {@code sheet} (an index into the output stack). */
    public record Target(int sheet, int row, int column) {
    }

    /**
     * Input sheet {@code index} (an index into the input stack) drawn flat beside the kernel sheet that lies on it in
     * this step, if one does ({@code facing}, else null).
     */
    public record PulledOut(int index, Sheet input, Facing facing) {
        public PulledOut {
            Objects.requireNonNull(input, "input");
        }
    }

    public StackConvolution {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kernelCaption, "kernelCaption");
        facings = List.copyOf(facings);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(target, "target");
    }
}
