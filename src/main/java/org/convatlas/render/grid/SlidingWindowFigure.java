package org.convatlas.render.grid;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.SlidingWindow.Plane;

/**
 * One frame of a single-channel 2-D sliding window ({@link SlidingWindow} holds what frames share). Either a step:
 * the window on the input (its taps outlined thinly in vermillion, dilation holes hatched, the whole window outlined
 * thickly), thin lines from each tap to the kernel weight it is multiplied by, a cone from the kernel to the output
 * cell being written (vermillion), the outputs written before it filled in and those after it blank, and under it
 * all the step's sum with its real numbers, {@code y[1,2] = 1·3 + 0·(−1) + … = 7}. Or the readers of an input cell: the cell and every
 * output whose window reads it outlined, and the strip {@code x[1,1] = 3 → y[0,0], y[0,1], …}.
 *
 * <p>Grids of up to {@link GridPainter#NUMBER_LIMIT} cells a side whose cells are large enough show their numbers;
 * others are heat maps. Coordinates in the strip are those of the trace, without the channel.
 */
public final class SlidingWindowFigure implements Figure {

    /** The name of the input in the strip. */
    public static final String INPUT_NAME = "x";
    /** The name of the output in the strip. */
    public static final String OUTPUT_NAME = "y";
    /** The opacity of the lines from taps to weights, and of the cone's edges. */
    private static final double LINE_OPACITY = 0.45;
    /** The opacity of the cone's fill. */
    private static final double CONE_OPACITY = 0.08;

    private final SlidingWindow scene;
    /** The step shown; null for the readers of an input cell. */
    private final WeightedSumStep step;
    /** The step's number, or the current step's when showing readers: the outputs up to it are written. */
    private final long index;
    private final GridCell probed;
    private final BitSet readers;

    SlidingWindowFigure(SlidingWindow scene, WeightedSumStep step, long index, GridCell probed, BitSet readers) {
        this.scene = scene;
        this.step = step;
        this.index = index;
        this.probed = probed;
        this.readers = readers;
    }

    /** The step shown, if this is a step's figure. */
    public Optional<WeightedSumStep> step() {
        return Optional.ofNullable(step);
    }

    /** The strip under the grids, in full. */
    @Override
    public String stripText() {
        return strip().text();
    }

    @Override
    public Set<Role> roles() {
        return scene.roles();
    }

    /** The captions of the input, the kernel (and its rotated copy when shown) and the output. */
    @Override
    public List<Message> captions() {
        SlidingWindow.Captions captions = scene.captions();
        return scene.rotatedShown()
                ? List.of(captions.input(), captions.kernel(), captions.rotatedKernel(), captions.output())
                : List.of(captions.input(), captions.kernel(), captions.output());
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Optional<SlidingWindowLayout> found = layout(width, height, context);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SlidingWindowLayout layout = found.get();
        Optional<GridCell> cell = layout.input().cellAt(x, y);
        if (cell.isPresent()) {
            return Optional.of(new Hit(Role.INPUT, Coordinates.of(0, cell.get().row(), cell.get().column())));
        }
        cell = layout.output().cellAt(x, y);
        if (cell.isPresent()) {
            return Optional.of(new Hit(Role.OUTPUT, Coordinates.of(0, cell.get().row(), cell.get().column())));
        }
        cell = layout.kernel().cellAt(x, y);
        if (cell.isEmpty() && layout.rotated() != null) {
            cell = layout.rotated().cellAt(x, y).map(this::unrotated);
        }
        return cell.flatMap(scene::weightIn).map(c -> new Hit(Role.KERNEL, Coordinates.of(0, 0, c.row(), c.column())));
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Optional<SlidingWindowLayout> found = layout(width, height, context);
        if (found.isEmpty()) {
            return;
        }
        SlidingWindowLayout layout = found.get();
        drawInput(g, layout.input(), context);
        drawKernel(g, layout.kernel(), false, context);
        if (layout.rotated() != null) {
            drawKernel(g, layout.rotated(), true, context);
        }
        drawOutput(g, layout.output(), context);
        if (step != null) {
            drawWindow(g, layout.input(), context);
            drawTapLines(g, layout, context);
        } else {
            drawReaders(g, layout, context);
        }
        GridCaptions.draw(g, captionsOver(layout), context);
        strip().draw(g, width / 2, layout.stripY(), width, context);
    }

