package org.convatlas.lesson.pixelshuffle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.convatlas.compute.Counts;
import org.convatlas.compute.PixelShuffle;
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
 * {@code [C, rH, rW]}, the output being {@link PixelShuffle#apply}'s. The pixel comes from channel
 * {@code k = c·r² + (oy mod r)·r + (ox mod r)} at {@code (⌊oy/r⌋, ⌊ox/r⌋)}: that cell is highlighted in its channel.
 * The board has {@code r} rows of input channels, row {@code i} holding the channels {@code c·r² + i·r + j} of every
 * output channel {@code c}, so that the channels sit where their pixels land in each {@code r × r} block; the outputs
 * are under them.
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

    /** The input channel output channel {@code c}'s pixel {@code (oy, ox)} comes from: {@code c·r² + (oy mod r)·r + (ox mod r)}. */
    int sourceChannel(int c, int oy, int ox) {
        return (c * factor + oy % factor) * factor + ox % factor;
    }

    @Override
    public long stepCount() {
        return output.size();
    }

    @Override
    public Frame frame(long step) {
        Coordinates at = Coordinates.ofFlatIndex(step, output.shape());
        int c = at.get(0);
        int oy = at.get(1);
        int ox = at.get(2);
        int source = sourceChannel(c, oy, ox);
        int h = oy / factor;
        int w = ox / factor;
        List<List<BoardGrid>> rows = new ArrayList<>();
        for (int i = 0; i < factor; i++) {
            List<BoardGrid> row = new ArrayList<>();
            for (int cc = 0; cc < channels; cc++) {
                for (int j = 0; j < factor; j++) {
                    row.add(channelGrid((cc * factor + i) * factor + j, source, h, w));
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
        GridBoard board = new GridBoard(rows, strip(at, source, h, w),
                EnumSet.of(Role.INPUT, Role.OUTPUT, Role.HIGHLIGHT));
        return new Frame(board, counts(c, oy, ox, source, h, w), formula(c, oy, ox, h, w));
    }

    /**
     * An output pixel: its step. An input cell {@code (k, h, w)}: the step of the pixel it becomes, channel
     * {@code k / r²} at {@code (h·r + (k mod r²) / r, w·r + k mod r)}.
     */
    @Override
    public Frame probe(long step, Hit hit) {
        Coordinates at = hit.at();
        if (hit.role() == Role.OUTPUT) {
            return frame(Coordinates.of(at.get(0), at.get(1), at.get(2)).flatIndexIn(output.shape()));
        }
        int k = at.get(0);
        int square = factor * factor;
        Coordinates target = Coordinates.of(k / square, at.get(1) * factor + k % square / factor,
                at.get(2) * factor + k % factor);
        return frame(target.flatIndexIn(output.shape()));
    }

    /** Input channel {@code k}, its cell {@code (h, w)} highlighted when it is the current pixel's source. */
    private BoardGrid channelGrid(int k, int source, int h, int w) {
        int rows = input.dim(1);
        int columns = input.dim(2);
        float[] values = Arrays.copyOfRange(input.data(), k * rows * columns, (k + 1) * rows * columns);
        BoardGrid grid = BoardGrid.of(Message.of(KEYS + "figure.channel", k), Role.INPUT, k, values, rows, columns,
                Role.INPUT);
        if (k != source) {
            return grid;
        }
        return grid.withLooks((r, cc) -> r == h && cc == w ? Role.HIGHLIGHT : Role.INPUT)
                .marked(List.of(new Mark(CellRange.cell(h, w), true)));
    }

    /** {@code y[0,3,5] = x[5,1,2] = 24}. */
    private FormulaStrip strip(Coordinates at, int source, int h, int w) {
        List<Piece> head = List.of(new Piece(name("y", at.get(0), at.get(1), at.get(2)), Role.OUTPUT),
                Piece.plain(" = "), new Piece(name("x", source, h, w), Role.INPUT), Piece.plain(" = "));
        return new FormulaStrip(head, List.of(), Piece.plain(""),
                List.of(new Piece(NumberText.of(output.get(at.get(0), at.get(1), at.get(2))), Role.OUTPUT)));
    }

    private static String name(String tensor, int c, int row, int column) {
        return tensor + "[" + c + "," + row + "," + column + "]";
    }

    private List<Message> counts(int c, int oy, int ox, int source, int h, int w) {
        return List.of(
                Message.of(KEYS + "counts.channel", source, c, oy % factor, ox % factor),
                Message.of(KEYS + "counts.position", h, w),
                Message.of("counts.outputShape", channels + " × " + output.dim(1) + " × " + output.dim(2)),
                Message.of("counts.multiplies", Counts.rearrangement().multiplies(),
                        Counts.rearrangement().multiplies()));
    }

    /** The rule with the current numbers, {@code k = c·r² + i·r + j} over {@code y[c, h·r + i, w·r + j] = x[k, h, w]}. */
    private String formula(int c, int oy, int ox, int h, int w) {
        int r = factor;
        return "\\begin{array}{l} y[c,\\, h r + i,\\, w r + j] = x[c r^2 + i r + j,\\, h,\\, w] \\\\ y[" + c + ", "
                + h + "\\cdot" + r + " + " + oy % r + ", " + w + "\\cdot" + r + " + " + ox % r + "] = x[" + c
                + "\\cdot" + r * r + " + " + oy % r + "\\cdot" + r + " + " + ox % r + ", " + h + ", " + w + "] \\end{array}";
    }
}
