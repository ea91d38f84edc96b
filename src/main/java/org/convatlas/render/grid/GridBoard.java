package org.convatlas.render.grid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
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
 * whichever gives the larger cells. Each grid is centred in a slot as wide as its caption when its block has room for
 * that (the blocks share the room the grids leave); each row is centred in its block, the blocks side by side and
 * centred, each centred vertically.
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
            boxes.add(GridCaptions.box(placed.get(i).at(), grids.get(i).caption(), placed.get(i).captionWidth(),
                    context));
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
        GridCaptions.draw(g, at, grid.caption(), placed.captionWidth(), context);
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
     * block's widest row, its grids in slots as wide as their captions, fit the width, and every block, its captions
     * and the strip fit the height; the grids in slots only as wide as themselves, their captions narrowed, when the
     * captions alone are wider than the width. Empty if nothing fits.
     */
    private List<Placed> layout(List<List<List<BoardGrid>>> blocks, double width, double height,
                                DrawContext context) {
        double u = context.unit();
        double room = height - (strip == null ? 0 : STRIP * u);
        double across = width - (blocks.size() - 1) * BLOCK_GAP * u;
        double cell = LARGEST_CELL * u;
        for (List<List<BoardGrid>> block : blocks) {
            cell = Math.min(cell, (room - fixedHeight(block, u)) / cellsHigh(block));
        }
        Slots withCaptions = new Slots(true, context);
        Slots slots = withCaptions.widths(blocks, 0) <= across ? withCaptions : new Slots(false, context);
        // the blocks' widest rows grow with the cells
        double side = Sizes.largest(c -> slots.widths(blocks, c) <= across, cell);
        if (!(side > 0)) {
            return List.of();
        }
        double tallest = blocks.stream().mapToDouble(b -> fixedHeight(b, u) + cellsHigh(b) * side).max().orElse(0);
        List<Placed> placed = new ArrayList<>();
        double left = (across - slots.widths(blocks, side)) / 2;
        for (List<List<BoardGrid>> block : blocks) {
            double column = slots.widest(block, side);
            double top = (room - tallest) / 2 + (tallest - fixedHeight(block, u) - cellsHigh(block) * side) / 2;
            for (List<BoardGrid> row : block) {
                top += CAPTION * u;
                double x = left + (column - slots.row(row, side)) / 2;
                for (BoardGrid grid : row) {
                    double slot = slots.slot(grid, side);
                    CellRange cells = grid.cells();
                    placed.add(new Placed(new GridGeometry(x + (slot - cells.columns() * side) / 2, top, side,
                            cells.top(), cells.left(), cells.rows(), cells.columns()),
                            slot + (slots.captions() ? 0 : GAP * u)));
                    x += slot + GAP * u;
                }
                top += cellsHigh(List.of(row)) * side + GAP * u;
            }
            left += column + BLOCK_GAP * u;
        }
        return placed;
    }

    /**
     * The widths grids take in their rows at a cell size: their own, or their captions' when those are wider and
     * {@code captions}; a row's grids {@link #GAP} apart.
     */
    private static final class Slots {

        private final boolean captions;
        private final DrawContext context;
        private final Text measure = new Text();

        Slots(boolean captions, DrawContext context) {
            this.captions = captions;
            this.context = context;
            measure.setFont(context.font());
        }

        boolean captions() {
            return captions;
        }

        double slot(BoardGrid grid, double side) {
            double own = grid.cells().columns() * side;
            if (!captions) {
                return own;
            }
            measure.setText(context.text(grid.caption()));
            return Math.max(own, measure.getLayoutBounds().getWidth());
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
    }

    /** The height of the block's captions and the gaps between its rows. */
    private static double fixedHeight(List<List<BoardGrid>> block, double u) {
        return block.size() * CAPTION * u + (block.size() - 1) * GAP * u;
    }

    /** The cells of the block's rows' tallest grids, added up. */
    private static int cellsHigh(List<List<BoardGrid>> block) {
        return block.stream().mapToInt(row -> row.stream().mapToInt(grid -> grid.cells().rows()).max().orElse(0))
                .sum();
    }

    /** A grid where it is drawn, and the width its caption may take. */
    private record Placed(GridGeometry at, double captionWidth) {
    }

    /** A board of one row of grids. */
    public static GridBoard ofRow(List<BoardGrid> grids, FormulaStrip strip, Set<Role> roles) {
        return new GridBoard(List.of(Objects.requireNonNull(grids, "grids")), strip, roles);
    }
}
