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
 * {@link Upsample#bilinearSource}.
 */
final class UnpoolingPlayback implements Playback {

    /** The channel numbers of the three upsampled maps in a hit. */
    static final int UNPOOLED = 0;
    static final int NEAREST = 1;
    static final int BILINEAR = 2;

    private static final String KEYS = "lesson." + UnpoolingLesson.ID + ".";

    private final Tensor input;
    private final int scale;
    private final Tensor pooled;
    private final Tensor indices;
    private final Tensor unpooled;
    private final Tensor nearest;
    private final Tensor bilinear;

    UnpoolingPlayback(Tensor input, int scale) {
        this.input = input;
        this.scale = scale;
        MaxPool2d.Result pooling = MaxPool2d.apply(input, Pool2dParams.of(scale, scale, 0));
        this.pooled = pooling.values();
        this.indices = pooling.indices();
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
        int columns = unpooled.dim(2);
        int oy = (int) (step / columns);
        int ox = (int) (step % columns);
        BilinearSource down = Upsample.bilinearSource(oy, scale, pooled.dim(1));
        BilinearSource across = Upsample.bilinearSource(ox, scale, pooled.dim(2));
        int rows = input.dim(1);
        String size = rows + "×" + columns;
        BoardGrid in = BoardGrid.of(Message.of("figure.input", rows, columns), Role.INPUT, 0, input.data(), rows,
                columns, Role.INPUT).marked(inputMarks(oy, ox));
        BoardGrid pool = BoardGrid.of(Message.of(KEYS + "figure.pooled", pooled.dim(1), pooled.dim(2)), Role.INPUT, 1,
                pooled.data(), pooled.dim(1), pooled.dim(2), Role.INPUT).marked(pooledMarks(oy, ox, down, across));
        List<BoardGrid> outputs = List.of(
                BoardGrids.written(Message.of(KEYS + "figure.unpooled", size), Role.OUTPUT, UNPOOLED, unpooled, step),
                BoardGrids.written(Message.of(KEYS + "figure.nearest", size), Role.OUTPUT, NEAREST, nearest, step),
                BoardGrids.written(Message.of(KEYS + "figure.bilinear", size), Role.OUTPUT, BILINEAR, bilinear, step));
        // the three maps may stand beside the input and its pooled map, when that gives larger cells
        GridBoard board = new GridBoard(List.of(List.of(in, pool), outputs), 1, strip(oy, ox, down, across),
                EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT));
        return new Frame(board, counts(oy, ox), "");
    }

    /** A cell of any of the three maps: its step. */
    @Override
    public Frame probe(long step, Hit hit) {
        return hit.role() == Role.OUTPUT ? frame(BoardGrids.cellIndex(hit, unpooled)) : frame(step);
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
    private List<Mark> pooledMarks(int oy, int ox, BilinearSource down, BilinearSource across) {
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
