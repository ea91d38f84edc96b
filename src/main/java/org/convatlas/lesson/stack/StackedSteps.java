package org.convatlas.lesson.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.convatlas.compute.ChannelGroups;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapReaders;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.GroupBand;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.stack.Sheet;
import org.convatlas.render.stack.SheetStack;
import org.convatlas.render.stack.StackConvolution;

/**
 * The pictures of the steps of a direct convolution (2-D or 3-D) whose tensors are drawn as stacks of sheets, each
 * tensor read as {@link StackShape} reads it: the channels of an input {@code [C, H, W]}, or the depth slices of a
 * one-channel volume {@code [1, D, H, W]}; the sheets of one filter of the weights; the channels or depth slices of
 * the output. Every number is the engine's: the input, weights and bias as given, the output from the trace, and the
 * sums of each kernel sheet from the step's taps ({@link SheetSum}). The trace must walk the output in row-major
 * order, one element per step, as the traces of {@code Conv2d} and {@code Conv3d} do.
 *
 * <p>The sheets are made once each and kept, so that their heat maps are painted once, not on every frame.
 */
public final class StackedSteps {

    /** No channel groups drawn. */
    public static final int NO_GROUPS = 0;

    private final Tensor x;
    private final StackShape input;
    private final StackPadding padding;
    private final Tensor w;
    private final StackShape weights;
    private final boolean hasBias;
    private final Trace<? extends WeightedSumStep> trace;
    private final StackShape output;
    private final TapReaders readers;
    /** The channel groups drawn as bands, or {@link #NO_GROUPS}. */
    private final int groups;
    private final Map<Integer, Sheet> inputSheets = new ConcurrentHashMap<>();
    private final Map<Integer, Sheet> kernelSheets = new ConcurrentHashMap<>();
    private final Map<Integer, Sheet> outputSheets = new ConcurrentHashMap<>();
    /** The keys of the input's and the output's captions, each with the tensor's dimensions for {@code {0}}. */
    private String inputCaption = "figure.stack.input";
    private String outputCaption = "figure.stack.output";

    /**
     * @param x       the input
     * @param padding the padding the window slides over
     * @param w       the weights, filter first
     * @param hasBias whether the operation adds a bias
     * @param trace   the steps, made by the engine from these tensors
     */
    public StackedSteps(Tensor x, StackPadding padding, Tensor w, boolean hasBias,
                        Trace<? extends WeightedSumStep> trace) {
        this(x, padding, w, hasBias, trace, NO_GROUPS);
    }

    /**
     * The steps of a grouped convolution of {@code [C, H, W]} stacks, with the input channels, the filters and the
     * output channels split into {@code groups} ({@link ChannelGroups}): every input and output sheet has its group's
     * band, and the caption of the filter names its group. {@link #NO_GROUPS} draws no bands.
     */
    public StackedSteps(Tensor x, StackPadding padding, Tensor w, boolean hasBias,
                        Trace<? extends WeightedSumStep> trace, int groups) {
        this.x = x;
        this.input = new StackShape(x.shape());
        this.padding = padding;
        this.w = w;
        this.weights = new StackShape(w.shape());
        this.hasBias = hasBias;
        this.trace = trace;
        this.output = new StackShape(trace.outputShape());
        this.readers = paddedReaders();
        this.groups = groups;
    }

    /**
     * Captions the input and the output by the keys given instead of "Input" and "Output": a stage of a larger
     * operation names what it reads and writes ("Depthwise output 3×5×5"). Returns this.
     */
    public StackedSteps captioned(String inputKey, String outputKey) {
        this.inputCaption = inputKey;
        this.outputCaption = outputKey;
        return this;
    }

    /**
     * The readers of the padded input: the padding before and after the stack widens the axis before the rows (the
     * channels of {@code [C, H, W]}, padded by nothing; the depth of {@code [1, D, H, W]}), the other sides widen the
     * rows and columns.
     */
    private TapReaders paddedReaders() {
        int[] shape = x.shape();
        int rank = shape.length;
        int[] first = new int[rank];
        first[rank - 3] = -padding.before();
        first[rank - 2] = -padding.top();
        first[rank - 1] = -padding.left();
        shape[rank - 3] += padding.before() + padding.after();
        shape[rank - 2] += padding.top() + padding.bottom();
        shape[rank - 1] += padding.left() + padding.right();
        return new TapReaders(trace, Coordinates.of(first), shape);
    }

    /**
     * Step {@code index}, with input sheet {@code pulledOut} (numbered from 0, padding not included) drawn flat, or
     * none when it is negative.
     */
    StackConvolution picture(long index, int pulledOut) {
        WeightedSumStep step = trace.step(index);
        Coordinates written = step.output();
        int target = output.sheetOf(written);
        CellRange cell = CellRange.cell(StackShape.rowOf(written), StackShape.columnOf(written));
        return picture(index, pulledOut, windows(step), outputStack(index, Map.of(target, List.of(cell))), null);
    }

