package org.convatlas.render.stack;

import java.util.List;
import java.util.Objects;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.chrome.Captions;
import org.convatlas.render.chrome.NumberText;

/**
 * What one step of a convolution over stacked sheets shows: the input as a stack of sheets (channels, or depth
 * slices), the kernel's sheets each facing the input sheet it lies on, the sum of the products on each of those
 * sheets, the bias, the output value, and the output stack with the cell being written; optionally one input sheet
 * pulled out of the stack and drawn flat, with its kernel sheet, to read their numbers. Drawn by
 * {@link StackConvolutionFigure}.
 *
 * @param captions  what the three stacks are
 * @param input     the input stack, padding sheets included
 * @param facings   the kernel sheets laid on input sheets that are shown, top to bottom
 * @param terms     the sum of every kernel sheet, in the order the step adds them (sheets not shown included)
 * @param bias      added after the sums; {@code NaN} when the operation has none
 * @param result    the output value of the step
 * @param written   the output element the step writes, as the engine's trace names it
 * @param output    the output stack
 * @param target    where that element is in the output stack
 * @param pulledOut the sheet pulled out of the input stack, or null
 * @param readers   the input cell pointed at and the outputs that read it, their cells outlined in the stacks; or null
 */
public record StackConvolution(Captions captions, SheetStack input, List<Facing> facings, List<Term> terms,
                               float bias, float result, Coordinates written, SheetStack output, Target target,
                               PulledOut pulledOut, Readers readers) {

    /** What the input, the kernel of this step and the output are, for example "Input 3×5×5". */
    public record Captions(Message input, Message kernel, Message output) {
        public Captions {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(kernel, "kernel");
            Objects.requireNonNull(output, "output");
        }
    }

    /**
     * The products of one kernel sheet add up to {@code sum}. A kernel sheet of one cell (1×1) has one product, whose
     * factors {@code value} (the input's) and {@code weight} are then shown; they are {@code NaN} for larger sheets.
     */
    public record Term(float sum, float value, float weight) {

        /** The sum of a sheet of several products. */
        public static Term sum(float sum) {
            return new Term(sum, Float.NaN, Float.NaN);
        }

        /** Whether the term is a single product. */
        public boolean isProduct() {
            return !Float.isNaN(weight);
        }

        /** What the figure writes beside the sheet: {@code = 3}, or for a single product {@code 4 · 2 = 8}. */
        public String text() {
            String result = "= " + NumberText.of(sum);
            return isProduct() ? NumberText.of(value) + " · " + NumberText.factor(weight) + " " + result : result;
        }
    }

    /** Sheet {@code kernel} of the kernel lies on input sheet {@code input} (an index into the input stack). */
    public record Facing(int input, Sheet kernel, Term term) {
        public Facing {
            Objects.requireNonNull(kernel, "kernel");
            Objects.requireNonNull(term, "term");
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

    /**
     * Input element {@code cell} (a padding cell when outside the input), holding {@code value}, is read by the
     * windows of the steps that write {@code outputs}, in the order of the trace; each named as the engine's trace
     * names it.
     */
    public record Readers(Coordinates cell, float value, List<Coordinates> outputs) {
        public Readers {
            Objects.requireNonNull(cell, "cell");
            outputs = List.copyOf(outputs);
        }
    }

    public StackConvolution {
        Objects.requireNonNull(captions, "captions");
        Objects.requireNonNull(input, "input");
        facings = List.copyOf(facings);
        terms = List.copyOf(terms);
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(target, "target");
    }
}
