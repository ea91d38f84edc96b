package org.convatlas.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link StackConvolution}, left to right: the input stack with its sheets tilted back, the kernel's sheets
 * each level with the input sheet it lies on, the sum of the products on each, a summing node with the bias, an
 * arrow to the output cell in the output stack; and under them, when a sheet is pulled out, that input sheet and its
 * kernel sheet drawn flat with their numbers. Everything scales with one cell size, the largest that fits, up to
 * {@link #MAX_CELL} font sizes.
 */
public final class StackConvolutionFigure implements Figure {

    /** The largest cell side, in font sizes. */
    static final double MAX_CELL = 3;
    /** The smallest cell side, in pixels: below it the figure overflows rather than vanish. */
    static final double MIN_CELL = 2;
    /** Space between columns, in font sizes. */
    static final double COLUMN_GAP = 1.5;
    /** Height of the row of captions over the stacks, in font sizes. */
    static final double CAPTION_HEIGHT = 1.8;
    /** Radius of the summing node, in font sizes. */
    static final double NODE_RADIUS = 1;
    /** How far under the last sheet's sum the bias is written, in font sizes. */
    static final double BIAS_DROP = 1.6;
    /** Flat sheets pulled out of a stack have cells this many times as wide as the tilted ones. */
    static final double PANEL_SCALE = 1.5;
    /** Width of the stack's edges and of the connecting lines, in pixels. */
    static final double LINE = 1.5;

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
        if (hasPadding(scene.input())) {
            roles.add(Role.PADDING);
        }
        roles.add(Role.HIGHLIGHT);
        return roles;
    }

    private static boolean hasPadding(SheetStack stack) {
        return stack.shown().stream().map(SheetStack.Shown::sheet)
                .anyMatch(s -> s.inside().rows() < s.rows() || s.inside().columns() < s.columns());
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Layout layout = Layout.fitting(scene, width, height, context);
        g.save();
        g.translate(Math.max(0, (width - layout.width) / 2), Math.max(0, (height - layout.height) / 2));
        new Painter(g, scene, layout, context).paint();
        g.restore();
    }

    /** Where everything goes for one cell size; distances in pixels from the figure's top-left corner. */
    static final class Layout {

        final double cell;
        final double unit;
        final StackColumn input;
        final StackColumn output;
        final double inputX;
        final double stacksTop;
        final double inputTop;
        final double outputTop;
        final double kernelX;
        final double productsX;
        final Point2D node;
        /** The middle of the bias's line, under the sheets' sums. */
        final double biasY;
        final double outputX;
        final double panelCell;
        final double panelTop;
        final double panelKernelX;
        final double panelSumX;
        final double width;
        final double height;

        Layout(StackConvolution scene, double cell, DrawContext context) {
            this.cell = cell;
            this.panelCell = PANEL_SCALE * cell;
            this.unit = context.unit();
            SheetProjection tilted = SheetProjection.TILTED;
            input = StackColumn.of(scene.input(), tilted, cell, unit);
            output = StackColumn.of(scene.output(), tilted, cell, unit);
            Font font = context.font();
            inputX = widestCaption(scene.input(), font) + 0.5 * unit;
            stacksTop = CAPTION_HEIGHT * unit;
            double stacksHeight = Math.max(input.height(), output.height());
            inputTop = stacksTop + (stacksHeight - input.height()) / 2;
            outputTop = stacksTop + (stacksHeight - output.height()) / 2;

            kernelX = inputX + input.width() + COLUMN_GAP * unit;
            double kernelWidth = scene.facings().stream()
                    .mapToDouble(f -> tilted.width(f.kernel().rows(), f.kernel().columns(), cell)).max().orElse(0);
            productsX = kernelX + kernelWidth + 0.5 * unit;
            double productsWidth = Math.max(textWidth(biasText(scene.bias()), font), scene.facings().stream()
                    .mapToDouble(f -> textWidth(f.text(), font)).max().orElse(0));
            double nodeX = productsX + productsWidth + COLUMN_GAP * unit + NODE_RADIUS * unit;
            double nodeY = scene.facings().isEmpty() ? stacksTop + stacksHeight / 2
                    : (facingMiddle(scene, 0) + facingMiddle(scene, scene.facings().size() - 1)) / 2;
            node = new Point2D(nodeX, nodeY);
            double resultWidth = textWidth("= " + NumberText.of(scene.result()), font);
            outputX = nodeX + NODE_RADIUS * unit + resultWidth + 2 * COLUMN_GAP * unit;
            double stacksRight = outputX + output.width() + 0.5 * unit + widestCaption(scene.output(), font);

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
            double panelRight = panelSumX + (facing == null ? 0 : textWidth(facing.text(), font));
            width = Math.max(stacksRight, panelRight);
            height = panelTop + CAPTION_HEIGHT * unit + flat.height(pulled.input().rows(), panelCell);
        }

        /** The largest layout, up to {@link #MAX_CELL} font sizes a cell, that fits {@code width × height}. */
        static Layout fitting(StackConvolution scene, double width, double height, DrawContext context) {
            double low = MIN_CELL;
            double high = Math.max(low, MAX_CELL * context.unit());
            Layout best = new Layout(scene, low, context);
            if (fits(new Layout(scene, high, context), width, height)) {
                return new Layout(scene, high, context);
            }
            for (int i = 0; i < 24 && high - low > 0.25; i++) {
                double middle = (low + high) / 2;
                Layout candidate = new Layout(scene, middle, context);
                if (fits(candidate, width, height)) {
                    best = candidate;
                    low = middle;
                } else {
                    high = middle;
                }
            }
            return best;
        }

        private static boolean fits(Layout layout, double width, double height) {
            return layout.width <= width && layout.height <= height;
        }

        /** The top of item {@code i} of the input stack. */
        double inputItemTop(int i) {
            return inputTop + input.tops()[i];
        }

        double outputItemTop(int i) {
            return outputTop + output.tops()[i];
        }

        /** The vertical middle of facing {@code f}: that of the input sheet it lies on. */
        private double facingMiddle(StackConvolution scene, int f) {
            return inputTop + input.middle(itemOf(scene.input(), scene.facings().get(f).input()));
        }
    }

    /** The item of {@code stack} that shows sheet {@code index}. */
    static int itemOf(SheetStack stack, int index) {
        List<SheetStack.Item> items = stack.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof SheetStack.Shown shown && shown.index() == index) {
                return i;
            }
        }
        throw new IllegalArgumentException("sheet " + index + " is not shown in the stack " + stack.caption());
    }

    /** The bias under the summing node, {@code b = 1}; empty without a bias. */
    static String biasText(float bias) {
        return Float.isNaN(bias) ? "" : "b = " + NumberText.of(bias);
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
        private final ValueRange inputHeat;
        private final ValueRange kernelHeat;

        Painter(GraphicsContext g, StackConvolution scene, Layout layout, DrawContext context) {
            this.g = g;
            this.scene = scene;
            this.layout = layout;
            this.context = context;
            this.palette = context.palette();
            this.unit = context.unit();
            this.cell = layout.cell;
            this.inputHeat = scene.input().valueRange();
            ValueRange kernels = null;
            for (StackConvolution.Facing facing : scene.facings()) {
                ValueRange r = facing.kernel().valueRange();
                kernels = kernels == null ? r : kernels.including(r);
            }
            this.kernelHeat = kernels;
        }

        void paint() {
            g.setFont(context.font());
            g.setTextBaseline(VPos.CENTER);
            paintStack(scene.input(), layout.input, layout.inputX, layout.inputTop, TextAlignment.RIGHT);
            paintFacings();
            paintNode();
            paintStack(scene.output(), layout.output, layout.outputX, layout.outputTop, TextAlignment.LEFT);
            paintTargetArrow();
            caption(scene.input().caption(), layout.inputX, layout.stacksTop / 2);
            caption(scene.kernelCaption(), layout.kernelX, layout.stacksTop / 2);
            caption(scene.output().caption(), layout.outputX, layout.stacksTop / 2);
            if (scene.pulledOut() != null) {
                paintPulledOut(scene.pulledOut());
            }
        }

        /** The stack's sheets with its edges behind them, the ellipses, and each sheet's caption on one side. */
        private void paintStack(SheetStack stack, StackColumn column, double x, double top, TextAlignment captions) {
            paintEdges(stack, column, x, top);
            ValueRange heat = stack.valueRange();
            List<SheetStack.Item> items = stack.items();
            for (int i = 0; i < items.size(); i++) {
                double y = top + column.tops()[i];
                if (items.get(i) instanceof SheetStack.Shown shown) {
                    SheetPainter.paint(g, shown.sheet(), SheetProjection.TILTED, x, y, cell, context, heat);
                    boolean pulled = scene.pulledOut() != null && stack == scene.input()
                            && scene.pulledOut().index() == shown.index();
                    double captionX = captions == TextAlignment.RIGHT ? x - 0.5 * unit : x + column.width() + 0.5 * unit;
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
                Point2D a = SheetProjection.TILTED.point(first.rows(), corner[0] * first.columns(),
                        corner[1] * first.rows(), x, firstTop, cell);
                Point2D b = SheetProjection.TILTED.point(last.rows(), corner[0] * last.columns(),
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
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("(" + count + ")", x + 0.6 * unit, y);
        }

        private void paintFacings() {
            for (StackConvolution.Facing facing : scene.facings()) {
                int item = itemOf(scene.input(), facing.input());
                double middle = layout.inputTop + layout.input.middle(item);
                Sheet kernel = facing.kernel();
                double top = middle - SheetProjection.TILTED.height(kernel.rows(), cell) / 2;
                SheetPainter.paint(g, kernel, SheetProjection.TILTED, layout.kernelX, top, cell, context, kernelHeat);
                termIntoNode(facing.text(), middle);
            }
        }

        /** The point on the node's rim on the way from {@code (x, y)} to its centre. */
        private Point2D towardsNode(double x, double y) {
            Point2D centre = layout.node;
            Point2D away = new Point2D(x, y).subtract(centre);
            double length = away.magnitude();
            return length == 0 ? centre : centre.add(away.multiply(NODE_RADIUS * unit / length));
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
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("∑", c.getX(), c.getY());
        }

        /** A term of the sum written at height {@code y} in the column of sums, with a line from it to the node. */
        private void termIntoNode(String text, double y) {
            g.setFill(palette.ink());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(text, layout.productsX, y);
            double textEnd = layout.productsX + textWidth(text, context.font()) + 0.3 * unit;
            g.setStroke(palette.mutedInk());
            g.setLineWidth(LINE);
            Point2D towards = towardsNode(textEnd, y);
            g.strokeLine(textEnd, y, towards.getX(), towards.getY());
        }

        /** An arrow from the node to the output cell being written, the step's result over it. */
        private void paintTargetArrow() {
            StackConvolution.Target target = scene.target();
            int item = itemOf(scene.output(), target.sheet());
            Sheet sheet = ((SheetStack.Shown) scene.output().items().get(item)).sheet();
            Point2D centre = SheetProjection.TILTED.point(sheet.rows(), target.column() + 0.5, target.row() + 0.5,
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
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("= " + NumberText.of(scene.result()), layout.node.getX() + NODE_RADIUS * unit + 0.3 * unit,
                    layout.node.getY() - 0.8 * unit);
        }

        private void paintPulledOut(StackConvolution.PulledOut pulled) {
            SheetProjection flat = SheetProjection.FLAT;
            double top = layout.panelTop + CAPTION_HEIGHT * unit;
            caption(pulled.input().caption(), layout.inputX, layout.panelTop + CAPTION_HEIGHT * unit / 2);
            double panelCell = layout.panelCell;
            SheetPainter.paint(g, pulled.input(), flat, layout.inputX, top, panelCell, context, inputHeat);
            StackConvolution.Facing facing = pulled.facing();
            if (facing != null) {
                Sheet kernel = facing.kernel();
                caption(kernel.caption(), layout.panelKernelX, layout.panelTop + CAPTION_HEIGHT * unit / 2);
                SheetPainter.paint(g, kernel, flat, layout.panelKernelX, top, panelCell, context, kernelHeat);
                g.setFill(palette.ink());
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(facing.text(), layout.panelSumX, top + flat.height(kernel.rows(), panelCell) / 2);
            }
        }

        private void caption(String text, double x, double y) {
            g.setFill(palette.ink());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(text, x, y);
        }

        private void sheetCaption(String text, double x, double y, TextAlignment alignment, boolean pulled) {
            g.save();
            if (pulled) {
                g.setFont(Font.font(context.font().getFamily(), FontWeight.BOLD, context.font().getSize()));
                g.setFill(palette.color(Role.HIGHLIGHT));
            } else {
                g.setFill(palette.mutedInk());
            }
            g.setTextAlign(alignment);
            g.fillText(text, x, y);
            g.restore();
        }
    }
}