    /**
     * Step {@code index} as {@link #picture(long, int)} draws it, but with input cell {@code cell} (in input
     * coordinates, outside the input for padding) outlined in place of the step's windows, and every output whose
     * step has a tap reading that cell outlined in place of the cell being written: the outputs the cell contributes
     * to, as the trace's taps say.
     */
    StackConvolution readers(long index, int pulledOut, Coordinates cell) {
        int row = StackShape.rowOf(cell) + padding.top();
        int column = StackShape.columnOf(cell) + padding.left();
        Map<Integer, CellRange> probed = Map.of(input.sheetOf(cell) + padding.before(), CellRange.cell(row, column));
        BitSet steps = readers.of(cell);
        Map<Integer, List<CellRange>> marked = new TreeMap<>();
        List<Coordinates> outputs = new ArrayList<>();
        for (int s = steps.nextSetBit(0); s >= 0; s = steps.nextSetBit(s + 1)) {
            Coordinates at = trace.step(s).output();
            outputs.add(at);
            marked.computeIfAbsent(output.sheetOf(at), k -> new ArrayList<>())
                    .add(CellRange.cell(StackShape.rowOf(at), StackShape.columnOf(at)));
        }
        StackConvolution.Readers readers = new StackConvolution.Readers(cell, valueAt(cell), outputs);
        return picture(index, pulledOut, probed, outputStack(index, marked), readers);
    }

    /** The sheets of the input, padding not included. */
    int inputSheets() {
        return input.sheets();
    }

    private int paddedSheets() {
        return padding.before() + input.sheets() + padding.after();
    }

    private int paddedRows() {
        return padding.top() + input.rows() + padding.bottom();
    }

    private int paddedColumns() {
        return padding.left() + input.columns() + padding.right();
    }

    /** The input's value at {@code cell}; 0 on padding. */
    private float valueAt(Coordinates cell) {
        int sheet = input.sheetOf(cell);
        int row = StackShape.rowOf(cell);
        int column = StackShape.columnOf(cell);
        boolean inside = sheet >= 0 && sheet < input.sheets() && row >= 0 && row < input.rows() && column >= 0
                && column < input.columns();
        return inside ? x.get(cell.toArray()) : 0;
    }

    private StackConvolution picture(long index, int pulledOut, Map<Integer, CellRange> windows,
                                     SheetStack outputStack, StackConvolution.Readers readers) {
        WeightedSumStep step = trace.step(index);
        List<SheetSum> sums = SheetSum.of(step, input, weights);
        SheetStack inputStack = inputStack(windows, sums, pulledOut);

        List<StackConvolution.Facing> facings = new ArrayList<>();
        for (SheetSum sum : sums) {
            int shown = sum.inputSheet() + padding.before();
            if (inputStack.itemOf(shown) >= 0) {
                facings.add(facing(shown, sum));
            }
        }
        List<StackConvolution.Term> terms = sums.stream().map(StackedSteps::term).toList();
        Coordinates written = step.output();
        int target = output.sheetOf(written);
        StackConvolution.Captions captions = new StackConvolution.Captions(
                Message.of(inputCaption, StackShape.dimensions(x.shape())),
                kernelCaption(written.get(0)),
                Message.of(outputCaption, StackShape.dimensions(trace.outputShape())));
        return new StackConvolution(captions, inputStack, facings, terms, hasBias ? step.bias() : Float.NaN,
                step.result(), written, outputStack,
                new StackConvolution.Target(target, StackShape.rowOf(written), StackShape.columnOf(written)),
                pulledOut < 0 ? null : pulledOut(pulledOut, inputStack, sums), readers);
    }

    /** "Filter 3: 4×3×3", or with groups "Filter 3, group 1: 4×3×3" (groups counted from 0, as the bands are). */
    private Message kernelCaption(int filter) {
        String shape = StackShape.dimensions(Arrays.copyOfRange(w.shape(), 1, w.rank()));
        if (groups == NO_GROUPS) {
            return Message.of("figure.stack.kernel", filter, shape);
        }
        return Message.of("figure.stack.groupKernel", filter, GroupBand.label(ChannelGroups.groupOf(filter,
                output.sheets(), groups)), shape);
    }

    /**
     * The input sheet (numbered from 0) that pointing at {@code hit} pulls out at step {@code index}: the sheet of an
     * input cell, or the one a kernel cell lies on; empty for other cells and for padding slices.
     */
    Optional<Integer> sheetPulledOutBy(long index, Hit hit) {
        int sheet;
        if (hit.role() == Role.INPUT) {
            sheet = input.sheetOf(hit.at());
        } else if (hit.role() == Role.KERNEL) {
            int kernelSheet = weights.sheetOf(hit.at());
            sheet = SheetSum.of(trace.step(index), input, weights).stream()
                    .filter(s -> s.kernelSheet() == kernelSheet).mapToInt(SheetSum::inputSheet).findFirst()
                    .orElse(-1);
        } else {
            return Optional.empty();
        }
        return sheet >= 0 && sheet < input.sheets() ? Optional.of(sheet) : Optional.empty();
    }

