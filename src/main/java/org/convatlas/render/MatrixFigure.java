package org.convatlas.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.ConvMatrix;
import org.convatlas.compute.ConvMatrix.Entry;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.FormulaStrip.Piece;
import org.convatlas.render.SlidingWindow.Plane;

/**
 * One frame of the matrix picture of a convolution ({@link MatrixPicture} holds what frames share), laid out by
 * {@link MatrixLayout}: {@code x}, {@code C}, {@code y} above, {@code y′}, {@code Cᵀ}, {@code x′} below. The maps are
 * tinted by their side (input-shaped blue, output-shaped green), the entries of the matrices in the kernel's orange
 * with their weights, plain zeros blank; a thin line through each map in row-major order, with the flat index in each
 * cell's corner when there is room, shows how it is flattened into a vector. One of three things is marked in
 * vermillion: a row of {@code C} with its window on {@code x} and its cell of {@code y}, with the strip
 * {@code y[0,1] = 1·2 + 2·0 + … = 7}; one entry with the tap it holds, {@code C[1,6] = w[1,2] = 6:  y[0,1] += 6·x[1,2]};
 * or a column of {@code Cᵀ} with its cell of {@code y′} and the cells of {@code x′} its stamp lands on,
 * {@code y′[0,1] = 7:  x′[0,1] += 1·7, …}.
 *
 * <p>Pointing answers {@link Hit}s named by role and a first coordinate that tells the upper band (0) from the lower
 * (1): {@code (INPUT, (0|1, iy, ix))} for {@code x} and {@code x′}, {@code (OUTPUT, (0|1, oy, ox))} for {@code y} and
 * {@code y′}, {@code (KERNEL, (0|1, row, column))} for a cell of {@code C} or {@code Cᵀ}.
 */
public final class MatrixFigure implements Figure {

    /** What a frame marks. */
    enum Mode { ROW, ENTRY, COLUMN }

    /** The name of {@code x′} and {@code y′}'s mark. */
    private static final String PRIME = "\u2032";
    /** Flat indices are written in cells at least this large, in font sizes. */
    private static final double INDEX_MIN_CELL = 2.2;
    /** The opacity of the line of the flattening order, faint enough to read the numbers through. */
    private static final double FLATTENING_OPACITY = 0.35;
    /** A flat index's size, in cell sides. */
    private static final double INDEX_SIZE = 0.24;

    private final MatrixPicture scene;
    private final Mode mode;
    /** The row of {@code C} (ROW, ENTRY) or the column of {@code Cᵀ} (COLUMN) marked. */
    private final int line;
    private final Entry entry;

    MatrixFigure(MatrixPicture scene, Mode mode, int line, Entry entry) {
        this.scene = scene;
        this.mode = mode;
        this.line = line;
        this.entry = entry;
    }

