package org.convatlas.lesson.transposed;

import java.util.ArrayList;
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
import org.convatlas.compute.trace.ScatterStep;
import org.convatlas.compute.trace.ScatterWrite;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.GridCaptions;
import org.convatlas.render.grid.GridCell;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.GridPainter;
import org.convatlas.render.grid.SlidingWindow.Plane;
import org.convatlas.render.grid.SlidingWindowFigure;
import org.convatlas.render.grid.SlidingWindowLayout;

/**
 * One frame of the scatter picture of a transposed convolution ({@link Scatter} holds what frames share), laid out as
 * a sliding window is ({@link SlidingWindowLayout}: input, kernel, output left to right), the output with the ring its
 * padding cuts away drawn hatched around it. Either a stamp: the input cell in vermillion, every cell its scaled kernel
 * is added to outlined (cut-away cells included), the output as it stands after the step, and the strip
 * {@code x[0,1] = 2:  y[0,1] += 2·1, y[0,2] += 2·2, …}. Or a gathered output cell: the cell in vermillion, the input
 * cells whose stamps reach it and the weights they meet outlined, and the strip of its products with input elements
 * only, {@code y[1,1] = 2·5 + 1·4 = 14}: the same sum as the zero-insertion picture's without the products with zeros.
 */
public final class ScatterFigure implements Figure {

    private final Scatter scene;
    /** The stamp shown; null for a gathered output cell. */
    private final ScatterStep stamp;
    /** The output values drawn: after the stamp, or the whole output. */
    private final Plane shown;
    /** The gathered output cell's step; null for a stamp. */
    private final WeightedSumStep gathered;
    /** The gathered cell's row-major index: the outputs up to it are filled in. */
    private final long index;