    private static StackConvolution.Term term(SheetSum sum) {
        Tap only = sum.onlyTap();
        return only == null ? StackConvolution.Term.sum(sum.sum())
                : new StackConvolution.Term(sum.sum(), only.input(), only.weight());
    }

    /** Kernel sheet {@code sum.kernelSheet()} on input sheet {@code shown}. */
    private StackConvolution.Facing facing(int shown, SheetSum sum) {
        return new StackConvolution.Facing(shown, kernelSheet(sum.kernelSheet()), term(sum));
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

    /**
     * The input stack, padding sheets included: every sheet when it is short, else the first and last, those the
     * step reads (when they are few) and the one pulled out.
     */
    private SheetStack inputStack(Map<Integer, CellRange> windows, List<SheetSum> sums, int pulledOut) {
        int count = paddedSheets();
        int[] alsoShown = sums.size() <= SheetStack.MAX_SHOWN
                ? sums.stream().mapToInt(s -> s.inputSheet() + padding.before()).toArray() : new int[0];
        int[] withPulled = Arrays.copyOf(alsoShown, alsoShown.length + 1);
        withPulled[alsoShown.length] = pulledOut < 0 ? -1 : pulledOut + padding.before();
        return SheetStack.of(count, shown -> {
            Sheet sheet = inputSheets.computeIfAbsent(shown - padding.before(), this::inputSheet);
            CellRange window = windows.get(shown);
            return window == null ? sheet : sheet.withWindow(window);
        }, withPulled);
    }

    /** Input sheet {@code sheet} with its padding; a sheet of padding only before or after the stack. */
    private Sheet inputSheet(int sheet) {
        int rows = paddedRows();
        int columns = paddedColumns();
        Coordinates origin = input.cell(sheet, -padding.top(), -padding.left());
        if (sheet < 0 || sheet >= input.sheets()) {
            return Sheet.padding(rows, columns).withOrigin(origin);
        }
        CellRange inside = new CellRange(padding.top(), padding.left(), input.rows(), input.columns());
        Sheet drawn = Sheet.padded(Role.INPUT, rows, columns, inside, x.data(), sheet * input.rows() * input.columns())
                .withCaption("x[" + input.address(sheet) + "]").withOrigin(origin);
        return groups == NO_GROUPS ? drawn : drawn.withGroup(ChannelGroups.groupOf(sheet, input.sheets(), groups));
    }

    private Sheet kernelSheet(int sheet) {
        return kernelSheets.computeIfAbsent(sheet, s -> Sheet.of(Role.KERNEL, weights.rows(), weights.columns(),
                w.data(), s * weights.rows() * weights.columns()).withCaption("w[" + weights.address(s) + "]")
                .withOrigin(weights.cell(s, 0, 0)));
    }

    /**
     * The output stack after step {@code index}: the elements of steps {@code 0 ... index} written (the trace walks
     * the output row-major), the cells {@code marked} on each sheet outlined, and those sheets shown when they are
     * few.
     */
    private SheetStack outputStack(long index, Map<Integer, List<CellRange>> marked) {
        int size = output.rows() * output.columns();
        int[] alsoShown = marked.size() <= SheetStack.MAX_SHOWN / 2
                ? marked.keySet().stream().mapToInt(Integer::intValue).toArray() : new int[0];
        return SheetStack.of(output.sheets(), s -> {
            long written = Math.max(0, Math.min(size, index + 1 - (long) s * size));
            Sheet sheet = outputSheets.computeIfAbsent(s, this::outputSheet).writtenUpTo((int) written);
            for (CellRange cell : marked.getOrDefault(s, List.of())) {
                sheet = sheet.withWindow(cell);
            }
            return sheet;
        }, alsoShown);
    }

    private Sheet outputSheet(int sheet) {
        int size = output.rows() * output.columns();
        Sheet drawn = Sheet.of(Role.OUTPUT, output.rows(), output.columns(), trace.output().data(), sheet * size)
                .withCaption("y[" + output.address(sheet) + "]").withOrigin(output.cell(sheet, 0, 0));
        return groups == NO_GROUPS ? drawn : drawn.withGroup(ChannelGroups.groupOf(sheet, output.sheets(), groups));
    }

    private StackConvolution.PulledOut pulledOut(int sheet, SheetStack inputStack, List<SheetSum> sums) {
        int shown = sheet + padding.before();
        Sheet inputSheet = ((SheetStack.Shown) inputStack.items().get(inputStack.itemOf(shown))).sheet();
        StackConvolution.Facing facing = sums.stream().filter(s -> s.inputSheet() == sheet).findFirst()
                .map(s -> facing(shown, s)).orElse(null);
        return new StackConvolution.PulledOut(shown, inputSheet, facing);
    }
}
