package org.convatlas.lesson.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.render.CellRange;
import org.convatlas.render.Role;
import org.convatlas.render.Sheet;
import org.convatlas.render.SheetStack;
import org.convatlas.render.StackConvolution;

/**
 * The pictures of the steps of a direct convolution (2-D or 3-D) whose tensors are drawn as stacks of sheets, each
 * tensor read as {@link StackShape} reads it: the channels of an input {@code [C, H, W]}, or the depth slices of a
 * one-channel volume {@code [1, D, H, W]}; the sheets of one filter of the weights; the channels or depth slices of
 * the output. Every number is the engine's: the input, weights and bias as given, the output from the trace, and the
 * products of each kernel sheet from the step's taps ({@link SheetSum}). The trace must walk the output in row-major
 * order, one element per step, as the traces of {@code Conv2d} and {@code Conv3d} do.
 */
final class StackedSteps {

    private final Tensor x;
    private final StackShape input;
    private final StackPadding padding;
    private final Tensor w;
    private final StackShape weights;
    private final boolean hasBias;
    private final Trace<WeightedSumStep> trace;
    private final StackShape output;
    private final String sheetSymbol;

    /** What one step shows: the picture, and the step's sum with one term per kernel sheet, in LaTeX. */
    record Picture(StackConvolution scene, String formula) {
    }

    /**
     * @param x           the input
     * @param padding     the padding the window slides over
     * @param w           the weights, filter first
     * @param hasBias     whether the operation adds a bias
     * @param trace       the steps, made by the engine from these tensors
     * @param sheetSymbol the letter the formula numbers input sheets with ({@code c} for channels, {@code z} for
     *                    depth slices)
     */
    StackedSteps(Tensor x, StackPadding padding, Tensor w, boolean hasBias, Trace<WeightedSumStep> trace,
                 String sheetSymbol) {
        this.x = x;
        this.input = new StackShape(x.shape());
        this.padding = padding;
        this.w = w;
        this.weights = new StackShape(w.shape());
        this.hasBias = hasBias;
        this.trace = trace;
        this.output = new StackShape(trace.outputShape());
        this.sheetSymbol = sheetSymbol;
    }

    /** The number of input sheets, padding not included. */
    int inputSheets() {
        return input.sheets();
    }

    /**
     * Step {@code index}, with input sheet {@code pulledOut} (numbered from 0, padding not included) drawn flat, or
     * none when it is negative.
     */
    Picture picture(long index, int pulledOut) {
        WeightedSumStep step = trace.step(index);
        List<SheetSum> sums = SheetSum.of(step, input, weights);
        Map<Integer, CellRange> windows = windows(step);
        SheetStack inputStack = inputStack(windows, sums, pulledOut);

        List<StackConvolution.Facing> facings = new ArrayList<>();
        for (SheetSum sum : sums) {
            int shown = sum.inputSheet() + padding.before();
            if (inputStack.shown().stream().anyMatch(s -> s.index() == shown)) {
                facings.add(facing(shown, sum));
            }
        }
        int target = output.sheetOf(step.output());
        int row = StackShape.rowOf(step.output());
        int column = StackShape.columnOf(step.output());
        SheetStack outputStack = outputStack(index, target, CellRange.cell(row, column));
        int filter = step.output().get(0);
        StackConvolution scene = new StackConvolution(inputStack, kernelCaption(filter), facings,
                hasBias ? step.bias() : Float.NaN, step.result(), outputStack,
                new StackConvolution.Target(target, row, column),
                pulledOut < 0 ? null : pulledOut(pulledOut, inputStack, sums));
        return new Picture(scene, StackedFormulas.step(step, sums, sheetSymbol, hasBias));
    }

    /** Kernel sheet {@code sum.kernelSheet()} on input sheet {@code shown}, with its factors when it has one tap. */
    private StackConvolution.Facing facing(int shown, SheetSum sum) {
        Sheet kernel = kernelSheet(sum.kernelSheet());
        Tap only = sum.onlyTap();
        return only == null ? new StackConvolution.Facing(shown, kernel, sum.sum())
                : new StackConvolution.Facing(shown, kernel, sum.sum(), only.input(), only.weight());
    }

