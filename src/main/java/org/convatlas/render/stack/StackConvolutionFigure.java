package org.convatlas.render.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.GroupBand;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.StagePainter;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;

/**
 * Draws a {@link StackConvolution}, left to right: the input stack with its sheets tilted back, the kernel's sheets
 * each level with the input sheet it lies on, the sum of the products on each, a summing node with the bias, an
 * arrow to the output cell in the output stack; under them, when a sheet is pulled out, that input sheet and its
 * kernel sheet drawn flat; at the bottom the formula strip of the step, {@code y[0,1,1] = 2 + 1 + 8 + 0 = 11}.
 * Everything but the type scales with one cell size, the largest that fits, up to {@link #MAX_CELL} font sizes; the
 * captions over the stacks take a second line rather than make it smaller ({@link CaptionRow}). Sheets that belong to
 * a channel group have its band between them and their captions ({@link GroupBand}). The figure tells which
 * cell of which tensor lies under a point, as the engine names it.
 */
public final class StackConvolutionFigure implements Figure {

    /** The largest cell side, in font sizes. */
    static final double MAX_CELL = 3;
    /** The smallest cell side, in pixels: below it the figure overflows rather than vanish. */
    static final double MIN_CELL = 2;
    /** Space between columns, in font sizes. */
    static final double COLUMN_GAP = 1.5;
    /** Height of the formula strip, in font sizes. */
    static final double STRIP_HEIGHT = 2.8;
    /** Radius of the summing node, in font sizes. */
    static final double NODE_RADIUS = 1;
    /** How far under the last sheet's sum the bias is written, in font sizes. */
    static final double BIAS_DROP = 1.6;
    /** The most a tilted sheet's rows may rise to, in cells, when there is height to spare. */
    static final double MAX_SQUASH = 0.8;
    /** Flat sheets pulled out of a stack have cells this many times as wide as the tilted ones. */
    static final double PANEL_SCALE = 1.5;
    /** Width of the connecting lines, in pixels. */
    static final double LINE = 1.5;
    /** The names of the output and its elements in the strip. */
    static final String OUTPUT_NAME = "y";
    /** The name of the input and its elements in the strip. */
    static final String INPUT_NAME = "x";

    private final StackConvolution scene;

    public StackConvolutionFigure(StackConvolution scene) {
        this.scene = Objects.requireNonNull(scene, "scene");
    }

