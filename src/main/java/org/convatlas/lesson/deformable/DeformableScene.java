package org.convatlas.lesson.deformable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.convatlas.compute.BilinearSample;
import org.convatlas.compute.BilinearSample.Corner;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrid;
import org.convatlas.render.grid.BoardGrid.Mark;
import org.convatlas.render.grid.BoardGrids;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.GridBoard;
import org.convatlas.render.grid.HeatMap;

/**
 * Builds the {@link DeformableFigure} of a step from the convolution, its output and where its taps sample: the input
 * (with its padding ring when it shows numbers; a picture as a heat map), the kernel, the output written so far, the
 * four corners of the focused tap with their bilinear weights, the sum and the focused tap's interpolation as formula
 * strips. Every number comes from the trace's step or the engine's tensors.
 */
final class DeformableScene {

    private static final String KEYS = "lesson." + DeformableConvolutionLesson.ID + ".";
    /** Grid channels of the kernel and of the corners' weights, both drawn in the kernel's colour. */
    static final int KERNEL = 0;
    static final int WEIGHTS = 1;

    private final DeformableConvolution convolution;
    private final Tensor output;
    private final float[] samples;
    private final float[] regular;
    private final HeatMap inputHeat;
    private final HeatMap outputHeat;

    DeformableScene(DeformableConvolution convolution, Tensor output, float[] samples, float[] regular) {
        this.convolution = convolution;
        this.output = output;
        this.samples = samples;
        this.regular = regular;
        Tensor x = convolution.input();
        this.inputHeat = convolution.picture() ? new HeatMap(x.data(), x.dim(1), x.dim(2)) : null;
        this.outputHeat = convolution.picture() ? new HeatMap(output.data(), output.dim(1), output.dim(2)) : null;
    }

