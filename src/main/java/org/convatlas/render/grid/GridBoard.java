package org.convatlas.render.grid;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.Captions;
import org.convatlas.render.chrome.FormulaStrip;

/**
 * Flat grids side by side, in rows, all with cells of one size so that their sizes compare at a glance (an upsampled
 * map twice as wide as its input is drawn twice as wide), each with its caption over it and its marked blocks
 * outlined, and a {@link FormulaStrip} under them. Grids whose cells are too small for numbers are drawn as their heat
 * maps. The pointer on a cell names it as {@code (channel, row, column)} of the grid's role.
 *
 * <p>Layout, in font sizes {@code u}: {@value #CAPTION} over each grid for its caption, {@value #GAP} between grids
 * and between rows, the strip's {@value #STRIP} at the bottom; cells at most {@value #LARGEST_CELL} wide. The rows
 * stand one under the other; or, when the board names a {@code split}, the rows before it may stand as a block beside
 * those from it on, {@value #BLOCK_GAP} apart (the input channels of a pixel shuffle beside the output they make),
 * whichever gives the larger cells. Each grid is centred in a slot as wide as its caption, on one line or, when
 * that gives larger cells, on two (a row whose caption wraps has a caption line {@link Captions#LINE} font sizes
 * higher), when its block has room for that (the blocks share the room the grids leave); each row is centred in its
 * block, the blocks side by side and centred, each centred vertically.
 *
 * @param rows  the grids, row by row
 * @param split the first row that may stand beside the ones before it; {@code rows.size()} for one block
 * @param strip the formula under the grids; null for none
 * @param roles the roles the legend lists
 */
public record GridBoard(List<List<BoardGrid>> rows, int split, FormulaStrip strip, Set<Role> roles) implements Figure {

    private static final double CAPTION = 1.6;
    private static final double GAP = 1.5;
    private static final double BLOCK_GAP = 3;
    private static final double STRIP = 2.6;
    private static final double LARGEST_CELL = 3.2;

    public GridBoard {
        rows = rows.stream().map(List::copyOf).toList();
        if (rows.isEmpty() || rows.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a board has at least one grid in every row");
        }
        if (split < 1 || split > rows.size()) {
            throw new IllegalArgumentException("a board splits after its first row at the earliest (got " + split
                    + " of " + rows.size() + " rows)");
        }
        roles = Set.copyOf(roles);
    }

    /** A board whose rows stand one under the other. */
    public GridBoard(List<List<BoardGrid>> rows, FormulaStrip strip, Set<Role> roles) {
        this(rows, rows.size(), strip, roles);
    }
    /** The strip in full; empty without one. */
    @Override
    public String stripText() {
        return strip == null ? "" : strip.text();
    }

    /** Every grid, row after row. */
    public List<BoardGrid> grids() {
        return rows.stream().flatMap(List::stream).toList();
    }

    @Override
    public Set<Role> roles() {
        return roles.stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        List<Placed> placed = layout(width, height, context);
        if (placed.isEmpty()) {
            return;
        }
        List<BoardGrid> grids = grids();
        g.save();
        for (int i = 0; i < grids.size(); i++) {
            drawGrid(g, grids.get(i), placed.get(i), context);
        }
        g.restore();
        if (strip != null) {
            double bottom = placed.stream().mapToDouble(p -> p.at().bottom()).max().orElse(0);
            strip.draw(g, width / 2, bottom + STRIP / 2 * context.unit(), width, context);
        }
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        List<Placed> placed = layout(width, height, context);
        List<BoardGrid> grids = grids();
        for (int i = 0; i < placed.size(); i++) {
            BoardGrid grid = grids.get(i);
            Optional<GridCell> cell = placed.get(i).at().cellAt(x, y);
            if (cell.isPresent()) {
                return Optional.of(new Hit(grid.role(), Coordinates.of(grid.channel(), cell.get().row(),
                        cell.get().column())));
            }
        }
        return Optional.empty();
    }

    /**
     * Where each grid is drawn, row after row, when the board is drawn into {@code [0, width] × [0, height]} with
     * {@code context}, so that a figure can draw over a grid; empty when nothing fits.
     */
    public List<GridGeometry> placements(double width, double height, DrawContext context) {
        return layout(width, height, context).stream().map(Placed::at).toList();
    }

    /** The side of the cells, which every grid shares. */
    @Override
    public double scale(double width, double height, DrawContext context) {
        return cell(layout(width, height, context));
    }