    public StackConvolution scene() {
        return scene;
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT);
        if (scene.input().shown().stream().anyMatch(s -> s.sheet().isPadded() || s.sheet().role() == Role.PADDING)) {
            roles.add(Role.PADDING);
        }
        roles.add(Role.HIGHLIGHT);
        return roles;
    }

    /** The captions of the input, the filters and the output; with the readers of a cell pointed at, their number. */
    @Override
    public List<Message> captions() {
        StackConvolution.Captions captions = scene.captions();
        List<Message> lines = new ArrayList<>(List.of(captions.input(), captions.kernel(), captions.output()));
        StackConvolution.Readers readers = scene.readers();
        if (readers != null) {
            lines.add(Message.of("figure.stack.readers", readers.outputs().size()));
        }
        return lines;
    }

    /** The formula strip of the step, or of the readers of the input cell pointed at, in full. */
    @Override
    public String stripText() {
        return strip().text();
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Layout layout = Layout.fitting(scene, width, height, context);
        g.save();
        g.translate(layout.left(width), layout.top(height));
        new Painter(g, scene, layout, context).paint();
        g.restore();
        strip().draw(g, width / 2, height - STRIP_HEIGHT * context.unit() / 2, width, context);
    }

    /** The side of the stacks' cells. */
    @Override
    public double scale(double width, double height, DrawContext context) {
        return Layout.fitting(scene, width, height, context).cell;
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        Layout layout = Layout.fitting(scene, width, height, context);
        return IntStream.range(0, layout.captionX.length).mapToObj(i -> StagePainter.moved(
                layout.captions.box(i, layout.captionX[i], layout.captionColumns[i], layout.stacksTop),
                layout.left(width), layout.top(height))).toList();
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Layout layout = Layout.fitting(scene, width, height, context);
        double px = x - layout.left(width);
        double py = y - layout.top(height);
        SheetProjection tilted = layout.projection;
        List<Optional<Hit>> candidates = new ArrayList<>();
        for (SheetStack.Shown shown : scene.input().shown()) {
            int item = scene.input().itemOf(shown.index());
            candidates.add(hit(Role.INPUT, shown.sheet(), tilted, px, py, layout.inputX, layout.inputItemTop(item),
                    layout.cell));
        }
        for (StackConvolution.Facing facing : scene.facings()) {
            candidates.add(hit(Role.KERNEL, facing.kernel(), tilted, px, py, layout.kernelX,
                    layout.facingTop(scene, facing), layout.cell));
        }
        for (SheetStack.Shown shown : scene.output().shown()) {
            int item = scene.output().itemOf(shown.index());
            candidates.add(hit(Role.OUTPUT, shown.sheet(), tilted, px, py, layout.outputX, layout.outputItemTop(item),
                    layout.cell));
        }
        StackConvolution.PulledOut pulled = scene.pulledOut();
        if (pulled != null) {
            candidates.add(hit(Role.INPUT, pulled.input(), SheetProjection.FLAT, px, py, layout.inputX,
                    layout.panelSheetsTop(), layout.panelCell));
            if (pulled.facing() != null) {
                candidates.add(hit(Role.KERNEL, pulled.facing().kernel(), SheetProjection.FLAT, px, py,
                        layout.panelKernelX, layout.panelSheetsTop(), layout.panelCell));
            }
        }
        return candidates.stream().flatMap(Optional::stream).findFirst();
    }

    private static Optional<Hit> hit(Role role, Sheet sheet, SheetProjection projection, double px, double py,
                                     double x, double y, double cell) {
        return projection.cellAt(sheet.rows(), sheet.columns(), px, py, x, y, cell)
                .flatMap(c -> sheet.coordinatesOf(c.row(), c.column())).map(at -> new Hit(role, at));
    }

    /**
     * {@code y[0,1,1] = 2 + 1 + 8 + 0 = 11}: one term per kernel sheet, a single product as its input factor (blue)
     * and weight (orange), then the bias and the output value (green).
     */
    private FormulaStrip strip() {
        return scene.readers() == null ? stepStrip() : readersStrip(scene.readers());
    }

    private FormulaStrip stepStrip() {
        List<List<Piece>> terms = new ArrayList<>();
        for (StackConvolution.Term term : scene.terms()) {
            terms.add(term.isProduct()
                    ? List.of(new Piece(NumberText.factor(term.value()), Role.INPUT), Piece.plain("\u00B7"),
                            new Piece(NumberText.factor(term.weight()), Role.KERNEL))
                    : List.of(Piece.plain(NumberText.factor(term.sum()))));
        }
        List<Piece> tail = new ArrayList<>();
        if (!Float.isNaN(scene.bias())) {
            tail.add(Piece.plain(" + "));
            tail.add(new Piece(NumberText.factor(scene.bias()), Role.KERNEL));
        }
        tail.add(Piece.plain(" = "));
        tail.add(new Piece(NumberText.of(scene.result()), Role.OUTPUT));
        List<Piece> head = List.of(new Piece(name(OUTPUT_NAME, scene.written()), Role.OUTPUT), Piece.plain(" = "));
        return new FormulaStrip(head, terms, Piece.plain(" + "), tail);
    }

    /** {@code x[0,1,1] = 3 → y[0,0,0], y[0,0,1], …}; a dash when no output reads the cell. */
    private static FormulaStrip readersStrip(StackConvolution.Readers readers) {
        List<Piece> head = List.of(new Piece(name(INPUT_NAME, readers.cell()), Role.INPUT), Piece.plain(" = "),
                new Piece(NumberText.of(readers.value()), Role.INPUT), Piece.plain(" \u2192 "));
        List<List<Piece>> terms = readers.outputs().stream()
                .map(at -> List.of(new Piece(name(OUTPUT_NAME, at), Role.OUTPUT))).toList();
        List<Piece> tail = terms.isEmpty() ? List.of(Piece.plain("\u2014")) : List.of();
        return new FormulaStrip(head, terms, Piece.plain(", "), tail);
    }

    /** {@code y[0,1,1]} for the element {@code (0, 1, 1)} of {@code tensor}, with true minus signs. */
    private static String name(String tensor, Coordinates at) {
        return tensor + "[" + Arrays.stream(at.toArray()).mapToObj(NumberText::of).collect(Collectors.joining(","))
                + "]";
    }

    /** Where everything goes for one cell size; distances in pixels from the block's top-left corner. */
    static final class Layout {

        final double cell;
        /** How the stacks' sheets lie: tilted back, rising towards face on when there is height to spare. */
        final SheetProjection projection;
        final double panelCell;
        final double unit;
        final StackColumn input;
        final StackColumn output;
        /** The captions over the columns, and where each column starts and how wide it is, left to right. */
        final CaptionRow captions;
        final double[] captionX;
        final double[] captionColumns;
        final double inputX;
        /** The height of the row of captions over the stacks. */
        final double stacksTop;
        final double inputTop;
        final double outputTop;
        final double kernelX;
        final double productsX;
        final Point2D node;
        /** The middle of the bias's line, under the sheets' sums. */
        final double biasY;
        final double outputX;
        final double panelTop;
        final double panelKernelX;
        final double panelSumX;
        /** The size of the block of stacks and panel, the strip not included. */
        final double width;
        final double height;

        Layout(StackConvolution scene, CaptionRow captions, double cell, SheetProjection projection,
               DrawContext context) {
            this.cell = cell;
            this.projection = projection;
            this.panelCell = PANEL_SCALE * cell;
            this.unit = context.unit();
            this.captions = captions;
            SheetProjection tilted = projection;
            input = StackColumn.of(scene.input(), tilted, cell, unit);
            output = StackColumn.of(scene.output(), tilted, cell, unit);
            Font math = context.mathFont(1);
            double gap = COLUMN_GAP * unit;
            inputX = widestCaption(scene.input(), math) + 0.5 * unit + bandReserve(scene.input(), unit);
            kernelX = inputX + Math.max(input.width(), captions.reserve(0)) + gap;
            double kernelWidth = scene.facings().stream()
                    .mapToDouble(f -> tilted.width(f.kernel().rows(), f.kernel().columns(), cell)).max().orElse(0);
            productsX = kernelX + kernelWidth + 0.5 * unit;
            double productsWidth = Math.max(textWidth(biasText(scene.bias()), math), scene.facings().stream()
                    .mapToDouble(f -> textWidth(f.term().text(), math)).max().orElse(0));
            double nodeX = productsX + productsWidth + gap + NODE_RADIUS * unit;
            double resultWidth = textWidth(resultText(scene.result()), math);
            outputX = Math.max(nodeX + NODE_RADIUS * unit + resultWidth + 2 * gap, kernelX + captions.reserve(1) + gap);
            double stacksRight = outputX + Math.max(output.width() + 0.5 * unit + bandReserve(scene.output(), unit)
                    + widestCaption(scene.output(), math), captions.reserve(2));
            captionX = new double[] {inputX, kernelX, outputX};
            captionColumns = new double[] {kernelX - gap - inputX, outputX - gap - kernelX, stacksRight - outputX};

            stacksTop = captions.height(captionColumns);
            double stacksHeight = Math.max(input.height(), output.height());
            inputTop = stacksTop + (stacksHeight - input.height()) / 2;
            outputTop = stacksTop + (stacksHeight - output.height()) / 2;
            double nodeY = scene.facings().isEmpty() ? stacksTop + stacksHeight / 2
                    : (facingMiddle(scene, 0) + facingMiddle(scene, scene.facings().size() - 1)) / 2;
            node = new Point2D(nodeX, nodeY);

            biasY = (scene.facings().isEmpty() ? nodeY : facingMiddle(scene, scene.facings().size() - 1))
                    + BIAS_DROP * unit;
            double biasBottom = Float.isNaN(scene.bias()) ? 0 : biasY + 0.6 * unit - stacksTop;
            double topBand = stacksTop + Math.max(stacksHeight, biasBottom);
            panelTop = topBand + COLUMN_GAP * unit;
            StackConvolution.PulledOut pulled = scene.pulledOut();
            if (pulled == null) {
                panelKernelX = 0;
                panelSumX = 0;
                width = stacksRight;
                height = topBand;
                return;
            }
            SheetProjection flat = SheetProjection.FLAT;
            panelKernelX = inputX + flat.width(pulled.input().rows(), pulled.input().columns(), panelCell)
                    + COLUMN_GAP * unit;
            StackConvolution.Facing facing = pulled.facing();
            panelSumX = panelKernelX + (facing == null ? 0
                    : flat.width(facing.kernel().rows(), facing.kernel().columns(), panelCell) + 0.5 * unit);
            double panelRight = panelSumX + (facing == null ? 0 : textWidth(facing.term().text(), math));
            width = Math.max(stacksRight, panelRight);
            height = panelSheetsTop() + flat.height(pulled.input().rows(), panelCell);
        }

        /**
         * The largest layout, up to {@link #MAX_CELL} font sizes a cell, whose block fits {@code width × height}
         * with the formula strip under it. The captions over the stacks take two lines rather than make the cells
         * smaller, and one line wherever that gives cells as large; the sheets are
         * {@link SheetProjection#TILTED}, or less tilted (rows up to {@link #MAX_SQUASH} cells high) when the cell
         * size is set by the width and height is left over.
         */
        static Layout fitting(StackConvolution scene, double width, double height, DrawContext context) {
            double room = height - STRIP_HEIGHT * context.unit();
            SheetProjection tilted = SheetProjection.TILTED;
            CaptionRow wrapping = CaptionRow.of(scene.captions(), context);
            Layout wrapped = largest(scene, wrapping, width, room, context);
            Layout unwrapped = largest(scene, wrapping.unwrapped(), width, room, context);
            Layout best = unwrapped.fits(width, room) && unwrapped.cell >= wrapped.cell ? unwrapped : wrapped;
            return largest(tilted.squash(), MAX_SQUASH, squash -> new Layout(scene, best.captions, best.cell,
                    new SheetProjection(tilted.shear(), squash), context), width, room, best);
        }

        /** The layout with the largest tilted cells that fits, its captions set as {@code captions} has them. */
        private static Layout largest(StackConvolution scene, CaptionRow captions, double width, double room,
                                      DrawContext context) {
            return largest(MIN_CELL, Math.max(MIN_CELL, MAX_CELL * context.unit()),
                    cell -> new Layout(scene, captions, cell, SheetProjection.TILTED, context), width, room);
        }

        /** The layout for the largest value in {@code [low, high]} that fits, or the one for {@code low}. */
        private static Layout largest(double low, double high, DoubleFunction<Layout> layout, double width,
                                      double height) {
            return largest(low, high, layout, width, height, layout.apply(low));
        }

        /** The layout for the largest value in {@code [low, high]} that fits, or {@code fallback}; by bisection. */
        private static Layout largest(double low, double high, DoubleFunction<Layout> layout, double width,
                                      double height, Layout fallback) {
            Layout top = layout.apply(high);
            if (top.fits(width, height)) {
                return top;
            }
            Layout best = fallback;
            double tolerance = (high - low) / 256;
            while (high - low > tolerance) {
                double middle = (low + high) / 2;
                Layout candidate = layout.apply(middle);
                if (candidate.fits(width, height)) {
                    best = candidate;
                    low = middle;
                } else {
                    high = middle;
                }
            }
            return best;
        }

        private boolean fits(double areaWidth, double areaHeight) {
            return width <= areaWidth && height <= areaHeight;
        }

        /** The block's left edge in an area {@code areaWidth} wide: centred. */
        double left(double areaWidth) {
            return Math.max(0, (areaWidth - width) / 2);
        }

        /** The block's top edge in an area {@code areaHeight} high: centred over the strip. */
        double top(double areaHeight) {
            return Math.max(0, (areaHeight - STRIP_HEIGHT * unit - height) / 2);
        }

        /** The top of item {@code i} of the input stack. */
        double inputItemTop(int i) {
            return inputTop + input.tops()[i];
        }

        double outputItemTop(int i) {
            return outputTop + output.tops()[i];
        }

        /** The top of the flat sheets pulled out, under their captions. */
        double panelSheetsTop() {
            return panelTop + CaptionRow.HEIGHT * unit;
        }

        /** The vertical middle of facing {@code f}: that of the input sheet it lies on. */
        double facingMiddle(StackConvolution scene, int f) {
            return inputTop + input.middle(scene.input().itemOf(scene.facings().get(f).input()));
        }

        /** The top of a facing's kernel sheet, centred on its input sheet. */
        double facingTop(StackConvolution scene, StackConvolution.Facing facing) {
            double middle = inputTop + input.middle(scene.input().itemOf(facing.input()));
            return middle - projection.height(facing.kernel().rows(), cell) / 2;
        }
    }

    /** The output value written after the node: {@code = 11}. */
    static String resultText(float result) {
        return "= " + NumberText.of(result);
    }

    /** The bias under the sheets' sums, {@code b = 1}; empty without a bias. */
    static String biasText(float bias) {
        return Float.isNaN(bias) ? "" : "b = " + NumberText.of(bias);
    }

    /** The room a stack's group bands take beside it: none when no sheet shown belongs to a group. */
    static double bandReserve(SheetStack stack, double unit) {
        return stack.shown().stream().anyMatch(s -> s.sheet().hasGroup()) ? (GroupBand.WIDTH + GroupBand.GAP) * unit
                : 0;
    }

    private static double widestCaption(SheetStack stack, Font font) {
        return stack.shown().stream().mapToDouble(s -> textWidth(s.sheet().caption(), font)).max().orElse(0);
    }

    static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** Paints one layout. */
    private static final class Painter {

        private final GraphicsContext g;
        private final StackConvolution scene;
        private final Layout layout;
        private final DrawContext context;
        private final Palette palette;
        private final double unit;
        private final double cell;
        private final Font math;

        Painter(GraphicsContext g, StackConvolution scene, Layout layout, DrawContext context) {
            this.g = g;
            this.scene = scene;
            this.layout = layout;
            this.context = context;
            this.palette = context.palette();
            this.unit = context.unit();
            this.cell = layout.cell;
            this.math = context.mathFont(1);
        }

        void paint() {
            g.setTextBaseline(VPos.CENTER);
            paintStack(scene.input(), layout.input, layout.inputX, layout.inputTop, TextAlignment.RIGHT);
            paintFacings();
            paintNode();
            paintStack(scene.output(), layout.output, layout.outputX, layout.outputTop, TextAlignment.LEFT);
            paintTargetArrow();
            for (int i = 0; i < layout.captionX.length; i++) {
                layout.captions.draw(g, i, layout.captionX[i], layout.captionColumns[i], layout.stacksTop);
            }
            if (scene.pulledOut() != null) {
                paintPulledOut(scene.pulledOut());
            }
        }

        /** The stack's sheets with its edges behind them, the ellipses, and each sheet's caption on one side. */
        private void paintStack(SheetStack stack, StackColumn column, double x, double top, TextAlignment captions) {
            paintEdges(stack, column, x, top);
            List<SheetStack.Item> items = stack.items();
            for (int i = 0; i < items.size(); i++) {
                double y = top + column.tops()[i];
                if (items.get(i) instanceof SheetStack.Shown shown) {
                    SheetPainter.paint(g, shown.sheet(), layout.projection, x, y, cell, context);
                    boolean pulled = stack == scene.input() && scene.pulledOut() != null
                            && scene.pulledOut().index() == shown.index();
                    double band = bandReserve(stack, unit);
                    if (shown.sheet().hasGroup()) {
                        double bandX = captions == TextAlignment.RIGHT ? x - band
                                : x + column.width() + GroupBand.GAP * unit;
                        GroupBand.paint(g, shown.sheet().group(), bandX, y, GroupBand.WIDTH * unit,
                                column.heights()[i], context);
                    }
                    double captionX = captions == TextAlignment.RIGHT ? x - 0.5 * unit - band
                            : x + column.width() + 0.5 * unit + band;
                    sheetCaption(shown.sheet().caption(), captionX, y + column.heights()[i] / 2, captions, pulled);
                } else if (items.get(i) instanceof SheetStack.Elided elided) {
                    paintEllipsis(elided.count(), x + column.width() / 2, y + column.heights()[i] / 2);
                }
            }
        }

        /** Dashed lines joining the corners of the top and bottom sheets, so that the sheets read as one block. */
        private void paintEdges(SheetStack stack, StackColumn column, double x, double top) {
            List<SheetStack.Shown> shown = stack.shown();
            if (shown.size() < 2) {
                return;
            }
            Sheet first = shown.get(0).sheet();
            Sheet last = shown.get(shown.size() - 1).sheet();
            double firstTop = top + column.tops()[0];
            double lastTop = top + column.tops()[column.tops().length - 1];
            g.save();
            g.setStroke(palette.mutedInk());
            g.setLineWidth(1);
            g.setLineDashes(3, 3);
            for (double[] corner : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D a = layout.projection.point(first.rows(), corner[0] * first.columns(),
                        corner[1] * first.rows(), x, firstTop, cell);
                Point2D b = layout.projection.point(last.rows(), corner[0] * last.columns(),
                        corner[1] * last.rows(), x, lastTop, cell);
                g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
            }
            g.restore();
        }

        /** Three dots for sheets left out, and how many. */
        private void paintEllipsis(int count, double x, double y) {
            g.setFill(palette.mutedInk());
            double r = 0.12 * unit;
            for (int i = -1; i <= 1; i++) {
                g.fillOval(x - r, y + i * 0.4 * unit - r, 2 * r, 2 * r);
            }
            g.setFont(math);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("(" + count + ")", x + 0.6 * unit, y);
        }

        private void paintFacings() {
            for (StackConvolution.Facing facing : scene.facings()) {
                double top = layout.facingTop(scene, facing);
                SheetPainter.paint(g, facing.kernel(), layout.projection, layout.kernelX, top, cell, context);
                termIntoNode(facing.term().text(),
                        top + layout.projection.height(facing.kernel().rows(), cell) / 2);
            }
        }

        /** The summing node, and the bias flowing into it from under the sheets' sums. */
        private void paintNode() {
            Point2D c = layout.node;
            double r = NODE_RADIUS * unit;
            String bias = biasText(scene.bias());
            if (!bias.isEmpty()) {
                termIntoNode(bias, layout.biasY);
            }
            g.setFill(palette.background());
            g.fillOval(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
            g.setStroke(palette.color(Role.HIGHLIGHT));
            g.setLineWidth(2);
            g.strokeOval(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
            g.setFill(palette.ink());
            g.setFont(math);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("\u2211", c.getX(), c.getY());
        }

        /** A term of the sum written at height {@code y} in the column of sums, with a line from it to the node. */
        private void termIntoNode(String text, double y) {
            g.setFill(palette.ink());
            g.setFont(math);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(text, layout.productsX, y);
            double textEnd = layout.productsX + textWidth(text, math) + 0.3 * unit;
            g.setStroke(palette.mutedInk());
            g.setLineWidth(LINE);
            Point2D towards = towardsNode(textEnd, y);
            g.strokeLine(textEnd, y, towards.getX(), towards.getY());
        }

        /** The point on the node's rim on the way from {@code (x, y)} to its centre. */
        private Point2D towardsNode(double x, double y) {
            Point2D centre = layout.node;
            Point2D away = new Point2D(x, y).subtract(centre);
            double length = away.magnitude();
            return length == 0 ? centre : centre.add(away.multiply(NODE_RADIUS * unit / length));
        }

        /** An arrow from the node to the output cell being written, the step's result over it. */
        private void paintTargetArrow() {
            StackConvolution.Target target = scene.target();
            int item = scene.output().itemOf(target.sheet());
            Sheet sheet = ((SheetStack.Shown) scene.output().items().get(item)).sheet();
            Point2D centre = layout.projection.point(sheet.rows(), target.column() + 0.5, target.row() + 0.5,
                    layout.outputX, layout.outputItemTop(item), cell);
            Point2D start = towardsNode(centre.getX(), centre.getY());
            // stop short of the cell's centre, so that the head does not hide the value being written
            Point2D end = centre.subtract(centre.subtract(start).normalize().multiply(0.4 * cell));
            Color highlight = palette.color(Role.HIGHLIGHT);
            g.setStroke(highlight);
            g.setFill(highlight);
            g.setLineWidth(2);
            g.strokeLine(start.getX(), start.getY(), end.getX(), end.getY());
            Point2D along = end.subtract(start).normalize();
            Point2D across = new Point2D(-along.getY(), along.getX());
            double head = 0.5 * unit;
            Point2D back = end.subtract(along.multiply(head));
            Point2D left = back.add(across.multiply(head / 2));
            Point2D right = back.subtract(across.multiply(head / 2));
            g.fillPolygon(new double[] {end.getX(), left.getX(), right.getX()},
                    new double[] {end.getY(), left.getY(), right.getY()}, 3);
            g.setFill(palette.ink());
            g.setFont(math);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(resultText(scene.result()), layout.node.getX() + NODE_RADIUS * unit + 0.3 * unit,
                    layout.node.getY() - 0.8 * unit);
        }

        private void paintPulledOut(StackConvolution.PulledOut pulled) {
            SheetProjection flat = SheetProjection.FLAT;
            double top = layout.panelSheetsTop();
            double captionY = layout.panelTop + CaptionRow.HEIGHT * unit / 2;
            caption(pulled.input().caption(), layout.inputX, captionY);
            SheetPainter.paint(g, pulled.input(), flat, layout.inputX, top, layout.panelCell, context);
            StackConvolution.Facing facing = pulled.facing();
            if (facing != null) {
                Sheet kernel = facing.kernel();
                caption(kernel.caption(), layout.panelKernelX, captionY);
                SheetPainter.paint(g, kernel, flat, layout.panelKernelX, top, layout.panelCell, context);
                g.setFill(palette.ink());
                g.setFont(math);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(facing.term().text(), layout.panelSumX, top + flat.height(kernel.rows(), layout.panelCell)
                        / 2);
            }
        }

        private void caption(String text, double x, double y) {
            g.setFill(palette.ink());
            g.setFont(context.font());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(text, x, y);
        }

        private void sheetCaption(String text, double x, double y, TextAlignment alignment, boolean pulled) {
            g.save();
            if (pulled) {
                g.setFont(Font.font(math.getFamily(), FontWeight.BOLD, math.getSize()));
                g.setFill(palette.color(Role.HIGHLIGHT));
            } else {
                g.setFont(math);
                g.setFill(palette.mutedInk());
            }
            g.setTextAlign(alignment);
            g.fillText(text, x, y);
            g.restore();
        }
    }
}
