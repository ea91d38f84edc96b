package org.convatlas.render.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convatlas.i18n.Message;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;

/**
 * One flat grid of a {@link GridBoard}: its caption, the tensor it stands for, its cells and their looks, and the
 * blocks of cells the current step marks.
 *
 * @param caption the line over the grid, for example "Input 4×4"
 * @param role    the tensor the grid belongs to, as a {@link Hit} names it ({@link Role#INPUT}, {@link Role#OUTPUT})
 * @param channel the first coordinate of its cells in a hit: the channel, or which of several maps of one role
 * @param cells   the rows and columns drawn, numbered as the tensor numbers them: from {@code -pad} when a padding ring
 *                is drawn around it
 * @param looks   the look of each cell; null for a blank one
 * @param values  the number of each cell
 * @param heat    the grid as a heat map, drawn instead of the cells' looks (with the numbers over it when the cells are
 *                large enough); null to paint the cells in their looks. Only for a grid without a ring ({@code cells}
 *                from row and column 0)
 * @param shown   the cells of the heat map shown (row-major); the others are blank
 * @param marks   blocks outlined in the highlight colour, in the grid's numbering
 */
public record BoardGrid(Message caption, Role role, int channel, CellRange cells, GridPainter.CellRole looks,
                        GridPainter.CellValue values, HeatMap heat, long shown, List<Mark> marks) {

    /**
     * A block of cells outlined in the highlight colour.
     *
     * @param cells  the block; it may reach into a padding ring (negative rows and columns)
     * @param strong a thick outline (what the step works on) rather than a thin one (what it remembers)
     */
    public record Mark(CellRange cells, boolean strong) {

        public Mark {
            Objects.requireNonNull(cells, "cells");
        }
    }

    public BoardGrid {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(looks, "looks");
        Objects.requireNonNull(values, "values");
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a grid has at least one cell");
        }
        if (heat != null && (cells.top() != 0 || cells.left() != 0 || heat.rows() != cells.rows()
                || heat.columns() != cells.columns())) {
            throw new IllegalArgumentException("a heat map covers a grid without a ring, cell for cell");
        }
        marks = List.copyOf(marks);
    }

    /**
     * A grid of {@code rows × columns} cells from {@code (0, 0)} showing {@code values} (row-major) in {@code look}, no
     * heat map, nothing marked.
     */
    public static BoardGrid of(Message caption, Role role, int channel, float[] values, int rows, int columns,
                               Role look) {
        return new BoardGrid(caption, role, channel, new CellRange(0, 0, rows, columns), (r, c) -> look,
                (r, c) -> values[r * columns + c], null, 0, List.of());
    }

    /** This grid with {@code more} marks. */
    public BoardGrid marked(List<Mark> more) {
        List<Mark> all = new ArrayList<>(marks);
        all.addAll(more);
        return new BoardGrid(caption, role, channel, cells, looks, values, heat, shown, all);
    }

    /** This grid with each cell in the look {@code newLooks} gives it. */
    public BoardGrid withLooks(GridPainter.CellRole newLooks) {
        return new BoardGrid(caption, role, channel, cells, newLooks, values, heat, shown, marks);
    }

    /** This grid drawn as the heat map {@code map}, its first {@code cellsShown} cells shown. */
    public BoardGrid withHeat(HeatMap map, long cellsShown) {
        return new BoardGrid(caption, role, channel, cells, looks, values, map, cellsShown, marks);
    }
}