    ScatterFigure(Scatter scene, ScatterStep stamp, Plane shown, WeightedSumStep gathered, long index) {
        this.scene = scene;
        this.stamp = stamp;
        this.shown = shown;
        this.gathered = gathered;
        this.index = index;
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

    @Override
    public List<Message> captions() {
        Scatter.Captions captions = scene.captions();
        return List.of(captions.input(), captions.kernel(), captions.output());
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Optional<Grids> found = layout(width, height, context);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Grids grids = found.get();
        Optional<GridCell> cell = grids.input().cellAt(x, y);
        if (cell.isPresent()) {
            return Optional.of(new Hit(Role.INPUT, Coordinates.of(0, cell.get().row(), cell.get().column())));
        }
        cell = grids.output().cellAt(x, y).filter(c -> insideOutput(c.row(), c.column()));
        if (cell.isPresent()) {
            return Optional.of(new Hit(Role.OUTPUT, Coordinates.of(0, cell.get().row(), cell.get().column())));
        }
        return grids.kernel().cellAt(x, y).map(c -> new Hit(Role.KERNEL, Coordinates.of(0, 0, c.row(), c.column())));
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Optional<Grids> found = layout(width, height, context);
        if (found.isEmpty()) {
            return;
        }
        Grids grids = found.get();
        drawInput(g, grids.input(), context);
        GridGeometry kernel = grids.kernel();
        Plane k = scene.kernel();
        GridPainter.paint(g, kernel, (r, c) -> Role.KERNEL, k::at,
                GridPainter.showsNumbers(kernel.rows(), kernel.columns(), kernel.cell(), context), context);
        drawOutput(g, grids.output(), context);
        if (stamp != null) {
            drawStamp(g, grids.output(), context);
        } else {
            drawGathered(g, grids, context);
        }
        GridCaptions.draw(g, captionsOver(grids), context);
        strip().draw(g, width / 2, grids.stripY(), width, context);
    }

    /** The side of the input's and output's cells. */
    @Override
    public double scale(double width, double height, DrawContext context) {
        return layout(width, height, context).map(grids -> grids.input().cell()).orElse(0.0);
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        return layout(width, height, context).map(grids -> GridCaptions.boxes(captionsOver(grids), context))
                .orElse(List.of());
    }

    /** Each grid's caption. */
    private Map<GridGeometry, Message> captionsOver(Grids grids) {
        Scatter.Captions captions = scene.captions();
        Map<GridGeometry, Message> texts = new LinkedHashMap<>();
        texts.put(grids.input(), captions.input());
        texts.put(grids.kernel(), captions.kernel());
        texts.put(grids.output(), captions.output());
        return texts;
    }

    /** The grids: the sliding-window layout with the output's cut-away ring numbered from {@code -top, -left}. */
    private record Grids(GridGeometry input, GridGeometry kernel, GridGeometry output, double stripY) {
    }

    private Optional<Grids> layout(double width, double height, DrawContext context) {
        Plane in = scene.input();
        Plane k = scene.kernel();
        Plane out = scene.output();
        Pads2d cut = scene.cutAway();
        int rows = out.rows() + cut.top() + cut.bottom();
        int columns = out.columns() + cut.left() + cut.right();
        Scatter.Captions captions = scene.captions();
        SlidingWindowLayout.CaptionWidths widths = new SlidingWindowLayout.CaptionWidths(
                GridCaptions.width(captions.input(), context), GridCaptions.width(captions.kernel(), context),
                GridCaptions.width(captions.output(), context));
        return SlidingWindowLayout.of(in.rows(), in.columns(), Pads2d.NONE, k.rows(), k.columns(), false, rows,
                columns, widths, width, height, context.unit()).map(l -> new Grids(l.input(), l.kernel(),
                new GridGeometry(l.output().left(), l.output().top(), l.output().cell(), -cut.top(), -cut.left(),
                        rows, columns), l.stripY()));
    }

    private void drawInput(GraphicsContext g, GridGeometry grid, DrawContext context) {
        Plane in = scene.input();
        Coordinates current = stamp != null ? stamp.input() : null;
        GridPainter.paint(g, grid, (r, c) -> current != null && current.get(1) == r && current.get(2) == c
                        ? Role.HIGHLIGHT : Role.INPUT, in::at,
                GridPainter.showsNumbers(grid.rows(), grid.columns(), grid.cell(), context), context);
    }

    /** The output values shown inside, the cut-away ring hatched without numbers. */
    private void drawOutput(GraphicsContext g, GridGeometry grid, DrawContext context) {
        boolean numbers = GridPainter.showsNumbers(grid.rows(), grid.columns(), grid.cell(), context);
        int columns = scene.output().columns();
        GridPainter.paint(g, grid, (r, c) -> {
            if (!insideOutput(r, c)) {
                return Role.PADDING;
            }
            long i = (long) r * columns + c;
            if (stamp != null) {
                return Role.OUTPUT;
            }
            return i == index ? Role.HIGHLIGHT : i < index ? Role.OUTPUT : null;
        }, (r, c) -> insideOutput(r, c) ? shown.at(r, c) : Double.NaN, numbers, context);
    }

    /** Each cell the stamp writes outlined thinly, the whole stamp thickly. */
    private void drawStamp(GraphicsContext g, GridGeometry grid, DrawContext context) {
        Color highlight = context.palette().color(Role.HIGHLIGHT);
        double thin = Math.max(1, grid.cell() * 0.04);
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        int right = Integer.MIN_VALUE;
        for (ScatterWrite write : stamp.writes()) {
            int r = write.output().get(1);
            int c = write.output().get(2);
            top = Math.min(top, r);
            left = Math.min(left, c);
            bottom = Math.max(bottom, r);
            right = Math.max(right, c);
            if (grid.contains(r, c)) {
                GridPainter.outline(g, grid, r, c, 1, 1, highlight, thin);
            }
        }
        top = Math.max(top, grid.firstRow());
        left = Math.max(left, grid.firstColumn());
        bottom = Math.min(bottom, grid.lastRow());
        right = Math.min(right, grid.lastColumn());
        if (top <= bottom && left <= right) {
            GridPainter.outline(g, grid, top, left, bottom - top + 1, right - left + 1, highlight,
                    SlidingWindowFigure.highlightWidth(grid));
        }
    }

    /** The input cells whose stamps reach the gathered cell, and the weights they meet, outlined. */
    private void drawGathered(GraphicsContext g, Grids grids, DrawContext context) {
        Color highlight = context.palette().color(Role.HIGHLIGHT);
        for (Tap tap : usefulTaps()) {
            Coordinates at = ((TapSource.Input) tap.source()).at();
            GridPainter.outline(g, grids.input(), at.get(1), at.get(2), 1, 1, highlight,
                    SlidingWindowFigure.highlightWidth(grids.input()));
            GridPainter.outline(g, grids.kernel(), tap.kernel().get(2), tap.kernel().get(3), 1, 1, highlight,
                    SlidingWindowFigure.highlightWidth(grids.kernel()));
        }
    }

    /** The gathered step's products with input elements: the products the scatter form computes. */
    private List<Tap> usefulTaps() {
        return gathered.taps().stream().filter(t -> t.source().kind() == TapSource.Kind.INPUT).toList();
    }

    private boolean insideOutput(int row, int column) {
        Plane out = scene.output();
        return row >= 0 && row < out.rows() && column >= 0 && column < out.columns();
    }

    private FormulaStrip strip() {
        return stamp != null ? stampStrip() : gatheredStrip();
    }

    /** {@code x[0,1] = 2:  y[0,1] += 2·1, y[−1,2] += 2·2, …}: cut-away cells in the padding's grey. */
    private FormulaStrip stampStrip() {
        List<Piece> head = List.of(new Piece(SlidingWindowFigure.name(SlidingWindowFigure.INPUT_NAME, stamp.input()),
                Role.INPUT), Piece.plain(" = "), new Piece(NumberText.of(stamp.value()), Role.INPUT),
                Piece.plain(":  "));
        List<List<Piece>> terms = new ArrayList<>();
        for (ScatterWrite write : stamp.writes()) {
            Role cell = write.cropped() ? Role.PADDING : Role.OUTPUT;
            terms.add(List.of(new Piece(SlidingWindowFigure.name(SlidingWindowFigure.OUTPUT_NAME, write.output()),
                    cell), Piece.plain(" += "), new Piece(NumberText.factor(stamp.value()), Role.INPUT),
                    Piece.plain("\u00B7"), new Piece(NumberText.factor(write.weight()), Role.KERNEL)));
        }
        return new FormulaStrip(head, terms, Piece.plain(", "), List.of());
    }

    /** {@code y[1,1] = 2·5 + 1·4 = 14}, the products with input elements only; {@code = 0} when there are none. */
    private FormulaStrip gatheredStrip() {
        List<List<Piece>> terms = new ArrayList<>();
        for (Tap tap : usefulTaps()) {
            terms.add(List.of(new Piece(NumberText.factor(tap.input()), Role.INPUT), Piece.plain("\u00B7"),
                    new Piece(NumberText.factor(tap.weight()), Role.KERNEL)));
        }
        List<Piece> head = List.of(new Piece(SlidingWindowFigure.name(SlidingWindowFigure.OUTPUT_NAME,
                gathered.output()), Role.OUTPUT), Piece.plain(" = "));
        List<Piece> tail = List.of(Piece.plain(terms.isEmpty() ? "" : " = "),
                new Piece(NumberText.of(gathered.result()), Role.OUTPUT));
        return new FormulaStrip(head, terms, Piece.plain(" + "), tail);
    }
}
