package org.convatlas.lesson.convmatrix;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.ConvMatrix;
import org.convatlas.compute.ConvMatrix.Entry;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.GridCaptions;
import org.convatlas.render.grid.GridCell;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.GridPainter;
import org.convatlas.render.grid.HeatMap;
import org.convatlas.render.grid.SlidingWindow.Plane;
import org.convatlas.render.grid.SlidingWindowFigure;
import org.convatlas.render.grid.SlidingWindowLayout;

/**
 * One frame of the matrix picture of a convolution ({@link MatrixPicture} holds what frames share), laid out by
 * {@link MatrixLayout}: {@code x}, {@code C}, {@code y} above, {@code y′}, {@code Cᵀ}, {@code x′} below. The maps are
 * tinted by their side (input-shaped blue, output-shaped green), the entries of the matrices in the kernel's orange
 * with their weights, plain zeros blank; a thin line through each map in row-major order, with the flat index in each
 * cell's corner when there is room, shows how it is flattened into a vector. One of three things is marked in
 * vermillion: a row of {@code C} with its window on {@code x} and its cell of {@code y}, with the strip
 * {@code y[0,1] = 1·2 + 2·0 + … = 7}; one entry with the tap it holds, {@code C[1,6] = w[1,2] = 6:  y[0,1] += 6·x[1,2]};
 * or a column of {@code Cᵀ} with its cell of {@code y′} and the cells of {@code x′} its stamp lands on,
 * {@code y′[0,1] = 7:  x′[0,1] += 1·7, …}. Pointing at a cell of {@code x} marks the column of {@code C} that
 * multiplies it, with the outputs it feeds, {@code x[1,2] = 2:  y[0,0] += 9·2, …}; at a cell of {@code x′} the row
 * of {@code Cᵀ} that makes it, {@code x′[1,2] = 9·51 + 8·56 + … = 900}. When the matrices are sparsity pictures, a
 * {@link MatrixExcerpt} magnifies the marked line and its neighbours with their weights and indices.
 *
 * <p>Pointing answers {@link Hit}s named by role and a first coordinate that tells the upper band (0) from the lower
 * (1): {@code (INPUT, (0|1, iy, ix))} for {@code x} and {@code x′}, {@code (OUTPUT, (0|1, oy, ox))} for {@code y} and
 * {@code y′}, {@code (KERNEL, (0|1, row, column))} for a cell of {@code C} or {@code Cᵀ}.
 */
public final class MatrixFigure implements Figure {

    /**
     * What a frame marks: a row of {@code C} (a cell of {@code y}), one entry, a column of {@code Cᵀ} (a cell of
     * {@code y′}), a column of {@code C} (a cell of {@code x}, and the outputs it feeds) or a row of {@code Cᵀ} (a
     * cell of {@code x′}, and the cells of {@code y′} it gathers).
     */
    enum Mode {
        ROW, ENTRY, COLUMN, FEED, GATHER;

        /** Whether the marked line is a row of {@code C} (else a column of {@code C}). */
        boolean rowOfC() {
            return this == ROW || this == ENTRY || this == COLUMN;
        }

        /** Whether the mark is on the lower band, {@code y′}, {@code Cᵀ} and {@code x′}. */
        boolean lower() {
            return this == COLUMN || this == GATHER;
        }
    }

    /**
     * One of the four maps as the strips name it: its name, its side's role, its values, and whether it is
     * input-shaped (its cells are the columns of {@code C}) or output-shaped (the rows of {@code C}).
     */
    private record Side(String name, Role role, Plane plane, boolean inputShaped) {

        /** The flat index of the cell of this map an entry of {@code C} joins. */
        int cell(Entry e) {
            return inputShaped ? e.inputCell() : e.outputCell();
        }

        /** The coordinates {@code (0, r, c)} of flat cell {@code cell}. */
        Coordinates at(int cell) {
            return Coordinates.of(0, cell / plane.columns(), cell % plane.columns());
        }

        float value(int cell) {
            return plane.at(cell / plane.columns(), cell % plane.columns());
        }

        String name(int cell) {
            return SlidingWindowFigure.name(name, at(cell));
        }
    }