    /** The figure of step {@code step}, showing {@code shown}, its tap {@code focus} interpolated, the field or not. */
    DeformableFigure figure(long step, WeightedSumStep shown, int focus, boolean field) {
        int kh = convolution.kernelRows();
        int kw = convolution.kernelColumns();
        int oy = shown.output().get(1);
        int ox = shown.output().get(2);
        List<DeformableFigure.TapPoint> taps = new ArrayList<>();
        for (Tap tap : shown.taps()) {
            TapSource.Bilinear source = (TapSource.Bilinear) tap.source();
            taps.add(new DeformableFigure.TapPoint(source.regular().get(1), source.regular().get(2),
                    source.sample().y(), source.sample().x(), source.mask()));
        }
        TapSource.Bilinear focused = (TapSource.Bilinear) shown.taps().get(focus).source();
        BilinearSample sample = focused.sample();
        int top = sample.row(Corner.TOP_LEFT);
        int left = sample.column(Corner.TOP_LEFT);
        Pads2d pads = convolution.window().pads();
        int firstRegularRow = convolution.window().inputRow(oy, 0);
        int firstRegularColumn = convolution.window().inputColumn(ox, 0);

        BoardGrid input = input(pads).marked(List.of(
                new Mark(new CellRange(firstRegularRow, firstRegularColumn, kh, kw), false),
                new Mark(new CellRange(top, left, 2, 2), true)));
        BoardGrid kernel = BoardGrid.of(Message.of("figure.kernel", kh, kw), Role.KERNEL, KERNEL,
                convolution.weights().data(), kh, kw, Role.KERNEL)
                .marked(List.of(new Mark(CellRange.cell(focus / kw, focus % kw), true)));
        BoardGrid out = output(step).marked(List.of(new Mark(CellRange.cell(oy, ox), true)));
        BoardGrid corners = new BoardGrid(Message.of(KEYS + "figure.corners", focus / kw, focus % kw), Role.INPUT,
                0, new CellRange(top, left, 2, 2), (r, c) -> inside(r, c) ? Role.INPUT : Role.PADDING,
                (r, c) -> inside(r, c) ? convolution.input().get(0, r, c) : 0, null, 0, List.of());
        BoardGrid weights = new BoardGrid(Message.of(KEYS + "figure.weights"), Role.KERNEL, WEIGHTS,
                new CellRange(top, left, 2, 2), (r, c) -> Role.KERNEL,
                (r, c) -> sample.weight(corner(r - top, c - left)), null, 0, List.of());

        List<List<BoardGrid>> rows;
        int split;
        if (convolution.picture()) {
            rows = List.of(List.of(input), List.of(out), List.of(kernel, corners, weights));
            split = 1;
        } else {
            rows = List.of(List.of(input, out), List.of(kernel, corners, weights));
            split = rows.size();
        }
        Set<Role> roles = EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT);
        if (!convolution.picture() || hasOutsideCorner(sample)) {
            roles.add(Role.PADDING);
        }
        GridBoard board = new GridBoard(rows, split, sum(shown), roles);
        return new DeformableFigure(board, interpolation(focused), taps, focus, field ? samples : null, regular,
                kh * kw, output.dim(2), oy * output.dim(2) + ox);
    }

    private static boolean hasOutsideCorner(BilinearSample sample) {
        for (Corner corner : Corner.values()) {
            if (!sample.isInside(corner)) {
                return true;
            }
        }
        return false;
    }

    private boolean inside(int row, int column) {
        Tensor x = convolution.input();
        return row >= 0 && row < x.dim(1) && column >= 0 && column < x.dim(2);
    }

    private static Corner corner(int down, int right) {
        for (Corner corner : Corner.values()) {
            if (corner.rowOffset() == down && corner.columnOffset() == right) {
                return corner;
            }
        }
        throw new IllegalArgumentException("no corner " + down + ", " + right);
    }

    /** The input: numbers with the padding ring, or the picture's heat map without one. */
    private BoardGrid input(Pads2d pads) {
        Tensor x = convolution.input();
        int rows = x.dim(1);
        int columns = x.dim(2);
        Message caption = Message.of("figure.input", rows, columns);
        if (convolution.picture()) {
            return BoardGrid.of(caption, Role.INPUT, 0, x.data(), rows, columns, Role.INPUT)
                    .withHeat(inputHeat, (long) rows * columns);
        }
        float[] data = x.data();
        return new BoardGrid(caption, Role.INPUT, 0, new CellRange(-pads.top(), -pads.left(),
                pads.top() + rows + pads.bottom(), pads.left() + columns + pads.right()),
                (r, c) -> inside(r, c) ? Role.INPUT : Role.PADDING,
                (r, c) -> inside(r, c) ? data[r * columns + c] : 0, null, 0, List.of());
    }

    /** The output written up to the step: numbers, or the heat map of a picture's. */
    private BoardGrid output(long step) {
        Message caption = Message.of("figure.output", output.dim(1), output.dim(2));
        BoardGrid written = BoardGrids.written(caption, Role.OUTPUT, 0, output, step);
        return convolution.picture() ? written.withHeat(outputHeat, step + 1) : written;
    }

    /** {@code y[1,2] = 1·2.6 + 0·1.5 + … = 7.1}: each tap's weight times its sample (times its mask). */
    private FormulaStrip sum(WeightedSumStep shown) {
        boolean masked = convolution.mask() != null;
        List<List<Piece>> terms = new ArrayList<>();
        for (Tap tap : shown.taps()) {
            TapSource.Bilinear source = (TapSource.Bilinear) tap.source();
            List<Piece> term = new ArrayList<>(List.of(new Piece(NumberText.factor(tap.weight()), Role.KERNEL),
                    Piece.plain("\u00B7")));
            if (masked) {
                term.add(Piece.plain(NumberText.factor(source.mask()) + "\u00B7"));
            }
            term.add(new Piece(NumberText.factor(source.value()), Role.INPUT));
            terms.add(term);
        }
        return new FormulaStrip(List.of(new Piece(BoardGrids.name("y", shown.output()), Role.OUTPUT),
                Piece.plain(" = ")), terms, Piece.plain(" + "),
                List.of(Piece.plain(" = "), new Piece(NumberText.of(shown.result()), Role.OUTPUT)));
    }

    /** {@code x(1.35, 0.6) = 0.26·3 + 0.39·1 + 0.14·0 + 0.21·2 = 1.6}: the four corners' weights times their values. */
    private FormulaStrip interpolation(TapSource.Bilinear source) {
        BilinearSample sample = source.sample();
        List<List<Piece>> terms = new ArrayList<>();
        for (Corner corner : Corner.values()) {
            int r = sample.row(corner);
            int c = sample.column(corner);
            float value = inside(r, c) ? convolution.input().get(0, r, c) : 0;
            terms.add(List.of(new Piece(NumberText.factor(sample.weight(corner)), Role.KERNEL), Piece.plain("\u00B7"),
                    new Piece(NumberText.factor(value), Role.INPUT)));
        }
        String at = "x(" + NumberText.of(sample.y()) + ", " + NumberText.of(sample.x()) + ") = ";
        return new FormulaStrip(List.of(Piece.plain(at)), terms, Piece.plain(" + "),
                List.of(Piece.plain(" = "), new Piece(NumberText.of(source.value()), Role.INPUT)));
    }
}
