package org.convatlas.lesson.pooling;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.PoolStep;
import org.convatlas.compute.trace.PoolStep.Pooling;
import org.convatlas.compute.trace.PoolTap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.grid.OutputSizeFormula;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrid;
import org.convatlas.render.grid.BoardGrid.Mark;
import org.convatlas.render.grid.BoardGrids;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.GridBoard;
import org.convatlas.render.grid.TapCell;

/**
 * The playback of a max or average pooling over one channel: one step per output cell, row-major, from the engine's
 * trace ({@link Traces#maxPool2d}, {@link Traces#avgPool2d}). Each frame shows the input with its padding ring and the
 * window, the window's values (the maximum marked), the outputs written so far and, for a maximum, the remembered
 * indices {@code h·W + w} of {@link MaxPool2d} with every remembered position outlined on the input. Pointing at an
 * input cell outlines the windows over it ({@link Pool2dParams#windowsOver}) and marks their outputs and the indices
 * that remember it.
 */
final class PoolingPlayback implements Playback {

    /** The channel number of the indices grid in a hit; the output is channel 0. */
    static final int INDICES = 1;
    /** The channel number of the window grid in a hit; the input is channel 0. */
    static final int WINDOW = 1;

    private final Tensor input;
    private final Pool2dParams params;
    private final Trace<PoolStep> trace;
    private final Tensor output;
    /** The positions the maximum was taken from, as {@link MaxPool2d} returns them; null for an average. */
    private final Tensor indices;
    private final String formula;

    PoolingPlayback(Tensor input, Pool2dParams params, Pooling pooling, boolean countIncludePad) {
        this.input = input;
        this.params = params;
        this.trace = pooling == Pooling.MAX ? Traces.maxPool2d(input, params)
                : Traces.avgPool2d(input, params, countIncludePad);
        this.output = trace.output();
        this.indices = pooling == Pooling.MAX ? MaxPool2d.apply(input, params).indices() : null;
        this.formula = OutputSizeFormula.latex(input.dim(1), input.dim(2), params.kernelH(), params.kernelW(),
                params.window(), output.dim(1), output.dim(2));
    }

    /** The trace the steps come from. */
    Trace<PoolStep> trace() {
        return trace;
    }

    @Override
    public Optional<Trace<?>> playedTrace() {
        return Optional.of(trace);
    }

    @Override
    public long stepCount() {
        return trace.stepCount();
    }

    @Override
    public Frame frame(long index) {
        PoolStep step = trace.step(index);
        List<Mark> marks = new ArrayList<>();
        if (indices != null) {
            int columns = input.dim(2);
            for (int i = 0; i < index; i++) {
                int at = (int) indices.data()[i];
                marks.add(new Mark(CellRange.cell(at / columns, at % columns), false));
            }
        }
        marks.add(new Mark(windowOf(step), true));
        return frame(step, index, new Shown(winnerCell(step), marks, List.of(), List.of(), List.of()));
    }

    /**
     * An output or index cell: the step that writes it. An input cell, or a cell of the window (which names the input
     * cell it reads): the windows over that cell, outlined on the input and marked on the output and, for a maximum,
     * the indices that remember it, with the transport's step and counts otherwise unchanged.
     */
    @Override
    public Frame probe(long step, Hit hit) {
        if (hit.role() == Role.OUTPUT) {
            return frame(BoardGrids.cellIndex(hit, output));
        }
        if (hit.role() != Role.INPUT) {
            return frame(step);
        }
        PoolStep shown = trace.step(step);
        Coordinates cell = hit.at().get(0) == WINDOW
                ? TapCell.of(shown.taps().get(hit.at().get(1) * params.kernelW() + hit.at().get(2)).source())
                : hit.at();
        return frame(shown, step, pointedAt(cell.get(1), cell.get(2)));
    }

