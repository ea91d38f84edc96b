package org.convatlas.lesson.unpooling;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.MaxUnpool2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Upsample;
import org.convatlas.compute.Upsample.BilinearSource;
import org.convatlas.compute.UpsampleMode;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
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

/**
 * The playback of the unpooling lesson: one step per cell {@code (oy, ox)} of the upsampled maps, row-major. The
 * engine pools ({@link MaxPool2d}, with its indices), unpools ({@link MaxUnpool2d}) and upsamples ({@link Upsample},
 * nearest and bilinear) once; a frame marks, for the current cell, where it is in the input, the pooled cell nearest
 * reads and unpooling comes from (strongly) and the four cells bilinear reads (thinly), and writes the bilinear sum
 * with the weights {@code (1 − a)(1 − b)}, {@code (1 − a)b}, {@code a(1 − b)}, {@code ab} of
 * {@link Upsample#bilinearSource}. Pointing at a cell of the input or of the pooled map shows where it goes.
 */
final class UnpoolingPlayback implements Playback {

    /** The channel numbers of the two input grids in a hit: the input, and the input max-pooled. */
    static final int INPUT = 0;
    static final int POOLED = 1;
    /** The channel numbers of the three upsampled maps in a hit. */
    static final int UNPOOLED = 0;
    static final int NEAREST = 1;
    static final int BILINEAR = 2;

    private static final String KEYS = "lesson." + UnpoolingLesson.ID + ".";

    private final Tensor input;
    private final int scale;
    private final Pool2dParams pooling;
    private final Tensor pooled;
    private final Tensor indices;
    private final Tensor unpooled;
    private final Tensor nearest;
    private final Tensor bilinear;

    UnpoolingPlayback(Tensor input, int scale) {
        this.input = input;
        this.scale = scale;
        this.pooling = Pool2dParams.of(scale, scale, 0);
        MaxPool2d.Result maxima = MaxPool2d.apply(input, pooling);
        this.pooled = maxima.values();
        this.indices = maxima.indices();
        this.unpooled = MaxUnpool2d.apply(pooled, indices, input.dim(1), input.dim(2));
        this.nearest = Upsample.apply(pooled, scale, scale, UpsampleMode.NEAREST);
        this.bilinear = Upsample.apply(pooled, scale, scale, UpsampleMode.BILINEAR);
    }

    @Override
    public long stepCount() {
        return unpooled.size();
    }

    @Override
    public Frame frame(long step) {
        int oy = (int) (step / unpooled.dim(2));
        int ox = (int) (step % unpooled.dim(2));
        return frame(oy, ox, new Shown(inputMarks(oy, ox), pooledMarks(oy, ox), List.of(), List.of(), List.of(),
                List.of()));
    }

    /**
     * A cell of any of the three maps: its step. A cell of the input: the pooled cell whose window holds it and, if it
     * was that window's maximum, the cell max unpooling puts it back in. A pooled cell: its window, and where each way
     * back up writes it. The transport's step and counts stay.
     */
    @Override
    public Frame probe(long step, Hit hit) {
        if (hit.role() == Role.OUTPUT) {
            return frame(BoardGrids.cellIndex(hit, unpooled));
        }
        if (hit.role() != Role.INPUT) {
            return frame(step);
        }
        int oy = (int) (step / unpooled.dim(2));
        int ox = (int) (step % unpooled.dim(2));
        int row = hit.at().get(1);
        int column = hit.at().get(2);
        return frame(oy, ox, hit.at().get(0) == POOLED ? pooledCell(row, column) : inputCell(row, column));
    }

