package org.convatlas.render.grid;

import java.util.List;
import java.util.Objects;
import org.convatlas.i18n.Message;
import org.convatlas.render.Role;

/**
 * One grid of a {@link FieldRowFigure}: a tensor's cells (with any padding ring drawn around them), the receptive
 * fields marked on it, the sampled points of a kernel, and one unit picked out. Coordinates are the tensor's:
 * row and column 0 is its first cell, negative ones lie in the padding ring.
 *
 * @param caption the line over the grid, for example "Layer 2: 5×5"
 * @param cells   every cell drawn, the padding ring included
 * @param tensor  the tensor's own cells, drawn in {@code role}; the others are padding
 * @param role    the look of the tensor's cells: {@link Role#INPUT} or {@link Role#OUTPUT}
 * @param fields  the fields marked on the grid, the first drawn most strongly
 * @param points  the centres of the sampled points, in cells ({@code (2, 3)} is the centre of cell {@code (2, 3)})
 * @param unit    the unit picked out, or null
 */
public record FieldPanel(Message caption, CellRange cells, CellRange tensor, Role role, List<Field> fields,
                         List<Point> points, GridCell unit) {

    public FieldPanel {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(role, "role");
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one cell");
        }
        fields = List.copyOf(fields);
        points = List.copyOf(points);
    }

    /** A tensor of {@code rows × columns} cells with no padding ring, no marks and no unit. */
    public static FieldPanel plain(Message caption, int rows, int columns, Role role) {
        CellRange all = new CellRange(0, 0, rows, columns);
        return new FieldPanel(caption, all, all, role, List.of(), List.of(), null);
    }

    /** A receptive field marked on a grid: its cells, drawn solid (the one in question) or dashed (another). */
    public record Field(CellRange cells, boolean solid) {

        public Field {
            Objects.requireNonNull(cells, "cells");
        }
    }

    /** The centre of a sampled point, in cells. */
    public record Point(double row, double column) {
    }

    /** This panel with {@code more} fields marked after its own. */
    public FieldPanel withFields(List<Field> more) {
        List<Field> all = new java.util.ArrayList<>(fields);
        all.addAll(more);
        return new FieldPanel(caption, cells, tensor, role, all, points, unit);
    }
}