    /**
     * What pointing at cell {@code (row, column)} of the input or its padding shows: the windows over it
     * ({@link Pool2dParams#windowsOver}) and those whose remembered index {@code row·W + column} names it.
     */
    private Shown pointedAt(int row, int column) {
        int[] windows = params.windowsOver(input.dim(1), input.dim(2), row, column);
        List<Mark> inputMarks = new ArrayList<>();
        List<Mark> outputMarks = new ArrayList<>();
        List<Mark> remembering = new ArrayList<>();
        for (int o : windows) {
            inputMarks.add(new Mark(windowOf(trace.step(o)), false));
            Mark written = new Mark(CellRange.cell(o / output.dim(2), o % output.dim(2)), true);
            outputMarks.add(written);
            if (indices != null && inside(row, column) && indices.data()[o] == row * input.dim(2) + column) {
                remembering.add(written);
            }
        }
        inputMarks.add(new Mark(CellRange.cell(row, column), true));
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("lesson.pooling.counts.windowsOver", row, column, windows.length));
        if (indices != null) {
            lines.add(Message.of("lesson.pooling.counts.remembered", remembering.size()));
        }
        return new Shown(CellRange.cell(row, column), inputMarks, outputMarks, remembering, lines);
    }

    /**
     * What a frame shows besides the step: the input cell highlighted, the blocks outlined on the input, the output and
     * the indices, and lines added to the counts card.
     */
    private record Shown(CellRange highlighted, List<Mark> inputMarks, List<Mark> outputMarks, List<Mark> indexMarks,
                         List<Message> lines) {
    }

    private Frame frame(PoolStep step, long index, Shown shown) {
        List<BoardGrid> grids = new ArrayList<>(List.of(inputGrid(shown.highlighted(), shown.inputMarks()),
                windowGrid(step),
                BoardGrids.written(Message.of("figure.output", output.dim(1), output.dim(2)), Role.OUTPUT, 0, output,
                        index).marked(shown.outputMarks())));
        if (indices != null) {
            grids.add(BoardGrids.written(Message.of("lesson.pooling.figure.indices"), Role.OUTPUT, INDICES, indices,
                    index).marked(shown.indexMarks()));
        }
        Set<Role> roles = EnumSet.of(Role.INPUT, Role.OUTPUT, Role.HIGHLIGHT);
        if (!params.pads().isNone()) {
            roles.add(Role.PADDING);
        }
        List<Message> counts = new ArrayList<>(counts(step, index));
        counts.addAll(shown.lines());
        return new Frame(GridBoard.ofRow(grids, strip(step), roles), counts, formula);
    }

    /** The input in its padding ring (padding shows no number), one cell highlighted and blocks outlined. */
    private BoardGrid inputGrid(CellRange highlighted, List<Mark> marks) {
        int rows = input.dim(1);
        int columns = input.dim(2);
        Pads2d pads = params.pads();
        CellRange cells = new CellRange(-pads.top(), -pads.left(), rows + pads.top() + pads.bottom(),
                columns + pads.left() + pads.right());
        float[] x = input.data();
        return new BoardGrid(Message.of("figure.input", rows, columns), Role.INPUT, 0, cells,
                (r, c) -> !inside(r, c) ? Role.PADDING : highlighted.contains(r, c) ? Role.HIGHLIGHT : Role.INPUT,
                (r, c) -> inside(r, c) ? x[r * columns + c] : Double.NaN, null, 0, marks);
    }

    /** The cells a step's window covers on the padded input, from its first tap. */
    private CellRange windowOf(PoolStep step) {
        Coordinates first = TapCell.of(step.taps().get(0).source());
        return new CellRange(first.get(1), first.get(2), params.kernelH(), params.kernelW());
    }

    /** The window's values (padding as the trace reads it: −∞ for a maximum, 0 for an average), the maximum marked. */
    private BoardGrid windowGrid(PoolStep step) {
        int k = params.kernelW();
        List<PoolTap> taps = step.taps();
        int winning = step.winningTap().orElse(-1);
        return new BoardGrid(Message.of("lesson.pooling.figure.window", params.kernelH(), k), Role.INPUT,
                WINDOW, new CellRange(0, 0, params.kernelH(), k),
                (r, c) -> r * k + c == winning ? Role.HIGHLIGHT
                        : taps.get(r * k + c).source().kind() == TapSource.Kind.PADDING
                        ? Role.PADDING : Role.INPUT,
                (r, c) -> taps.get(r * k + c).value(), null, 0, List.of());
    }

    /** The input cell a maximum took, or an empty range for an average. */
    private static CellRange winnerCell(PoolStep step) {
        return step.winningTap().stream()
                .mapToObj(t -> TapCell.of(step.taps().get(t).source()))
                .map(at -> CellRange.cell(at.get(1), at.get(2))).findFirst().orElse(CellRange.EMPTY);
    }

    private boolean inside(int row, int column) {
        return row >= 0 && row < input.dim(1) && column >= 0 && column < input.dim(2);
    }

    /** {@code y[0,1] = max(1, 3, 2, 0) = 3} or {@code y[0,1] = (1 + 3 + 2 + 0) / 4 = 1.5}. */
    private static FormulaStrip strip(PoolStep step) {
        boolean max = step.pooling() == Pooling.MAX;
        List<List<Piece>> terms = step.taps().stream().map(tap -> List.of(new Piece(NumberText.of(tap.value()),
                tap.source().kind() == TapSource.Kind.PADDING ? Role.PADDING
                        : Role.INPUT))).toList();
        List<Piece> head = List.of(new Piece(BoardGrids.name("y", step.output()), Role.OUTPUT),
                Piece.plain(max ? " = max(" : " = ("));
        List<Piece> tail = List.of(Piece.plain(max ? ") = " : ") / " + step.divisor() + " = "),
                new Piece(NumberText.of(step.result()), Role.OUTPUT));
        return new FormulaStrip(head, terms, Piece.plain(max ? ", " : " + "), tail);
    }

    /**
     * A maximum: the output size and where the maximum was (it multiplies nothing). An average: multiplications so
     * far, the output size and what the sum was divided by.
     */
    private List<Message> counts(PoolStep step, long index) {
        Message size = Message.of("counts.outputSize", output.dim(1), output.dim(2));
        if (indices != null) {
            int at = (int) indices.data()[(int) index];
            return List.of(size, Message.of("lesson.pooling.counts.index", at, at / input.dim(2), at % input.dim(2)));
        }
        return List.of(Message.of("counts.multiplies", trace.multipliesAfter(index), trace.totalMultiplies()), size,
                Message.of("lesson.pooling.counts.divisor", step.divisor()));
    }
}