    /** Where the grids go in {@code width × height}, under their captions; empty when nothing fits. */
    Optional<SlidingWindowLayout> layout(double width, double height, DrawContext context) {
        Plane in = scene.input();
        Plane out = scene.output();
        SlidingWindow.Captions captions = scene.captions();
        double kernelCaption = GridCaptions.width(captions.kernel(), context);
        if (scene.rotatedShown()) {
            kernelCaption = Math.max(kernelCaption, GridCaptions.width(captions.rotatedKernel(), context));
        }
        return SlidingWindowLayout.of(in.rows(), in.columns(), scene.window().pads(), scene.kernelRowsShown(),
                scene.kernelColumnsShown(), scene.rotatedShown(), out.rows(), out.columns(),
                new SlidingWindowLayout.CaptionWidths(GridCaptions.width(captions.input(), context), kernelCaption,
                        GridCaptions.width(captions.output(), context)), width, height, context.unit());
    }

    // ---- grids

    private void drawInput(GraphicsContext g, GridGeometry grid, DrawContext context) {
        Plane in = scene.input();
        if (GridPainter.showsNumbers(grid.rows(), grid.columns(), grid.cell(), context)) {
            GridPainter.paint(g, grid, (r, c) -> inside(in, r, c) ? scene.insideRole(r, c) : Role.PADDING,
                    (r, c) -> inside(in, r, c) ? in.at(r, c) : 0, true, context);
            return;
        }
        Pads2d pads = scene.window().pads();
        double cell = grid.cell();
        Palette palette = context.palette();
        GridGeometry inner = GridGeometry.at(grid.x(0), grid.y(0), cell, in.rows(), in.columns());
        // the padding ring as four bands: top and bottom full width, left and right between them
        paintBand(g, grid.left(), grid.top(), grid.width(), pads.top() * cell, cell, palette);
        paintBand(g, grid.left(), inner.bottom(), grid.width(), pads.bottom() * cell, cell, palette);
        paintBand(g, grid.left(), inner.top(), pads.left() * cell, inner.height(), cell, palette);
        paintBand(g, inner.right(), inner.top(), pads.right() * cell, inner.height(), cell, palette);
        scene.inputHeat().draw(g, inner, Role.INPUT, (long) in.rows() * in.columns(), palette);
        GridPainter.outline(g, inner, 0, 0, inner.rows(), inner.columns(), palette.gridLine(), 1);
    }

    private static void paintBand(GraphicsContext g, double x, double y, double w, double h, double cell,
                                  Palette palette) {
        if (w > 0 && h > 0) {
            CellPainter.paintArea(g, Role.PADDING, x, y, w, h, cell, palette);
        }
    }

    /** The kernel's grid, rotated or not; a spread kernel's holes hatched. */
    private void drawKernel(GraphicsContext g, GridGeometry grid, boolean rotated, DrawContext context) {
        Plane k = scene.kernel();
        boolean numbers = GridPainter.showsNumbers(grid.rows(), grid.columns(), grid.cell(), context);
        GridPainter.paint(g, grid, (r, c) -> weightShown(r, c, rotated).isPresent() ? Role.KERNEL
                : Role.DILATION_HOLE, (r, c) -> weightShown(r, c, rotated).map(w -> (double) k.at(w.row(), w.column()))
                .orElse(Double.NaN), numbers, context);
    }

    /** The weight shown in cell {@code (r, c)} of the kernel's grid or of the rotated one; empty for a hole. */
    private Optional<GridCell> weightShown(int r, int c, boolean rotated) {
        GridCell cell = new GridCell(r, c);
        return scene.weightIn(rotated ? unrotated(cell) : cell);
    }

    /** Outputs up to {@link #index} filled in (the step's own marked), the rest blank. */
    private void drawOutput(GraphicsContext g, GridGeometry grid, DrawContext context) {
        Plane out = scene.output();
        if (GridPainter.showsNumbers(grid.rows(), grid.columns(), grid.cell(), context)) {
            GridPainter.paint(g, grid, (r, c) -> outputRole((long) r * out.columns() + c), out::at, true, context);
            return;
        }
        Palette palette = context.palette();
        scene.outputHeat().draw(g, grid, Role.OUTPUT, index + 1, palette);
        GridPainter.outline(g, grid, 0, 0, grid.rows(), grid.columns(), palette.gridLine(), 1);
        if (step != null) {
            Coordinates at = step.output();
            GridPainter.outline(g, grid, at.get(1), at.get(2), 1, 1, palette.color(Role.HIGHLIGHT),
                    highlightWidth(grid));
        }
    }