    /** The strip under the grids, in full. */
    public String stripText() {
        return strip().text();
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT);
    }

    @Override
    public String describe(DrawContext context) {
        MatrixPicture.Captions c = scene.captions();
        return String.join(", ", context.text(c.input()), context.text(c.matrix()), context.text(c.output()),
                context.text(c.back()), context.text(c.transposed()), context.text(c.result())) + ". " + stripText();
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Optional<MatrixLayout> found = layout(width, height, context);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MatrixLayout l = found.get();
        Object[][] grids = {{l.input(), Role.INPUT, 0}, {l.matrix(), Role.KERNEL, 0}, {l.output(), Role.OUTPUT, 0},
            {l.back(), Role.OUTPUT, 1}, {l.transposed(), Role.KERNEL, 1}, {l.result(), Role.INPUT, 1}};
        for (Object[] grid : grids) {
            Optional<GridCell> cell = ((GridGeometry) grid[0]).cellAt(x, y);
            if (cell.isPresent()) {
                return Optional.of(new Hit((Role) grid[1], Coordinates.of((Integer) grid[2], cell.get().row(),
                        cell.get().column())));
            }
        }
        return Optional.empty();
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Optional<MatrixLayout> found = layout(width, height, context);
        if (found.isEmpty()) {
            return;
        }
        MatrixLayout l = found.get();
        ConvMatrix m = scene.matrix();
        int outputColumns = m.outputWidth();
        int inputColumns = m.inputWidth();
        Entry marked = entry;
        paintMap(g, l.input(), scene.input(), Role.INPUT,
                (r, c) -> marked != null && marked.inputCell() == r * inputColumns + c, context);
        paintMap(g, l.output(), scene.output(), Role.OUTPUT,
                (r, c) -> mode != Mode.COLUMN && line == r * outputColumns + c, context);
        paintMap(g, l.back(), scene.back(), Role.OUTPUT,
                (r, c) -> mode == Mode.COLUMN && line == r * outputColumns + c, context);
        paintMap(g, l.result(), scene.result(), Role.INPUT, (r, c) -> false, context);
        paintMatrix(g, l.matrix(), false, context);
        paintMatrix(g, l.transposed(), true, context);
        drawMarks(g, l, context);
        Map<GridGeometry, Message> texts = new LinkedHashMap<>();
        MatrixPicture.Captions c = scene.captions();
        texts.put(l.input(), c.input());
        texts.put(l.matrix(), c.matrix());
        texts.put(l.output(), c.output());
        texts.put(l.back(), c.back());
        texts.put(l.transposed(), c.transposed());
        texts.put(l.result(), c.result());
        SlidingWindowFigure.captions(g, texts, context);
        strip().draw(g, width / 2, l.stripY(), width, context);
    }

    private Optional<MatrixLayout> layout(double width, double height, DrawContext context) {
        ConvMatrix m = scene.matrix();
        return MatrixLayout.of(m.inputHeight(), m.inputWidth(), m.outputHeight(), m.outputWidth(), width, height,
                context.unit());
    }

    /** Which cells of a map are marked. */
    private interface Marked {
        boolean at(int row, int column);
    }

    /** A map in its side's tint with its numbers, the marked cells in vermillion, and its flattening order. */
    private static void paintMap(GraphicsContext g, GridGeometry grid, Plane values, Role role, Marked marked,
                                 DrawContext context) {
        GridPainter.paint(g, grid, (r, c) -> marked.at(r, c) ? Role.HIGHLIGHT : role, values::at,
                GridPainter.showsNumbers(grid.rows(), grid.columns(), grid.cell(), context), context);
        drawFlattening(g, grid, context);
    }

    /**
     * The order a map is flattened in: a thin line through the cells' centres, row after row, from a dot on the
     * first cell; and each cell's flat index {@code r·W + c} in its top-left corner when the cells are large enough.
     */
    private static void drawFlattening(GraphicsContext g, GridGeometry grid, DrawContext context) {
        Palette palette = context.palette();
        g.save();
        g.setStroke(palette.mutedInk().deriveColor(0, 1, 1, FLATTENING_OPACITY));
        g.setLineWidth(Math.max(1, grid.cell() * 0.04));
        g.setLineDashes();
        g.beginPath();
        g.moveTo(grid.centreX(0), grid.centreY(0));
        for (int r = 0; r < grid.rows(); r++) {
            g.lineTo(grid.centreX(0), grid.centreY(r));
            g.lineTo(grid.centreX(grid.columns() - 1), grid.centreY(r));
        }
        g.stroke();
        double dot = Math.max(3, grid.cell() * 0.14);
        g.setFill(palette.mutedInk());
        g.fillOval(grid.centreX(0) - dot / 2, grid.centreY(0) - dot / 2, dot, dot);
        if (grid.cell() >= INDEX_MIN_CELL * context.unit()) {
            g.setFont(context.mathFont(INDEX_SIZE * grid.cell() / context.unit()));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            double inset = grid.cell() * 0.08;
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    g.fillText(Integer.toString(r * grid.columns() + c), grid.x(c) + inset, grid.y(r) + inset);
                }
            }
        }
        g.restore();
    }

    /**
     * {@code C}, or {@code Cᵀ} when {@code transposed}: its entries in the kernel's tint with their weights, plain
     * zeros blank; wider than {@link MatrixPicture#NUMBER_COLUMNS} columns, its sparsity picture.
     */
    private void paintMatrix(GraphicsContext g, GridGeometry grid, boolean transposed, DrawContext context) {
        if (!scene.cellsShown()) {
            HeatMap sparsity = transposed ? scene.transposedSparsity() : scene.sparsity();
            sparsity.draw(g, grid, Role.KERNEL, (long) grid.rows() * grid.columns(), context.palette());
            GridPainter.outline(g, grid, 0, 0, grid.rows(), grid.columns(), context.palette().gridLine(), 1);
            return;
        }
        GridPainter.paint(g, grid, (r, c) -> {
            Entry e = transposed ? scene.entryAt(c, r) : scene.entryAt(r, c);
            return e == null ? null : e == entry ? Role.HIGHLIGHT : Role.KERNEL;
        }, (r, c) -> {
            Entry e = transposed ? scene.entryAt(c, r) : scene.entryAt(r, c);
            return e == null ? Double.NaN : e.weight();
        }, GridPainter.showsNumbers(1, 1, grid.cell(), context), context); // up to 64 columns: by cell size alone
    }

    /** The marked row of {@code C} and its window on {@code x}, or the marked column of {@code Cᵀ} and its stamp. */
    private void drawMarks(GraphicsContext g, MatrixLayout l, DrawContext context) {
        Color highlight = context.palette().color(Role.HIGHLIGHT);
        ConvMatrix m = scene.matrix();
        int inputColumns = m.inputWidth();
        boolean column = mode == Mode.COLUMN;
        GridGeometry matrix = column ? l.transposed() : l.matrix();
        GridGeometry map = column ? l.result() : l.input();
        if (column) {
            GridPainter.outline(g, matrix, 0, line, matrix.rows(), 1, highlight, SlidingWindowFigure.highlightWidth(matrix));
        } else {
            GridPainter.outline(g, matrix, line, 0, 1, matrix.columns(), highlight, SlidingWindowFigure.highlightWidth(matrix));
        }
        for (Entry e : scene.entriesOfRow(line)) {
            GridPainter.outline(g, map, e.inputCell() / inputColumns, e.inputCell() % inputColumns, 1, 1, highlight,
                    SlidingWindowFigure.highlightWidth(map));
        }
    }

    // ---- the strip

    private FormulaStrip strip() {
        return switch (mode) {
            case ROW -> rowStrip();
            case ENTRY -> entryStrip();
            case COLUMN -> columnStrip();
        };
    }

    /** {@code y[0,1] = 1·2 + 2·0 + … = 7}: the row's weights times the input cells they meet. */
    private FormulaStrip rowStrip() {
        List<List<Piece>> terms = new ArrayList<>();
        Plane x = scene.input();
        int columns = x.columns();
        for (Entry e : scene.entriesOfRow(line)) {
            terms.add(List.of(new Piece(NumberText.factor(e.weight()), Role.KERNEL), Piece.plain("\u00B7"),
                    new Piece(NumberText.factor(x.at(e.inputCell() / columns, e.inputCell() % columns)), Role.INPUT)));
        }
        Coordinates at = outputCell(line);
        List<Piece> head = List.of(new Piece(name(SlidingWindowFigure.OUTPUT_NAME, at), Role.OUTPUT),
                Piece.plain(" = "));
        List<Piece> tail = List.of(Piece.plain(terms.isEmpty() ? "" : " = "),
                new Piece(NumberText.of(scene.output().at(at.get(1), at.get(2))), Role.OUTPUT));
        return new FormulaStrip(head, terms, Piece.plain(" + "), tail);
    }

    /** {@code C[1,6] = w[1,2] = 6:  y[0,1] += 6·x[1,2]}. */
    private FormulaStrip entryStrip() {
        String weight = "w[" + entry.tapRow() + "," + entry.tapColumn() + "]";
        List<Piece> head = List.of(Piece.plain("C[" + entry.outputCell() + "," + entry.inputCell() + "] = "),
                new Piece(weight, Role.KERNEL), Piece.plain(" = "),
                new Piece(NumberText.of(entry.weight()), Role.KERNEL), Piece.plain(":  "),
                new Piece(name(SlidingWindowFigure.OUTPUT_NAME, outputCell(entry.outputCell())), Role.OUTPUT),
                Piece.plain(" += "), new Piece(weight, Role.KERNEL), Piece.plain("\u00B7"),
                new Piece(name(SlidingWindowFigure.INPUT_NAME, inputCell(entry.inputCell())), Role.INPUT));
        return new FormulaStrip(head, List.of(), Piece.plain(""), List.of());
    }

    /** {@code y′[0,1] = 7:  x′[0,1] += 1·7, x′[0,2] += 2·7, …}: where column {@code line} of {@code Cᵀ} stamps. */
    private FormulaStrip columnStrip() {
        Coordinates at = outputCell(line);
        float value = scene.back().at(at.get(1), at.get(2));
        List<Piece> head = List.of(new Piece(name(SlidingWindowFigure.OUTPUT_NAME + PRIME, at), Role.OUTPUT),
                Piece.plain(" = "), new Piece(NumberText.of(value), Role.OUTPUT), Piece.plain(":  "));
        List<List<Piece>> terms = new ArrayList<>();
        for (Entry e : scene.entriesOfRow(line)) {
            terms.add(List.of(new Piece(name(SlidingWindowFigure.INPUT_NAME + PRIME, inputCell(e.inputCell())),
                    Role.INPUT), Piece.plain(" += "), new Piece(NumberText.factor(e.weight()), Role.KERNEL),
                    Piece.plain("\u00B7"), new Piece(NumberText.factor(value), Role.OUTPUT)));
        }
        return new FormulaStrip(head, terms, Piece.plain(", "), terms.isEmpty() ? List.of(Piece.plain("\u2014"))
                : List.of());
    }

    /** The output cell {@code (0, oy, ox)} of row {@code row} of {@code C}. */
    private Coordinates outputCell(int row) {
        int columns = scene.matrix().outputWidth();
        return Coordinates.of(0, row / columns, row % columns);
    }

    /** The input cell {@code (0, iy, ix)} of column {@code column} of {@code C}. */
    private Coordinates inputCell(int column) {
        int columns = scene.matrix().inputWidth();
        return Coordinates.of(0, column / columns, column % columns);
    }

    private static String name(String tensor, Coordinates at) {
        return SlidingWindowFigure.name(tensor, at);
    }
}
