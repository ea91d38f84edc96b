package org.convatlas.lesson.imagefilter;

import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.CellPainter;

/**
 * One step of a 2-D convolution over one channel, magnified: the {@code rows × columns} input values under the
 * kernel (each cell shaded with its own grey level, padding hatched), times the kernel, equals the products, whose
 * sum is the output value. Every number is the step's own; the window is outlined in the highlight colour, like the
 * mark on the picture.
 *
 * <p>The cells are sized by their numbers: {@link #CELL_PER_FONT} number sizes wide, so that {@code −0.111} fits,
 * and {@link #CELL_HIGH} high, the numbers as large as the box lets them be up to the label size.
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
    private static final double OPERATOR = 2;
    /** Height of the title and of the headings, in font sizes. */
    private static final double LINE = 1.4;
    /** The output cell's width, in cells: wide enough for {@code −0.00784} in its larger type. */
    private static final double RESULT_WIDTH = 1.8;
    /** How much larger two rows must make the cells for the magnifier to take two rows. */
    private static final double WRAP_GAIN = 1.25;
    /** A cell is this many times as wide as the font of its number, so that {@code −0.111} fits with a margin. */
    private static final double CELL_PER_FONT = 4.6;
    /** A cell is this many times as high as the font of its number. */
    private static final double CELL_HIGH = 1.7;
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
     * Draws the magnifier at the top of the box with top-left corner {@code (x, y)} and size {@code w × h}, in
     * pixels, centred across it: on one row, or, when that leaves the cells much smaller than the box allows, on two (input × kernel =, then
     * products ∑ output).
     */
    public void draw(GraphicsContext g, double x, double y, double w, double h, DrawContext context) {
        double unit = context.unit();
        double operator = OPERATOR * unit;
        double line = LINE * unit;
        Fit fit = fit(w, h, context);
        boolean wrap = fit.wrap();
        double numberSize = fit.numberSize();
        if (!(numberSize > 0)) {
            return;
        }
        double cell = CELL_PER_FONT * numberSize;
        double cellH = CELL_HIGH * numberSize;
        double gridH = rows * cellH;
        double[] widths = {columns * cell, columns * cell, columns * cell, RESULT_WIDTH * cell};
        double rowH = line + gridH;

        // Blocks 0..3 (input, kernel, products, output) left to right; operator i follows block i.
        double[] blockX = new double[4];
        double[] gridsTop = new double[4];
        double[] operatorX = new double[3];
        int block = 0;
        for (int row = 0; row < (wrap ? 2 : 1); row++) {
            int last = wrap && row == 0 ? 1 : 3;
            double rowWidth = 0;
            for (int b = block; b <= last; b++) {
                rowWidth += widths[b] + (b < 3 ? operator : 0);
            }
            double left = x + (w - rowWidth) / 2;
            double rowGridsTop = y + line + row * (rowH + unit) + line;
            for (; block <= last; block++) {
                blockX[block] = left;
                gridsTop[block] = rowGridsTop;
                left += widths[block];
                if (block < 3) {
                    operatorX[block] = left + operator / 2;
                    left += operator;
                }
            }
        }

        g.save();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(context.font());
        g.setFill(context.palette().mutedInk());
        g.fillText(context.text(title), x + w / 2, y + line / 2, w);
        String[] headings = {context.roleLabel().apply(Role.INPUT), context.roleLabel().apply(Role.KERNEL),
                context.text(PRODUCTS), context.roleLabel().apply(Role.OUTPUT)};
        String[] operators = {"\u00d7", "=", "\u2211"};
        g.setFill(context.palette().ink());
        for (int b = 0; b < 4; b++) {
            g.setFont(context.font());
            g.fillText(headings[b], blockX[b] + widths[b] / 2, gridsTop[b] - line / 2, widths[b] + operator);
            if (b < 3) {
                g.setFont(context.mathFont(1.4));
                g.fillText(operators[b], operatorX[b], gridsTop[b] + gridH / 2);
            }
        }

        boolean writeNumbers = numberSize >= SMALLEST_NUMBER;
        g.setFont(context.mathFont(numberSize / unit));
        List<Tap> taps = step.taps();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Tap tap = taps.get(r * columns + c);
                drawInputCell(g, tap, blockX[0] + c * cell, gridsTop[0] + r * cellH, cell, cellH, writeNumbers,
                        context);
                double kernelX = blockX[1] + c * cell;
                double kernelY = gridsTop[1] + r * cellH;
                double productX = blockX[2] + c * cell;
                double productY = gridsTop[2] + r * cellH;
                CellPainter.paint(g, Role.KERNEL, kernelX, kernelY, cell, cellH, context.palette());
                drawPlainCell(g, productX, productY, cell, cellH, context);
                g.setFill(context.palette().ink());
                if (writeNumbers) {
                    g.fillText(NumberText.of(tap.weight()), kernelX + cell / 2, kernelY + cellH / 2,
                            NUMBER_WIDTH * cell);
                    g.fillText(NumberText.of(tap.product()), productX + cell / 2, productY + cellH / 2,
                            NUMBER_WIDTH * cell);
                }
            }
        }
        outline(g, context.palette().color(Role.HIGHLIGHT), blockX[0], gridsTop[0], widths[0], gridH, context);

        double resultTop = gridsTop[3] + gridH / 2 - cellH / 2;
        CellPainter.paint(g, Role.OUTPUT, blockX[3], resultTop, widths[3], cellH, context.palette());
        outline(g, context.palette().color(Role.HIGHLIGHT), blockX[3], resultTop, widths[3], cellH, context);
        g.setFill(context.palette().ink());
        g.setFont(context.mathFont(1.2 * numberSize / unit));
        g.fillText(NumberText.of(step.result()), blockX[3] + widths[3] / 2, resultTop + cellH / 2, widths[3]);
        g.restore();
    }

    /**
     * How the magnifier fits a box {@code w × h}: on two rows or one, and the size of its numbers, in pixels.
     *
     * @param wrap       whether it takes two rows
     * @param numberSize the numbers' size; at most the label size
     */
    record Fit(boolean wrap, double numberSize) {
    }

    /** The fit with the larger numbers, one row unless two make them {@link #WRAP_GAIN} times as large. */
    Fit fit(double w, double h, DrawContext context) {
        double unit = context.unit();
        double operator = OPERATOR * unit;
        double line = LINE * unit;
        double oneRow = Math.min((h - 2 * line) / (rows * CELL_HIGH),
                (w - 3 * operator) / ((3 * columns + RESULT_WIDTH) * CELL_PER_FONT));
        double twoRows = Math.min((h - 3 * line - unit) / (2 * rows * CELL_HIGH),
                Math.min((w - 2 * operator) / (2 * columns), (w - operator) / (columns + RESULT_WIDTH))
                        / CELL_PER_FONT);
        boolean wrap = twoRows > WRAP_GAIN * oneRow;
        return new Fit(wrap, Math.min(unit, wrap ? twoRows : oneRow));
    }

    /** An input cell: shaded with its own value as a grey level and written in the ink that reads on it. */
    private static void drawInputCell(GraphicsContext g, Tap tap, double x, double y, double cell, double cellH,
                                      boolean number, DrawContext context) {
        if (tap.source().kind() == TapSource.Kind.PADDING) {
            CellPainter.paint(g, Role.PADDING, x, y, cell, cellH, context.palette());
            g.setFill(context.palette().ink());
        } else {
            double level = Math.max(0, Math.min(1, tap.input()));
            g.setFill(Color.gray(level));
            g.fillRect(x, y, cell, cellH);
            g.setStroke(context.palette().color(Role.INPUT));
            g.setLineWidth(1);
            g.strokeRect(x + 0.5, y + 0.5, cell - 1, cellH - 1);
            g.setFill(level < 0.5 ? Color.WHITE : Color.BLACK);
        }
        if (number) {
            g.fillText(NumberText.of(tap.input()), x + cell / 2, y + cellH / 2, NUMBER_WIDTH * cell);
        }
    }

    private static void drawPlainCell(GraphicsContext g, double x, double y, double cell, double cellH,
                                      DrawContext context) {
        g.setFill(context.palette().background());
        g.fillRect(x, y, cell, cellH);
        g.setStroke(context.palette().gridLine());
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, cell - 1, cellH - 1);
    }

    private static void outline(GraphicsContext g, Color color, double x, double y, double w, double h,
                                DrawContext context) {
        double line = Math.max(2, context.unit() / 8);
        g.setStroke(color);
        g.setLineWidth(line);
        g.strokeRect(x - line / 2, y - line / 2, w + line, h + line);
    }
}