    /**
     * Input cell {@code (row, column)}: the pooled cell whose window holds it ({@link Pool2dParams#windowsOver}, one
     * window since windows do not overlap) and whether its remembered index {@code row·W + column} names it.
     */
    private Shown inputCell(int row, int column) {
        int o = pooling.windowsOver(input.dim(1), input.dim(2), row, column)[0];
        int py = o / pooled.dim(2);
        int px = o % pooled.dim(2);
        boolean kept = indices.data()[o] == row * input.dim(2) + column;
        CellRange cell = CellRange.cell(row, column);
        return new Shown(List.of(new Mark(windowOf(py, px), false), new Mark(cell, true)),
                List.of(new Mark(CellRange.cell(py, px), true)), kept ? List.of(new Mark(cell, true)) : List.of(),
                List.of(), List.of(), List.of(Message.of(KEYS + (kept ? "counts.inputKept" : "counts.inputDropped"),
                        row, column, py, px)));
    }

    /**
     * Pooled cell {@code (py, px)}: its window and maximum on the input, and the cells it is written to: its remembered
     * index by max unpooling ({@link MaxUnpool2d}), its block by nearest upsampling and the cells that weigh it by
     * bilinear upsampling ({@link Upsample#cellsReading}).
     */
    private Shown pooledCell(int py, int px) {
        int at = (int) indices.get(0, py, px);
        CellRange kept = CellRange.cell(at / input.dim(2), at % input.dim(2));
        CellRange block = reading(py, px, UpsampleMode.NEAREST);
        CellRange weighing = reading(py, px, UpsampleMode.BILINEAR);
        return new Shown(List.of(new Mark(windowOf(py, px), false), new Mark(kept, true)),
                List.of(new Mark(CellRange.cell(py, px), true)), List.of(new Mark(kept, true)),
                List.of(new Mark(block, true)), List.of(new Mark(weighing, true)),
                List.of(Message.of(KEYS + "counts.pooledWritten", py, px, NumberText.of(pooled.get(0, py, px)),
                        kept.top(), kept.left(), block.rows() * block.columns(),
                        weighing.rows() * weighing.columns())));
    }

    /** The input cells of the window of pooled cell {@code (py, px)}. */
    private CellRange windowOf(int py, int px) {
        return new CellRange(pooling.window().inputRow(py, 0), pooling.window().inputColumn(px, 0), scale, scale);
    }

    /** The upsampled cells that read pooled cell {@code (py, px)}: a run of rows by a run of columns. */
    private CellRange reading(int py, int px, UpsampleMode mode) {
        int[] rows = Upsample.cellsReading(py, scale, pooled.dim(1), mode);
        int[] columns = Upsample.cellsReading(px, scale, pooled.dim(2), mode);
        return new CellRange(rows[0], columns[0], rows.length, columns.length);
    }

    /**
     * The marks on the five grids (input, pooled, max unpooled, nearest, bilinear) and the lines a pointed cell adds
     * to the counts card.
     */
    private record Shown(List<Mark> input, List<Mark> pooled, List<Mark> unpooled, List<Mark> nearest,
                         List<Mark> bilinear, List<Message> lines) {
    }

