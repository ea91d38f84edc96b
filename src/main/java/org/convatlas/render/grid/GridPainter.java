package org.convatlas.render.grid;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;

/**
 * Paints a grid of cells into its {@link GridGeometry}: each cell in the look of its role ({@link CellPainter}) with
 * its number written in it, the numbers of one grid all in one type size, the largest that lets the longest fit.
 * Grids of any tensor use it (inputs with their padding ring, kernels, outputs, channel sheets), so they all look
 * alike; grids too large for numbers are drawn as a {@link HeatMap} instead.
 */
public final class GridPainter {

    /** The most cells along either side of a grid that still shows its numbers. */
    public static final int NUMBER_LIMIT = 16;
    /** The smallest cell that shows a number, in font sizes. */
    public static final double NUMBER_MIN_CELL = 1.2;
    /** A number's height at most, in cell sides. */
    private static final double NUMBER_HEIGHT = 0.42;
    /** A number's width at most, in cell sides. */
    private static final double NUMBER_WIDTH = 0.84;
    /** A number's size at most, in font sizes: large cells do not get huge numbers. */
    private static final double NUMBER_MAX = 1.6;

    /** The look of each cell. */
    @FunctionalInterface
    public interface CellRole {
        /** The role of the cell at {@code (row, column)}, or null for a blank cell (background and grid line). */
        Role at(int row, int column);
    }

    /** The number of each cell. */
    @FunctionalInterface
    public interface CellValue {
        /** The number the cell at {@code (row, column)} shows, or {@code NaN} for none. */
        double at(int row, int column);
    }

    private GridPainter() {
    }

    /** Whether a grid of {@code rows × columns} cells of side {@code cell} pixels is small enough to show numbers. */
    public static boolean showsNumbers(int rows, int columns, double cell, DrawContext context) {
        return rows <= NUMBER_LIMIT && columns <= NUMBER_LIMIT && cell >= NUMBER_MIN_CELL * context.unit();
    }

    /**
     * Paints every cell of {@code grid} in the look {@code roles} gives it, with the number {@code values} gives it
     * when {@code numbers} is true. Numbers on padding are written in the muted ink.
     */
    public static void paint(GraphicsContext g, GridGeometry grid, CellRole roles, CellValue values, boolean numbers,
                             DrawContext context) {
        Palette palette = context.palette();
        for (int r = grid.firstRow(); r <= grid.lastRow(); r++) {
            for (int c = grid.firstColumn(); c <= grid.lastColumn(); c++) {
                Role role = roles.at(r, c);
                if (role == null) {
                    paintBlank(g, grid.x(c), grid.y(r), grid.cell(), palette);
                } else {
                    CellPainter.paint(g, role, grid.x(c), grid.y(r), grid.cell(), grid.cell(), palette);
                }
            }
        }
        if (numbers) {
            write(g, grid, roles, (r, c) -> roles.at(r, c) == null ? Double.NaN : values.at(r, c), context);
        }
    }

    /**
     * Writes the number {@code values} gives each cell of {@code grid} in the ink, over whatever is drawn there (a
     * heat map), all in the size that lets the longest fit; a cell whose value is {@code NaN} stays unwritten.
     */
    public static void numbers(GraphicsContext g, GridGeometry grid, CellValue values, DrawContext context) {
        write(g, grid, (r, c) -> Role.OUTPUT, values, context);
    }

    /** Writes each cell's number, in the muted ink on padding; none where the value is {@code NaN}. */
    private static void write(GraphicsContext g, GridGeometry grid, CellRole roles, CellValue values,
                              DrawContext context) {
        String[] texts = new String[grid.rows() * grid.columns()];
        String longest = "";
        for (int r = grid.firstRow(); r <= grid.lastRow(); r++) {
            for (int c = grid.firstColumn(); c <= grid.lastColumn(); c++) {
                double value = values.at(r, c);
                if (!Double.isNaN(value)) {
                    String text = NumberText.of(value);
                    texts[(r - grid.firstRow()) * grid.columns() + c - grid.firstColumn()] = text;
                    longest = text.length() > longest.length() ? text : longest;
                }
            }
        }
        if (!longest.isEmpty()) {
            writeNumbers(g, grid, roles, texts, numberFont(longest, grid.cell(), context), context.palette());
        }
    }

    /** A blank cell: the background inside a grid line. */
    public static void paintBlank(GraphicsContext g, double x, double y, double side, Palette palette) {
        g.setFill(palette.background());
        g.fillRect(x, y, side, side);
        g.setStroke(palette.gridLine());
        double line = Math.max(1, side * 0.03);
        g.setLineWidth(line);
        g.strokeRect(x + line / 2, y + line / 2, side - line, side - line);
    }

    /**
     * Outlines the block of {@code rows × columns} cells whose top-left cell is {@code (row, column)}, the line
     * {@code width} pixels wide and drawn inside the block.
     */
    public static void outline(GraphicsContext g, GridGeometry grid, int row, int column, int rows, int columns,
                               Color color, double width) {
        g.save();
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes();
        g.strokeRect(grid.x(column) + width / 2, grid.y(row) + width / 2, columns * grid.cell() - width,
                rows * grid.cell() - width);
        g.restore();
    }

    /** The font whose size lets {@code longest} fit a cell of side {@code cell}. */
    private static Font numberFont(String longest, double cell, DrawContext context) {
        double scale = Math.min(NUMBER_HEIGHT * cell / context.unit(), NUMBER_MAX);
        Text measure = new Text(longest);
        measure.setFont(context.mathFont(scale));
        double width = measure.getLayoutBounds().getWidth();
        if (width > NUMBER_WIDTH * cell) {
            scale *= NUMBER_WIDTH * cell / width;
        }
        return context.mathFont(scale);
    }

    private static void writeNumbers(GraphicsContext g, GridGeometry grid, CellRole roles, String[] texts, Font font,
                                     Palette palette) {
        g.save();
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = grid.firstRow(); r <= grid.lastRow(); r++) {
            for (int c = grid.firstColumn(); c <= grid.lastColumn(); c++) {
                String text = texts[(r - grid.firstRow()) * grid.columns() + c - grid.firstColumn()];
                if (text != null) {
                    g.setFill(roles.at(r, c) == Role.PADDING ? palette.mutedInk() : palette.ink());
                    g.fillText(text, grid.centreX(c), grid.centreY(r));
                }
            }
        }
        g.restore();
    }
}