    /** The look of output {@code i} (row-major): written, being written by the step shown, or blank (null). */
    private Role outputRole(long i) {
        if (i == index && step != null) {
            return Role.HIGHLIGHT;
        }
        return i <= index ? Role.OUTPUT : null;
    }

    // ---- the step: window, taps, cone

    private void drawWindow(GraphicsContext g, GridGeometry input, DrawContext context) {
        Palette palette = context.palette();
        Color highlight = palette.color(Role.HIGHLIGHT);
        double thin = Math.max(1, input.cell() * 0.04);
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        int right = Integer.MIN_VALUE;
        double cell = input.cell();
        for (Tap tap : step.taps()) {
            Coordinates at = scene.tapCell(tap.source());
            int r = at.get(1);
            int c = at.get(2);
            top = Math.min(top, r);
            left = Math.min(left, c);
            bottom = Math.max(bottom, r);
            right = Math.max(right, c);
            if (tap.source().kind() == TapSource.Kind.DILATION_HOLE) {
                CellPainter.paint(g, Role.DILATION_HOLE, input.x(c), input.y(r), cell, cell, palette);
            } else {
                GridPainter.outline(g, input, r, c, 1, 1, highlight, thin);
            }
        }
        GridPainter.outline(g, input, top, left, bottom - top + 1, right - left + 1, highlight, highlightWidth(input));
    }

    /** A line from each tap's input cell to the weight it multiplies; a cone from the kernel to the output cell. */
    private void drawTapLines(GraphicsContext g, SlidingWindowLayout layout, DrawContext context) {
        GridGeometry weights = layout.rotated() != null ? layout.rotated() : layout.kernel();
        Color line = context.palette().color(Role.HIGHLIGHT).deriveColor(0, 1, 1, LINE_OPACITY);
        g.save();
        g.setStroke(line);
        g.setLineWidth(Math.max(1, context.unit() / 12));
        g.setLineDashes();
        for (Tap tap : step.taps()) {
            if (tap.source().kind() == TapSource.Kind.DILATION_HOLE) {
                continue;
            }
            Coordinates from = scene.tapCell(tap.source());
            GridCell to = weightCell(tap.kernel());
            g.strokeLine(layout.input().centreX(from.get(2)), layout.input().centreY(from.get(1)),
                    weights.centreX(to.column()), weights.centreY(to.row()));
        }
        GridGeometry out = layout.output();
        int row = step.output().get(1);
        int column = step.output().get(2);
        double[] xs = {weights.right(), out.x(column), out.x(column), weights.right()};
        double[] ys = {weights.top(), out.y(row), out.y(row) + out.cell(), weights.bottom()};
        g.setFill(context.palette().color(Role.HIGHLIGHT).deriveColor(0, 1, 1, CONE_OPACITY));
        g.fillPolygon(xs, ys, 4);
        g.strokeLine(xs[0], ys[0], xs[1], ys[1]);
        g.strokeLine(xs[3], ys[3], xs[2], ys[2]);
        g.restore();
    }

    /** The weight {@code (co, ci, i, j)} in the grid the taps are joined to: the rotated kernel's when shown. */
    private GridCell weightCell(Coordinates weight) {
        GridCell shown = scene.kernelCellOf(weight.get(2), weight.get(3));
        return scene.rotatedShown() ? unrotated(shown) : shown;
    }

    /**
     * Rotating by 180° is its own inverse: cell {@code (i, j)} of one kernel's grid is {@code (R-1-i, C-1-j)} of the
     * other, {@code R × C} the grid's size (the kernel's, or its reach when spread).
     */
    private GridCell unrotated(GridCell cell) {
        return new GridCell(scene.kernelRowsShown() - 1 - cell.row(), scene.kernelColumnsShown() - 1 - cell.column());
    }

    // ---- the readers of an input cell

    private void drawReaders(GraphicsContext g, SlidingWindowLayout layout, DrawContext context) {
        Color highlight = context.palette().color(Role.HIGHLIGHT);
        GridGeometry in = layout.input();
        GridPainter.outline(g, in, probed.row(), probed.column(), 1, 1, highlight, highlightWidth(in));
        GridGeometry out = layout.output();
        int columns = scene.output().columns();
        for (int i = readers.nextSetBit(0); i >= 0; i = readers.nextSetBit(i + 1)) {
            GridPainter.outline(g, out, i / columns, i % columns, 1, 1, highlight, highlightWidth(out));
        }
    }

