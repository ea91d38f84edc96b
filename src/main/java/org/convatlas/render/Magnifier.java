package org.convatlas.render;

import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;

/**
 * One step of a 2-D convolution over one channel, magnified: the {@code rows × columns} input values under the
 * kernel (each cell shaded with its own grey level, padding hatched), times the kernel, equals the products, whose
 * sum is the output value. Every number is the step's own; the window is outlined in the highlight colour, like the
 * mark on the picture.
 *
 * @param step    the step; its taps are the window's cells, row by row
 * @param rows    the kernel's rows
 * @param columns the kernel's columns
 * @param title   the line above, saying where the window is
 */
public record Magnifier(WeightedSumStep step, int rows, int columns, Message title) {

    /** The products column's heading. */
    public static final Message PRODUCTS = Message.of("figure.magnifier.products");

    /** Width of the gap that holds an operator sign, in font sizes. */
    private static final double OPERATOR = 2.4;
    /** Height of the title and of the headings, in font sizes. */
    private static final double LINE = 1.4;
    /** The output cell's width, in cells: wide enough for {@code −0.00784} in its larger type. */
    private static final double RESULT_WIDTH = 1.8;
    /** The largest cell, in font sizes. */
    private static final double MAX_CELL = 4;
    /** A cell is this many times as wide as the font of its number, so that {@code −0.111} fits with a margin. */
    private static final double CELL_PER_FONT = 4.6;
    /** The share of a cell's width its number may take; a longer number is squeezed to it. */
    private static final double NUMBER_WIDTH = 0.92;
    /** Smaller numbers than this, in pixels, are not written. */
    private static final double SMALLEST_NUMBER = 6;

    public Magnifier {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(title, "title");
        if (step.taps().size() != rows * columns) {
            throw new IllegalArgumentException("a magnifier shows one channel: " + rows + "x" + columns
                    + " taps (got " + step.taps().size() + ")");
        }
    }

    /** Whether some cell of the window lies in the padding. */
    public boolean reachesPadding() {
        return step.taps().stream().anyMatch(t -> t.source().kind() == TapSource.Kind.PADDING);
    }

    /**
     * Draws the magnifier into the box with top-left corner {@code (x, top)} and size {@code w × h}, in pixels, centred
     * in it.
     */
    public void draw(GraphicsContext g, double x, double top, double w, double h, DrawContext context) {
        double unit = context.unit();
        double operator = OPERATOR * unit;
        double cell = Math.min(MAX_CELL * unit, Math.min((h - 2 * LINE * unit) / rows,
                (w - 3 * operator) / (3 * columns + RESULT_WIDTH)));
        if (!(cell > 0)) {
            return;
        }
        double y = top + (h - 2 * LINE * unit - rows * cell) / 2;
        double gridsTop = y + 2 * LINE * unit;
        double gridW = columns * cell;
        double resultW = RESULT_WIDTH * cell;
        double total = 3 * gridW + resultW + 3 * operator;
        double left = x + (w - total) / 2;
        double numberSize = Math.min(unit, cell / CELL_PER_FONT);
        Font numbers = context.mathFont(numberSize / unit);

        g.save();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(context.font());
        g.setFill(context.palette().mutedInk());
        g.fillText(context.text(title), x + w / 2, y + LINE * unit / 2, w);

        double headingY = y + 1.5 * LINE * unit;
        double gridMiddle = gridsTop + rows * cell / 2;
        double[] gridLeft = {left, left + gridW + operator, left + 2 * (gridW + operator)};
        double resultLeft = gridLeft[2] + gridW + operator;
        String[] headings = {context.roleLabel().apply(Role.INPUT), context.roleLabel().apply(Role.KERNEL),
                context.text(PRODUCTS)};
        String[] operators = {"\u00d7", "=", "\u2211"};
        g.setFill(context.palette().ink());
        for (int i = 0; i < 3; i++) {
            g.setFont(context.font());
            g.fillText(headings[i], gridLeft[i] + gridW / 2, headingY, gridW + operator);
            g.setFont(context.mathFont(1.4));
            g.fillText(operators[i], gridLeft[i] + gridW + operator / 2, gridMiddle);
        }
        g.setFont(context.font());
        g.fillText(context.roleLabel().apply(Role.OUTPUT), resultLeft + resultW / 2, headingY, operator + resultW);

        List<Tap> taps = step.taps();
        boolean writeNumbers = numberSize >= SMALLEST_NUMBER;
        g.setFont(numbers);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Tap tap = taps.get(r * columns + c);
                double cellTop = gridsTop + r * cell;
                drawInputCell(g, tap, gridLeft[0] + c * cell, cellTop, cell, writeNumbers, context);
                CellPainter.paint(g, Role.KERNEL, gridLeft[1] + c * cell, cellTop, cell, cell, context.palette());
                drawPlainCell(g, gridLeft[2] + c * cell, cellTop, cell, context);
                g.setFill(context.palette().ink());
                if (writeNumbers) {
                    g.fillText(NumberText.of(tap.weight()), gridLeft[1] + (c + 0.5) * cell, cellTop + cell / 2,
                            NUMBER_WIDTH * cell);
                    g.fillText(NumberText.of(tap.product()), gridLeft[2] + (c + 0.5) * cell, cellTop + cell / 2,
                            NUMBER_WIDTH * cell);
                }
            }
        }
        outline(g, context.palette().color(Role.HIGHLIGHT), gridLeft[0], gridsTop, gridW, rows * cell, context);

        double resultTop = gridMiddle - cell / 2;
        CellPainter.paint(g, Role.OUTPUT, resultLeft, resultTop, resultW, cell, context.palette());
        outline(g, context.palette().color(Role.HIGHLIGHT), resultLeft, resultTop, resultW, cell, context);
        g.setFill(context.palette().ink());
        g.setFont(context.mathFont(1.2 * numberSize / unit));
        g.fillText(NumberText.of(step.result()), resultLeft + resultW / 2, resultTop + cell / 2, resultW);
        g.restore();
    }

    /** An input cell: shaded with its own value as a grey level and written in the ink that reads on it. */
    private static void drawInputCell(GraphicsContext g, Tap tap, double x, double y, double cell, boolean number,
                                      DrawContext context) {
        if (tap.source().kind() == TapSource.Kind.PADDING) {
            CellPainter.paint(g, Role.PADDING, x, y, cell, cell, context.palette());
            g.setFill(context.palette().ink());
        } else {
            double level = Math.max(0, Math.min(1, tap.input()));
            g.setFill(Color.gray(level));
            g.fillRect(x, y, cell, cell);
            g.setStroke(context.palette().color(Role.INPUT));
            g.setLineWidth(1);
            g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
            g.setFill(level < 0.5 ? Color.WHITE : Color.BLACK);
        }
        if (number) {
            g.fillText(NumberText.of(tap.input()), x + cell / 2, y + cell / 2, NUMBER_WIDTH * cell);
        }
    }

    private static void drawPlainCell(GraphicsContext g, double x, double y, double cell, DrawContext context) {
        g.setFill(context.palette().background());
        g.fillRect(x, y, cell, cell);
        g.setStroke(context.palette().gridLine());
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
    }

    private static void outline(GraphicsContext g, Color color, double x, double y, double w, double h,
                                DrawContext context) {
        double line = Math.max(2, context.unit() / 8);
        g.setStroke(color);
        g.setLineWidth(line);
        g.strokeRect(x - line / 2, y - line / 2, w + line, h + line);
    }
}