    /** The name of {@code x′} and {@code y′}'s mark. */
    private static final String PRIME = "\u2032";
    /** Flat indices are written in cells at least this large, in font sizes. */
    private static final double INDEX_MIN_CELL = 2.2;
    /** The opacity of the line of the flattening order, faint enough to read the numbers through. */
    private static final double FLATTENING_OPACITY = 0.35;
    /** A flat index's size, in cell sides. */
    private static final double INDEX_SIZE = 0.24;
    /** The lines an excerpt of a sparsity picture shows on either side of the marked one. */
    static final int EXCERPT_NEIGHBOURS = 1;

    private final MatrixPicture scene;
    private final Mode mode;
    /** The row of {@code C} (ROW, ENTRY, COLUMN) or the column of {@code C} (FEED, GATHER) marked. */
    private final int line;
    private final Entry entry;

    MatrixFigure(MatrixPicture scene, Mode mode, int line, Entry entry) {
        this.scene = scene;
        this.mode = mode;
        this.line = line;
        this.entry = entry;
    }

    /** The strip under the grids, in full. */
    @Override
    public String stripText() {
        return strip().text();
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT);
    }

    @Override
    public List<Message> captions() {
        MatrixPicture.Captions c = scene.captions();
        return List.of(c.input(), c.matrix(), c.output(), c.back(), c.transposed(), c.result());
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Optional<MatrixLayout> found = layout(width, height, context);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MatrixLayout l = found.get();
        Optional<GridCell> magnified = excerpt(l, width, context).flatMap(e -> e.grid().cellAt(x, y));
        if (magnified.isPresent()) {
            return Optional.of(new Hit(Role.KERNEL, Coordinates.of(mode.lower() ? 1 : 0, magnified.get().row(),
                    magnified.get().column())));
        }
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
        paintMap(g, l.input(), scene.input(), Role.INPUT, (r, c) -> marked != null
                && marked.inputCell() == r * inputColumns + c || marks(r * inputColumns + c, Mode.FEED), context);
        paintMap(g, l.output(), scene.output(), Role.OUTPUT,
                (r, c) -> marks(r * outputColumns + c, Mode.ROW, Mode.ENTRY), context);
        paintMap(g, l.back(), scene.back(), Role.OUTPUT, (r, c) -> marks(r * outputColumns + c, Mode.COLUMN),
                context);
        paintMap(g, l.result(), scene.result(), Role.INPUT, (r, c) -> marks(r * inputColumns + c, Mode.GATHER),
                context);
        paintMatrix(g, l.matrix(), false, context);
        paintMatrix(g, l.transposed(), true, context);
        drawMarks(g, l, context);
        GridCaptions.draw(g, captionsOver(l), context);
        excerpt(l, width, context).ifPresent(e -> e.draw(g, (row, column) -> roleAt(row, column, mode.lower()),
                (row, column) -> valueAt(row, column, mode.lower()), context));
        strip().draw(g, width / 2, l.stripY(), width, context);
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        return layout(width, height, context).map(l -> GridCaptions.boxes(captionsOver(l), context))
                .orElse(List.of());
    }

    /** Each grid's caption, the upper band's first. */
    private Map<GridGeometry, Message> captionsOver(MatrixLayout l) {
        MatrixPicture.Captions c = scene.captions();
        Map<GridGeometry, Message> texts = new LinkedHashMap<>();
        texts.put(l.input(), c.input());
        texts.put(l.matrix(), c.matrix());
        texts.put(l.output(), c.output());
        texts.put(l.back(), c.back());
        texts.put(l.transposed(), c.transposed());
        texts.put(l.result(), c.result());
        return texts;
    }

    /** Whether the mark is of one of {@code modes} and on the map cell or matrix line {@code cell}. */
    private boolean marks(int cell, Mode... modes) {
        return line == cell && List.of(modes).contains(mode);
    }

    /**
     * The magnified block around the marked line when the matrices are sparsity pictures: the line and
     * {@link #EXCERPT_NEIGHBOURS} lines on either side, across the span of the columns of {@code C} (or rows, for a
     * column) where they hold entries, in the band of the mark, above the strip; empty when the matrices show their
     * cells or the lines hold no entries.
     */
    Optional<MatrixExcerpt> excerpt(MatrixLayout l, double width, DrawContext context) {
        if (scene.cellsShown()) {
            return Optional.empty();
        }
        ConvMatrix m = scene.matrix();
        boolean byRow = mode.rowOfC();
        int lines = byRow ? m.rows() : m.columns();
        int first = Math.max(0, line - EXCERPT_NEIGHBOURS);
        int last = Math.min(lines - 1, line + EXCERPT_NEIGHBOURS);
        int low = Integer.MAX_VALUE;
        int high = -1;
        for (int i = first; i <= last; i++) {
            for (Entry e : byRow ? scene.entriesOfRow(i) : scene.entriesOfColumn(i)) {
                int across = byRow ? e.inputCell() : e.outputCell();
                low = Math.min(low, across);
                high = Math.max(high, across);
            }
        }
        if (high < 0) {
            return Optional.empty();
        }
        // a row of C is a row of the upper matrix and a column of the lower one
        boolean rowMarked = byRow != mode.lower();
        GridGeometry matrix = mode.lower() ? l.transposed() : l.matrix();
        double above = l.stripY() - SlidingWindowLayout.STRIP * context.unit() / 2; // the strip stays in view
        return rowMarked
                ? MatrixExcerpt.place(matrix, first, last - first + 1, low, high - low + 1, line, true, width, above,
                        context.unit())
                : MatrixExcerpt.place(matrix, low, high - low + 1, first, last - first + 1, line, false, width,
                        above, context.unit());
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
        GridPainter.paint(g, grid, (r, c) -> roleAt(r, c, transposed), (r, c) -> valueAt(r, c, transposed),
                GridPainter.showsNumbers(1, 1, grid.cell(), context), context); // up to 64 columns: by cell size alone
    }

    /** The entry of {@code C} at {@code (row, column)} of {@code C}, or of {@code Cᵀ} when {@code transposed}. */
    private Entry entryAt(int row, int column, boolean transposed) {
        return transposed ? scene.entryAt(column, row) : scene.entryAt(row, column);
    }

    /** The look of a cell of a matrix: blank for a plain zero, vermillion for the marked entries, else orange. */
    private Role roleAt(int row, int column, boolean transposed) {
        Entry e = entryAt(row, column, transposed);
        boolean marked = e == entry || !mode.rowOfC() && e != null && e.inputCell() == line;
        return e == null ? null : marked ? Role.HIGHLIGHT : Role.KERNEL;
    }

    /** The weight in a cell of a matrix, {@code NaN} for a plain zero. */
    private double valueAt(int row, int column, boolean transposed) {
        Entry e = entryAt(row, column, transposed);
        return e == null ? Double.NaN : e.weight();
    }

    /**
     * The marked line outlined on its matrix, and the cells of the map its entries join: the window on {@code x} of a
     * row of {@code C}, the stamp on {@code x′} of a column of {@code Cᵀ}, the outputs on {@code y} a column of
     * {@code C} feeds, the cells of {@code y′} a row of {@code Cᵀ} gathers.
     */
    private void drawMarks(GraphicsContext g, MatrixLayout l, DrawContext context) {
        Color highlight = context.palette().color(Role.HIGHLIGHT);
        boolean byRow = mode.rowOfC();
        boolean lower = mode.lower();
        GridGeometry matrix = lower ? l.transposed() : l.matrix();
        double width = SlidingWindowFigure.highlightWidth(matrix);
        if (byRow != lower) {
            GridPainter.outline(g, matrix, line, 0, 1, matrix.columns(), highlight, width);
        } else {
            GridPainter.outline(g, matrix, 0, line, matrix.rows(), 1, highlight, width);
        }
        GridGeometry map = byRow ? (lower ? l.result() : l.input()) : (lower ? l.back() : l.output());
        Side side = byRow ? (lower ? result() : input()) : (lower ? back() : output());
        for (Entry e : byRow ? scene.entriesOfRow(line) : scene.entriesOfColumn(line)) {
            Coordinates at = side.at(side.cell(e));
            GridPainter.outline(g, map, at.get(1), at.get(2), 1, 1, highlight, SlidingWindowFigure.highlightWidth(map));
        }
    }

    // ---- the strip

    private FormulaStrip strip() {
        return switch (mode) {
            case ROW -> gatherStrip(output(), input(), scene.entriesOfRow(line));
            case ENTRY -> entryStrip();
            case COLUMN -> scatterStrip(back(), result(), scene.entriesOfRow(line));
            case FEED -> scatterStrip(input(), output(), scene.entriesOfColumn(line));
            case GATHER -> gatherStrip(result(), back(), scene.entriesOfColumn(line));
        };
    }

    private Side input() {
        return new Side(SlidingWindowFigure.INPUT_NAME, Role.INPUT, scene.input(), true);
    }

    private Side output() {
        return new Side(SlidingWindowFigure.OUTPUT_NAME, Role.OUTPUT, scene.output(), false);
    }

    private Side back() {
        return new Side(SlidingWindowFigure.OUTPUT_NAME + PRIME, Role.OUTPUT, scene.back(), false);
    }

    private Side result() {
        return new Side(SlidingWindowFigure.INPUT_NAME + PRIME, Role.INPUT, scene.result(), true);
    }

    /**
     * {@code y[0,1] = 1·2 + 2·0 + … = 7}: the marked line's weights times the cells of {@code source} they meet,
     * summed into the cell of {@code target} (a row of {@code C}, or a row of {@code Cᵀ}).
     */
    private FormulaStrip gatherStrip(Side target, Side source, List<Entry> entries) {
        List<List<Piece>> terms = new ArrayList<>();
        for (Entry e : entries) {
            terms.add(List.of(new Piece(NumberText.factor(e.weight()), Role.KERNEL), Piece.plain("\u00B7"),
                    new Piece(NumberText.factor(source.value(source.cell(e))), source.role())));
        }
        List<Piece> head = List.of(new Piece(target.name(line), target.role()), Piece.plain(" = "));
        List<Piece> tail = List.of(Piece.plain(terms.isEmpty() ? "" : " = "),
                new Piece(NumberText.of(target.value(line)), target.role()));
        return new FormulaStrip(head, terms, Piece.plain(" + "), tail);
    }

    /** {@code C[1,6] = w[1,2] = 6:  y[0,1] += 6·x[1,2]}. */
    private FormulaStrip entryStrip() {
        String weight = "w[" + entry.tapRow() + "," + entry.tapColumn() + "]";
        List<Piece> head = List.of(Piece.plain("C[" + entry.outputCell() + "," + entry.inputCell() + "] = "),
                new Piece(weight, Role.KERNEL), Piece.plain(" = "),
                new Piece(NumberText.of(entry.weight()), Role.KERNEL), Piece.plain(":  "),
                new Piece(output().name(entry.outputCell()), Role.OUTPUT),
                Piece.plain(" += "), new Piece(weight, Role.KERNEL), Piece.plain("\u00B7"),
                new Piece(input().name(entry.inputCell()), Role.INPUT));
        return new FormulaStrip(head, List.of(), Piece.plain(""), List.of());
    }

    /**
     * {@code y′[0,1] = 7:  x′[0,1] += 1·7, x′[0,2] += 2·7, …}: where the cell of {@code source} the marked line
     * takes lands on {@code target}, through the line's weights (a column of {@code Cᵀ}, or a column of {@code C}).
     */
    private FormulaStrip scatterStrip(Side source, Side target, List<Entry> entries) {
        float value = source.value(line);
        List<Piece> head = List.of(new Piece(source.name(line), source.role()), Piece.plain(" = "),
                new Piece(NumberText.of(value), source.role()), Piece.plain(":  "));
        List<List<Piece>> terms = new ArrayList<>();
        for (Entry e : entries) {
            terms.add(List.of(new Piece(target.name(target.cell(e)), target.role()), Piece.plain(" += "),
                    new Piece(NumberText.factor(e.weight()), Role.KERNEL), Piece.plain("\u00B7"),
                    new Piece(NumberText.factor(value), source.role())));
        }
        return new FormulaStrip(head, terms, Piece.plain(", "), terms.isEmpty() ? List.of(Piece.plain("\u2014"))
                : List.of());
    }
}