    /** The window of the step on each input sheet it reads, in the coordinates of the padded sheet. */
    private Map<Integer, CellRange> windows(WeightedSumStep step) {
        Map<Integer, CellRange> windows = new HashMap<>();
        for (Tap tap : step.taps()) {
            Coordinates cell = SheetSum.cellOf(tap.source());
            int sheet = input.sheetOf(cell) + padding.before();
            int row = StackShape.rowOf(cell) + padding.top();
            int column = StackShape.columnOf(cell) + padding.left();
            windows.merge(sheet, CellRange.cell(row, column), (a, b) -> a.including(row, column));
        }
        return windows;
    }

    private SheetStack inputStack(Map<Integer, CellRange> windows, List<SheetSum> sums, int pulledOut) {
        int count = padding.before() + input.sheets() + padding.after();
        int[] alsoShown = sums.size() <= SheetStack.MAX_SHOWN
                ? sums.stream().mapToInt(s -> s.inputSheet() + padding.before()).toArray() : new int[0];
        int[] withPulled = Arrays.copyOf(alsoShown, alsoShown.length + 1);
        withPulled[alsoShown.length] = pulledOut < 0 ? -1 : pulledOut + padding.before();
        return SheetStack.of("x: " + StackShape.dimensions(x.shape()), count, shown -> {
            Sheet sheet = inputSheet(shown - padding.before());
            CellRange window = windows.get(shown);
            return window == null ? sheet : sheet.withWindow(window);
        }, withPulled);
    }

    /** Input sheet {@code sheet} with its padding; a sheet of padding only before or after the stack. */
    private Sheet inputSheet(int sheet) {
        int rows = padding.top() + input.rows() + padding.bottom();
        int columns = padding.left() + input.columns() + padding.right();
        if (sheet < 0 || sheet >= input.sheets()) {
            return Sheet.padding(rows, columns);
        }
        CellRange inside = new CellRange(padding.top(), padding.left(), input.rows(), input.columns());
        return Sheet.padded(Role.INPUT, rows, columns, inside, x.data(), sheet * input.rows() * input.columns())
                .withCaption("x[" + input.address(sheet) + "]");
    }

    private Sheet kernelSheet(int sheet) {
        return Sheet.of(Role.KERNEL, weights.rows(), weights.columns(), w.data(),
                sheet * weights.rows() * weights.columns()).withCaption("w[" + weights.address(sheet) + "]");
    }

    private String kernelCaption(int filter) {
        int[] shape = w.shape();
        return "w[" + filter + "]: " + StackShape.dimensions(Arrays.copyOfRange(shape, 1, shape.length));
    }

    /**
     * The output stack after step {@code index}: the elements of steps {@code 0 ... index} written (the trace walks
     * the output row-major), {@code cell} of sheet {@code target} outlined.
     */
    private SheetStack outputStack(long index, int target, CellRange cell) {
        Tensor y = trace.output();
        int size = output.rows() * output.columns();
        return SheetStack.of("y: " + StackShape.dimensions(trace.outputShape()), output.sheets(), s -> {
            long written = Math.max(0, Math.min(size, index + 1 - (long) s * size));
            Sheet sheet = Sheet.of(Role.OUTPUT, output.rows(), output.columns(), y.data(), s * size)
                    .writtenUpTo((int) written).withCaption("y[" + output.address(s) + "]");
            return s == target ? sheet.withWindow(cell) : sheet;
        }, target);
    }

    private StackConvolution.PulledOut pulledOut(int sheet, SheetStack inputStack, List<SheetSum> sums) {
        int shown = sheet + padding.before();
        Sheet inputSheet = inputStack.shown().stream().filter(s -> s.index() == shown).findFirst().orElseThrow()
                .sheet();
        StackConvolution.Facing facing = sums.stream().filter(s -> s.inputSheet() == sheet).findFirst()
                .map(s -> facing(shown, s)).orElse(null);
        return new StackConvolution.PulledOut(shown, inputSheet, facing);
    }
}
