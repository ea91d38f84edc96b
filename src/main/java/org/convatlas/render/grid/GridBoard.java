package org.convatlas.render.grid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
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
 * and between rows, the strip's {@value #STRIP} at the bottom; cells at most {@value #LARGEST_CELL} wide.
 *
 * @param rows  the grids, row by row
 * @param strip the formula under the grids; null for none
 * @param roles the roles the legend lists
 */
public record GridBoard(List<List<BoardGrid>> rows, FormulaStrip strip, Set<Role> roles) implements Figure {

    private static final double CAPTION = 1.6;
    private static final double GAP = 1.5;
    private static final double STRIP = 2.6;
    private static final double LARGEST_CELL = 3.2;

    public GridBoard {
        rows = rows.stream().map(List::copyOf).toList();
        if (rows.isEmpty() || rows.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a board has at least one grid in every row");
        }
        roles = Set.copyOf(roles);
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

    /** The captions, then the strip. */
    @Override
    public List<Message> captions() {
        return grids().stream().map(BoardGrid::caption).toList();
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
        g.setFont(context.font());
        g.setFill(palette.ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(context.text(grid.caption()), at.left() + at.width() / 2, at.top() - 0.4 * context.unit(),
                placed.captionWidth());
    }

    /**
     * Where each grid goes (row after row), with the one cell size that lets every row fit the width and all rows,
     * their captions and the strip fit the height; each grid centred in a slot as wide as its caption when the row has
     * room for that, each row centred, the whole centred vertically. Empty if nothing fits.
     */
    private List<Placed> layout(double width, double height, DrawContext context) {
        double u = context.unit();
        double cell = LARGEST_CELL * u;
        double fixedHeight = (strip == null ? 0 : STRIP * u) + (rows.size() - 1) * GAP * u;
        int cellsHigh = 0;
        for (List<BoardGrid> row : rows) {
            int cellsWide = row.stream().mapToInt(grid -> grid.cells().columns()).sum();
            cell = Math.min(cell, (width - (row.size() - 1) * GAP * u) / cellsWide);
            cellsHigh += row.stream().mapToInt(grid -> grid.cells().rows()).max().orElse(0);
            fixedHeight += CAPTION * u;
        }
        double side = Math.min(cell, (height - fixedHeight) / cellsHigh);
        if (!(side > 0)) {
            return List.of();
        }
        Text measure = new Text();
        measure.setFont(context.font());
        List<Placed> placed = new ArrayList<>();
        double top = (height - fixedHeight - cellsHigh * side) / 2;
        for (List<BoardGrid> row : rows) {
            top += CAPTION * u;
            double[] slots = new double[row.size()];
            double rowWidth = (row.size() - 1) * GAP * u;
            for (int i = 0; i < slots.length; i++) {
                measure.setText(context.text(row.get(i).caption()));
                slots[i] = Math.max(row.get(i).cells().columns() * side, measure.getLayoutBounds().getWidth());
                rowWidth += slots[i];
            }
            boolean captionsFit = rowWidth <= width;
            if (!captionsFit) {
                rowWidth = (row.size() - 1) * GAP * u;
                for (int i = 0; i < slots.length; i++) {
                    slots[i] = row.get(i).cells().columns() * side;
                    rowWidth += slots[i];
                }
            }
            double left = (width - rowWidth) / 2;
            int tallest = 0;
            for (int i = 0; i < slots.length; i++) {
                CellRange cells = row.get(i).cells();
                double gridLeft = left + (slots[i] - cells.columns() * side) / 2;
                placed.add(new Placed(new GridGeometry(gridLeft, top, side, cells.top(), cells.left(), cells.rows(),
                        cells.columns()), slots[i] + (captionsFit ? 0 : GAP * u)));
                left += slots[i] + GAP * u;
                tallest = Math.max(tallest, cells.rows());
            }
            top += tallest * side + GAP * u;
        }
        return placed;
    }

    /** A grid where it is drawn, and the width its caption may take. */
    private record Placed(GridGeometry at, double captionWidth) {
    }

    /** A board of one row of grids. */
    public static GridBoard ofRow(List<BoardGrid> grids, FormulaStrip strip, Set<Role> roles) {
        return new GridBoard(List.of(Objects.requireNonNull(grids, "grids")), strip, roles);
    }
}