    /** The captions, then the strip. */
    @Override
    public List<Message> captions() {
        return grids().stream().map(BoardGrid::caption).toList();
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        List<Placed> placed = layout(width, height, context);
        List<BoardGrid> grids = grids();
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed at = placed.get(i);
            Message caption = grids.get(i).caption();
            boxes.add(at.narrowed() ? GridCaptions.box(at.at(), caption, at.captionWidth(), context)
                    : GridCaptions.wrappedBox(at.at(), caption, at.captionWidth(), context));
        }
        return boxes;
    }

    private static void drawGrid(GraphicsContext g, BoardGrid grid, Placed placed, DrawContext context) {
        GridGeometry at = placed.at();
        Palette palette = context.palette();
        boolean numbers = GridPainter.showsNumbers(at.rows(), at.columns(), at.cell(), context);
        if (grid.heat() == null) {
            GridPainter.paint(g, at, grid.looks(), grid.values(), numbers, context);
        } else {
            grid.heat().draw(g, at, grid.role(), grid.shown(), palette);
            GridPainter.outline(g, at, 0, 0, at.rows(), at.columns(), palette.gridLine(), 1);
            if (numbers) {
                GridPainter.numbers(g, at, grid.values(), context);
            }
        }
        double strong = Math.max(2, at.cell() * 0.09);
        double thin = Math.max(1, at.cell() * 0.04);
        for (BoardGrid.Mark mark : grid.marks()) {
            CellRange r = mark.cells();
            GridPainter.outline(g, at, r.top(), r.left(), r.rows(), r.columns(), palette.color(Role.HIGHLIGHT),
                    mark.strong() ? strong : thin);
        }
        if (placed.narrowed()) {
            GridCaptions.draw(g, at, grid.caption(), placed.captionWidth(), context);
        } else {
            GridCaptions.drawWrapped(g, at, grid.caption(), placed.captionWidth(), context);
        }
    }

    /** Where each grid goes, row after row: the rows in one block or in two side by side, whichever has larger cells. */
    private List<Placed> layout(double width, double height, DrawContext context) {
        List<Placed> column = layout(List.of(rows), width, height, context);
        if (split == rows.size()) {
            return column;
        }
        List<Placed> beside = layout(List.of(rows.subList(0, split), rows.subList(split, rows.size())), width,
                height, context);
        return cell(beside) > cell(column) ? beside : column;
    }

    private static double cell(List<Placed> placed) {
        return placed.isEmpty() ? 0 : placed.get(0).at().cell();
    }

    /**
     * Where each grid goes when {@code blocks} of rows stand side by side, with the one cell size that lets every
     * block's widest row fit the width and every block, with its captions, and the strip fit the height: the grids in
     * slots as wide as their captions on one line, or only as wide as their captions on two lines when that gives
     * larger cells; in slots only as wide as themselves, their captions narrowed, when the captions alone are wider
     * than the width even on two lines. Empty if nothing fits.
     */
    private List<Placed> layout(List<List<List<BoardGrid>>> blocks, double width, double height,
                                DrawContext context) {
        double u = context.unit();
        double room = height - (strip == null ? 0 : STRIP * u);
        double across = width - (blocks.size() - 1) * BLOCK_GAP * u;
        Slots slots = null;
        double best = 0;
        for (CaptionFit fit : List.of(CaptionFit.WHOLE, CaptionFit.WRAPPED)) {
            Slots candidate = new Slots(fit, context);
            double side = candidate.widths(blocks, 0) <= across ? candidate.largest(blocks, across, room) : 0;
            if (side > best) {
                slots = candidate;
                best = side;
            }
        }
        if (slots == null) {
            slots = new Slots(CaptionFit.NARROWED, context);
            best = slots.largest(blocks, across, room);
        }
        double side = best;
        if (!(side > 0)) {
            return List.of();
        }
        double tallest = 0;
        for (List<List<BoardGrid>> block : blocks) {
            tallest = Math.max(tallest, slots.height(block, side));
        }
        List<Placed> placed = new ArrayList<>();
        double left = (across - slots.widths(blocks, side)) / 2;
        for (List<List<BoardGrid>> block : blocks) {
            double column = slots.widest(block, side);
            double top = (room - tallest) / 2 + (tallest - slots.height(block, side)) / 2;
            for (List<BoardGrid> row : block) {
                top += slots.captionHeight(row, side);
                double x = left + (column - slots.row(row, side)) / 2;
                for (BoardGrid grid : row) {
                    double slot = slots.slot(grid, side);
                    CellRange cells = grid.cells();
                    boolean narrowed = slots.fit == CaptionFit.NARROWED;
                    placed.add(new Placed(new GridGeometry(x + (slot - cells.columns() * side) / 2, top, side,
                            cells.top(), cells.left(), cells.rows(), cells.columns()),
                            slot + (narrowed ? GAP * u : 0), narrowed));
                    x += slot + GAP * u;
                }
                top += cellsHigh(List.of(row)) * side + GAP * u;
            }
            left += column + BLOCK_GAP * u;
        }
        return placed;
    }

    /** How much room the grids' slots leave their captions. */
    private enum CaptionFit {
        /** A caption's width on one line. */
        WHOLE,
        /** A caption's width on two lines: a caption wider than its slot takes a second line. */
        WRAPPED,
        /** None: the captions are narrowed to their grids. */
        NARROWED
    }

    /**
     * The widths grids take in their rows at a cell size, their own or what their captions need when that is more
     * ({@link CaptionFit}), a row's grids {@link #GAP} apart; and the heights of the rows, each under its line of
     * captions, {@link #CAPTION} font sizes high and {@link Captions#LINE} more when one of them wraps.
     */
    private static final class Slots {

        private final CaptionFit fit;
        private final DrawContext context;
        private final Map<BoardGrid, Double> widths = new IdentityHashMap<>();
        private final Map<BoardGrid, Double> twoLineWidths = new IdentityHashMap<>();

        Slots(CaptionFit fit, DrawContext context) {
            this.fit = fit;
            this.context = context;
        }

        /** The width of the grid's caption on one line. */
        private double width(BoardGrid grid) {
            return widths.computeIfAbsent(grid, g -> GridCaptions.width(g.caption(), context));
        }

        /** The least width the grid's slot leaves its caption. */
        private double reserve(BoardGrid grid) {
            return switch (fit) {
                case WHOLE -> width(grid);
                case WRAPPED -> twoLineWidths.computeIfAbsent(grid,
                        g -> GridCaptions.twoLineWidth(g.caption(), context));
                case NARROWED -> 0;
            };
        }

        double slot(BoardGrid grid, double side) {
            return Math.max(grid.cells().columns() * side, reserve(grid));
        }

        double row(List<BoardGrid> row, double side) {
            return row.stream().mapToDouble(grid -> slot(grid, side)).sum() + (row.size() - 1) * GAP * context.unit();
        }

        /** The width of the block's widest row. */
        double widest(List<List<BoardGrid>> block, double side) {
            return block.stream().mapToDouble(row -> row(row, side)).max().orElse(0);
        }

        /** The widths of the blocks' widest rows, added up. */
        double widths(List<List<List<BoardGrid>>> blocks, double side) {
            return blocks.stream().mapToDouble(block -> widest(block, side)).sum();
        }

        /** The height of the row's line of captions: two lines when one of them is wider than its slot. */
        double captionHeight(List<BoardGrid> row, double side) {
            boolean wraps = fit == CaptionFit.WRAPPED && row.stream().anyMatch(grid -> width(grid) > slot(grid, side));
            return (CAPTION + (wraps ? Captions.LINE : 0)) * context.unit();
        }

        /** The height of the block: its rows' captions and tallest grids, and the gaps between the rows. */
        double height(List<List<BoardGrid>> block, double side) {
            return block.stream().mapToDouble(row -> captionHeight(row, side) + cellsHigh(List.of(row)) * side)
                    .sum() + (block.size() - 1) * GAP * context.unit();
        }

        /** The largest cell, up to {@link #LARGEST_CELL} font sizes, at which the blocks fit the room. */
        double largest(List<List<List<BoardGrid>>> blocks, double across, double room) {
            return Sizes.largest(c -> widths(blocks, c) <= across
                    && blocks.stream().allMatch(block -> height(block, c) <= room), LARGEST_CELL * context.unit());
        }
    }

    /** The cells of the block's rows' tallest grids, added up. */
    private static int cellsHigh(List<List<BoardGrid>> block) {
        return block.stream().mapToInt(row -> row.stream().mapToInt(grid -> grid.cells().rows()).max().orElse(0))
                .sum();
    }

    /** A grid where it is drawn, and the width its caption may take: wrapped to it, or narrowed to it. */
    private record Placed(GridGeometry at, double captionWidth, boolean narrowed) {
    }

    /** A board of one row of grids. */
    public static GridBoard ofRow(List<BoardGrid> grids, FormulaStrip strip, Set<Role> roles) {
        return new GridBoard(List.of(Objects.requireNonNull(grids, "grids")), strip, roles);
    }
}