    // ---- captions and strip

    /** Each grid's caption, in the order {@link #captions()} names them. */
    private Map<GridGeometry, Message> captionsOver(SlidingWindowLayout layout) {
        SlidingWindow.Captions captions = scene.captions();
        Map<GridGeometry, Message> texts = new LinkedHashMap<>();
        texts.put(layout.input(), captions.input());
        texts.put(layout.kernel(), captions.kernel());
        if (layout.rotated() != null) {
            texts.put(layout.rotated(), captions.rotatedKernel());
        }
        texts.put(layout.output(), captions.output());
        return texts;
    }

    /** The side of the input's and output's cells. */
    @Override
    public double scale(double width, double height, DrawContext context) {
        return layout(width, height, context).map(l -> l.input().cell()).orElse(0.0);
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        return layout(width, height, context).map(l -> GridCaptions.boxes(captionsOver(l), context))
                .orElse(List.of());
    }

    private FormulaStrip strip() {
        return step != null ? sumStrip() : readersStrip();
    }

    /** {@code y[1,2] = 1·3 + 0·(−1) + … + b = 7}: input factors blue (grey on padding and inserted zeros), weights orange. */
    private FormulaStrip sumStrip() {
        List<List<Piece>> terms = new ArrayList<>();
        for (Tap tap : step.taps()) {
            TapSource.Kind kind = tap.source().kind();
            if (kind != TapSource.Kind.DILATION_HOLE) {
                boolean zero = kind == TapSource.Kind.PADDING || kind == TapSource.Kind.INSERTED_ZERO;
                Role input = zero ? Role.PADDING : Role.INPUT;
                terms.add(List.of(new Piece(NumberText.factor(tap.input()), input), Piece.plain("\u00B7"),
                        new Piece(NumberText.factor(tap.weight()), Role.KERNEL)));
            }
        }
        List<Piece> tail = new ArrayList<>();
        if (step.bias() != 0) {
            tail.add(Piece.plain(" + " + NumberText.factor(step.bias())));
        }
        tail.add(Piece.plain(" = "));
        tail.add(new Piece(NumberText.of(step.result()), Role.OUTPUT));
        List<Piece> head = List.of(new Piece(name(OUTPUT_NAME, step.output()), Role.OUTPUT), Piece.plain(" = "));
        return new FormulaStrip(head, terms, Piece.plain(" + "), tail);
    }

    /** {@code x[1,1] = 3 → y[0,0], y[0,1], …}; a dash when no output reads the cell. */
    private FormulaStrip readersStrip() {
        Plane in = scene.input();
        double value = inside(in, probed.row(), probed.column()) ? in.at(probed.row(), probed.column()) : 0;
        List<Piece> head = List.of(new Piece(name(INPUT_NAME, Coordinates.of(0, probed.row(), probed.column())),
                Role.INPUT), Piece.plain(" = "), new Piece(NumberText.of(value), Role.INPUT), Piece.plain(" \u2192 "));
        List<List<Piece>> terms = new ArrayList<>();
        int columns = scene.output().columns();
        for (int i = readers.nextSetBit(0); i >= 0; i = readers.nextSetBit(i + 1)) {
            terms.add(List.of(new Piece(name(OUTPUT_NAME, Coordinates.of(0, i / columns, i % columns)), Role.OUTPUT)));
        }
        List<Piece> tail = terms.isEmpty() ? List.of(Piece.plain("\u2014")) : List.of();
        return new FormulaStrip(head, terms, Piece.plain(", "), tail);
    }

    /** {@code y[1,2]} for the element {@code (c, 1, 2)}: row and column, with a true minus sign. */
    public static String name(String tensor, Coordinates at) {
        return tensor + "[" + NumberText.of(at.get(1)) + "," + NumberText.of(at.get(2)) + "]";
    }

    private static boolean inside(Plane plane, int row, int column) {
        return row >= 0 && row < plane.rows() && column >= 0 && column < plane.columns();
    }

    public static double highlightWidth(GridGeometry grid) {
        return Math.max(2, grid.cell() * 0.09);
    }
}