    /** The step of upsampled cell {@code (oy, ox)}, with {@code shown}'s marks and lines. */
    private Frame frame(int oy, int ox, Shown shown) {
        int columns = unpooled.dim(2);
        long step = (long) oy * columns + ox;
        BilinearSource down = Upsample.bilinearSource(oy, scale, pooled.dim(1));
        BilinearSource across = Upsample.bilinearSource(ox, scale, pooled.dim(2));
        int rows = input.dim(1);
        String size = rows + "×" + columns;
        BoardGrid in = BoardGrid.of(Message.of("figure.input", rows, columns), Role.INPUT, INPUT, input.data(), rows,
                columns, Role.INPUT).marked(shown.input());
        BoardGrid pool = BoardGrid.of(Message.of(KEYS + "figure.pooled", pooled.dim(1), pooled.dim(2)), Role.INPUT,
                POOLED, pooled.data(), pooled.dim(1), pooled.dim(2), Role.INPUT).marked(shown.pooled());
        List<BoardGrid> outputs = List.of(
                BoardGrids.written(Message.of(KEYS + "figure.unpooled", size), Role.OUTPUT, UNPOOLED, unpooled, step)
                        .marked(shown.unpooled()),
                BoardGrids.written(Message.of(KEYS + "figure.nearest", size), Role.OUTPUT, NEAREST, nearest, step)
                        .marked(shown.nearest()),
                BoardGrids.written(Message.of(KEYS + "figure.bilinear", size), Role.OUTPUT, BILINEAR, bilinear, step)
                        .marked(shown.bilinear()));
        // the three maps may stand beside the input and its pooled map, when that gives larger cells
        GridBoard board = new GridBoard(List.of(List.of(in, pool), outputs), 1, strip(oy, ox, down, across),
                EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT));
        List<Message> counts = new ArrayList<>(counts(oy, ox));
        counts.addAll(shown.lines());
        return new Frame(board, counts, "");
    }

    /** Every remembered maximum thinly, and the current cell strongly. */
    private List<Mark> inputMarks(int oy, int ox) {
        int columns = input.dim(2);
        List<Mark> marks = new ArrayList<>();
        for (float index : indices.data()) {
            marks.add(new Mark(CellRange.cell((int) index / columns, (int) index % columns), false));
        }
        marks.add(new Mark(CellRange.cell(oy, ox), true));
        return marks;
    }

    /** The cell nearest reads (and unpooling may come from) strongly, the bilinear sources thinly. */
    private List<Mark> pooledMarks(int oy, int ox) {
        BilinearSource down = Upsample.bilinearSource(oy, scale, pooled.dim(1));
        BilinearSource across = Upsample.bilinearSource(ox, scale, pooled.dim(2));
        CellRange sources = CellRange.cell(down.lower(), across.lower()).including(down.upper(), across.upper());
        return List.of(new Mark(sources, false), new Mark(CellRange.cell(oy / scale, ox / scale), true));
    }

    /** {@code y[1,2] = 0.562·3 + 0.188·1 + 0.188·2 + 0.0625·0 = 2.44}: bilinear weights in the kernel's colour. */
    private FormulaStrip strip(int oy, int ox, BilinearSource down, BilinearSource across) {
        float[] weights = {down.lowerWeight() * across.lowerWeight(), down.lowerWeight() * across.upperWeight(),
                down.upperWeight() * across.lowerWeight(), down.upperWeight() * across.upperWeight()};
        int[][] cells = {{down.lower(), across.lower()}, {down.lower(), across.upper()},
                {down.upper(), across.lower()}, {down.upper(), across.upper()}};
        List<List<Piece>> terms = new ArrayList<>();
        for (int t = 0; t < weights.length; t++) {
            terms.add(List.of(new Piece(NumberText.factor(weights[t]), Role.KERNEL), Piece.plain("\u00B7"),
                    new Piece(NumberText.factor(pooled.get(0, cells[t][0], cells[t][1])), Role.INPUT)));
        }
        List<Piece> head = List.of(new Piece(BoardGrids.name("y", Coordinates.of(0, oy, ox)), Role.OUTPUT),
                Piece.plain(" = "));
        List<Piece> tail = List.of(Piece.plain(" = "),
                new Piece(NumberText.of(bilinear.get(0, oy, ox)), Role.OUTPUT));
        return new FormulaStrip(head, terms, Piece.plain(" + "), tail);
    }

    /** Where the current cell's three values come from. */
    private List<Message> counts(int oy, int ox) {
        int py = oy / scale;
        int px = ox / scale;
        int flat = oy * input.dim(2) + ox;
        boolean wasMax = indices.get(0, py, px) == flat;
        return List.of(
                Message.of(KEYS + (wasMax ? "counts.unpooledHere" : "counts.unpooledElsewhere"),
                        NumberText.of(unpooled.get(0, oy, ox)), py, px),
                Message.of(KEYS + "counts.nearest", NumberText.of(nearest.get(0, oy, ox)), py, px),
                Message.of(KEYS + "counts.bilinear", NumberText.of(bilinear.get(0, oy, ox))));
    }
}
