package org.convatlas.lesson.pixelshuffle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.convatlas.compute.Counts;
import org.convatlas.compute.PixelShuffle;
import org.convatlas.compute.PixelShuffle.Move;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.grid.InputPattern;
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
 * The playback of the pixel-shuffle lesson: one step per output pixel {@code (c, oy, ox)}, row-major over
 * {@code [C, rH, rW]}, the output being {@link PixelShuffle#apply}'s. The pixel comes from the cell that
 * {@link PixelShuffle#moveInto} names, channel {@code k = c·r² + (oy mod r)·r + (ox mod r)} at
 * {@code (⌊oy/r⌋, ⌊ox/r⌋)}: that cell is highlighted in its channel.
 * The board has {@code r} rows of input channels, row {@code i} holding the channels {@code c·r² + i·r + j} of every
 * output channel {@code c}, so that the channels sit where their pixels land in each {@code r × r} block; the outputs
 * are under them, or beside them when that gives the cells room for their numbers.
 */
final class PixelShufflePlayback implements Playback {

    private static final String KEYS = "lesson." + PixelShuffleLesson.ID + ".";

    private final int channels;
    private final int factor;
    private final Tensor input;
    private final Tensor output;
    /** Each output channel as a one-channel map {@code [1, rH, rW]}. */
    private final List<Tensor> outputChannels;

    /** The input {@code [channels·r², height, width]} counting from 1, and its shuffle. */
    PixelShufflePlayback(int channels, int factor, int height, int width) {
        this.channels = channels;
        this.factor = factor;
        int depth = channels * factor * factor;
        this.input = InputPattern.COUNTING.tensor(depth * height, width).reshape(depth, height, width);
        this.output = PixelShuffle.apply(input, factor);
        int plane = output.dim(1) * output.dim(2);
        List<Tensor> planes = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            planes.add(Tensor.of(Arrays.copyOfRange(output.data(), c * plane, (c + 1) * plane), 1, output.dim(1),
                    output.dim(2)));
        }
        this.outputChannels = List.copyOf(planes);
    }

    @Override
    public long stepCount() {
        return output.size();
    }

    @Override
    public Frame frame(long step) {
        Coordinates at = Coordinates.ofFlatIndex(step, output.shape());
        Move move = PixelShuffle.moveInto(at.get(0), at.get(1), at.get(2), factor);
        List<List<BoardGrid>> rows = new ArrayList<>();
        for (int i = 0; i < factor; i++) {
            List<BoardGrid> row = new ArrayList<>();
            for (int cc = 0; cc < channels; cc++) {
                for (int j = 0; j < factor; j++) {
                    // the channel whose pixels land at place (i, j) of each block of output channel cc
                    int k = PixelShuffle.moveInto(cc, i, j, factor).source()[0];
                    row.add(channelGrid(k, move.source()));
                }
            }
            rows.add(row);
        }
        long plane = (long) output.dim(1) * output.dim(2);
        List<BoardGrid> outputs = new ArrayList<>();
        for (int cc = 0; cc < channels; cc++) {
            outputs.add(BoardGrids.written(Message.of(KEYS + "figure.output", cc, output.dim(1), output.dim(2)),
                    Role.OUTPUT, cc, outputChannels.get(cc), step - cc * plane));
        }
        rows.add(outputs);
        GridBoard board = new GridBoard(rows, factor, strip(move), EnumSet.of(Role.INPUT, Role.OUTPUT,
                Role.HIGHLIGHT));
        return new Frame(board, counts(move), formula(move));
    }

    /** An output pixel: its step. An input cell: the step of the pixel it becomes, by {@link PixelShuffle#moveFrom}. */
    @Override
    public Frame probe(long step, Hit hit) {
        Coordinates at = hit.at();
        Coordinates pixel = hit.role() == Role.OUTPUT ? at
                : Coordinates.of(PixelShuffle.moveFrom(at.get(0), at.get(1), at.get(2), factor).target());
        return frame(pixel.flatIndexIn(output.shape()));
    }

    /** Input channel {@code k}, its cell highlighted when it is the current pixel's {@code source}. */
    private BoardGrid channelGrid(int k, int[] source) {
        int rows = input.dim(1);
        int columns = input.dim(2);
        float[] values = Arrays.copyOfRange(input.data(), k * rows * columns, (k + 1) * rows * columns);
        BoardGrid grid = BoardGrid.of(Message.of(KEYS + "figure.channel", k), Role.INPUT, k, values, rows, columns,
                Role.INPUT);
        if (k != source[0]) {
            return grid;
        }
        int h = source[1];
        int w = source[2];
        return grid.withLooks((r, cc) -> r == h && cc == w ? Role.HIGHLIGHT : Role.INPUT)
                .marked(List.of(new Mark(CellRange.cell(h, w), true)));
    }

    /** {@code y[0,3,5] = x[5,1,2] = 24}. */
    private FormulaStrip strip(Move move) {
        int[] target = move.target();
        List<Piece> head = List.of(new Piece(name("y", target), Role.OUTPUT), Piece.plain(" = "),
                new Piece(name("x", move.source()), Role.INPUT), Piece.plain(" = "));
        return new FormulaStrip(head, List.of(), Piece.plain(""),
                List.of(new Piece(NumberText.of(output.get(target)), Role.OUTPUT)));
    }

    private static String name(String tensor, int[] at) {
        return tensor + "[" + at[0] + "," + at[1] + "," + at[2] + "]";
    }

    private List<Message> counts(Move move) {
        return List.of(
                Message.of(KEYS + "counts.channel", move.source()[0], move.channel(), move.i(), move.j()),
                Message.of(KEYS + "counts.position", move.blockRow(), move.blockColumn()),
                Message.of("counts.outputShape", channels + " × " + output.dim(1) + " × " + output.dim(2)),
                Message.of(KEYS + "counts.rearrangement", Counts.rearrangement().multiplies()));
    }

    /** The rule with the current numbers, {@code k = c·r² + i·r + j} over {@code y[c, h·r + i, w·r + j] = x[k, h, w]}. */
    private static String formula(Move m) {
        int r = m.factor();
        return "\\begin{array}{l} y[c,\\, h r + i,\\, w r + j] = x[c r^2 + i r + j,\\, h,\\, w] \\\\ y[" + m.channel()
                + ", " + m.blockRow() + "\\cdot" + r + " + " + m.i() + ", " + m.blockColumn() + "\\cdot" + r + " + "
                + m.j() + "] = x[" + m.channel() + "\\cdot" + r * r + " + " + m.i() + "\\cdot" + r + " + " + m.j()
                + ", " + m.blockRow() + ", " + m.blockColumn() + "] \\end{array}";
    }
}
