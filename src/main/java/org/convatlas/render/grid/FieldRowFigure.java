package org.convatlas.render.grid;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.Captions;

/**
 * Receptive fields drawn on the grids of a stack, left to right (the input first, then each layer's output, or any
 * other row of {@link FieldPanel}s): every grid's cells in their role's look, the fields marked on them (tinted in
 * the highlight colour and outlined, solid or dashed), the sampled points of a kernel as vermillion dots and the unit
 * in question filled in the highlight's look; a caption over each grid and a note under them.
 *
 * <p>Layout, in font sizes {@code u}: all grids share one cell, the largest that fits (at most {@link #MAX_CELL}),
 * each centred in a slot as wide as it or its caption, the slots {@link #GAP} apart and centred on one horizontal
 * line, a caption line ({@link #CAPTION}) over each grid. When the grids are too wide for one line and leave the
 * height empty, they stand in rows of as many grids each, read left to right then down, {@link #GAP} apart, where
 * that gives cells at least {@link #ROWS_GAIN} times as large. The note is under the lowest grid, {@link #NOTE} high
 * for one line and wrapped onto more lines ({@link Captions}) when it is wider than the figure.
 *
 * <p>Pointing at a cell of panel {@code p} hits {@code (p, row, column)} in the role of that panel.
 */
public final class FieldRowFigure implements Figure {

    static final double CAPTION = 1.8;
    static final double NOTE = 2.2;
    static final double GAP = 2.5;
    static final double MAX_CELL = 5;
    /** How many times larger the cells must be for the grids to stand in more rows. */
    static final double ROWS_GAIN = 1.2;
    /** The opacity of a field's tint over the cells. */
    private static final double FIELD_OPACITY = 0.22;
    /** The radius of a sampled point, in cells. */
    private static final double POINT_RADIUS = 0.24;

    private final List<FieldPanel> panels;
    private final Message note;

    /**
     * @param panels the grids, left to right, at least one
     * @param note   the line under the grids
     */
    public FieldRowFigure(List<FieldPanel> panels, Message note) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a row of fields needs at least one panel");
        }
        this.panels = List.copyOf(panels);
        this.note = note;
    }

    /** The grids, left to right. */
    public List<FieldPanel> panels() {
        return panels;
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (FieldPanel panel : panels) {
            roles.add(panel.role());
            if (!panel.cells().equals(panel.tensor())) {
                roles.add(Role.PADDING);
            }
        }
        roles.add(Role.HIGHLIGHT);
        return roles;
    }

    /** The grids' captions, then the note under them. */
    @Override
    public List<Message> captions() {
        List<Message> captions = new ArrayList<>();
        panels.forEach(panel -> captions.add(panel.caption()));
        captions.add(note);
        return captions;
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        List<Slot> slots = layout(width, height, context);
        for (int p = 0; p < slots.size(); p++) {
            Optional<GridCell> cell = slots.get(p).grid().cellAt(x, y);
            if (cell.isPresent()) {
                return Optional.of(new Hit(panels.get(p).role(),
                        Coordinates.of(p, cell.get().row(), cell.get().column())));
            }
        }
        return Optional.empty();
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        List<Slot> slots = layout(width, height, context);
        if (slots.isEmpty()) {
            return;
        }
        double bottom = 0;
        for (int p = 0; p < slots.size(); p++) {
            drawPanel(g, panels.get(p), slots.get(p), context);
            bottom = Math.max(bottom, slots.get(p).grid().bottom());
        }
        Captions.draw(g, List.of(note), width / 2, bottom + (NOTE - Captions.LINE) / 2 * context.unit(), width,
                context);
    }

    /** The side of the grids' cells. */
    @Override
    public double scale(double width, double height, DrawContext context) {
        List<Slot> slots = layout(width, height, context);
        return slots.isEmpty() ? 0 : slots.get(0).grid().cell();
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        List<Slot> slots = layout(width, height, context);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int p = 0; p < slots.size(); p++) {
            boxes.add(GridCaptions.box(slots.get(p).grid(), panels.get(p).caption(), slots.get(p).captionWidth(),
                    context));
        }
        return boxes;
    }

    /**
     * Where each grid goes; empty when the area is too small. The grids stand in one row, or in as many as give cells
     * {@link #ROWS_GAIN} times as large as fewer rows do, as many grids in each as the rows need (the last may have
     * fewer: two and two, or two and one).
     */
    private List<Slot> layout(double width, double height, DrawContext context) {
        double[] captions = captionWidths(context);
        double room = height - (NOTE - Captions.LINE) * context.unit() - Captions.height(List.of(note), width, context);
        List<Slot> best = List.of();
        int last = 0;
        for (int rows = 1; rows <= panels.size(); rows++) {
            int perRow = (panels.size() + rows - 1) / rows;
            if (perRow == last) {
                continue;
            }
            last = perRow;
            List<Slot> candidate = layout(perRow, captions, width, room, context.unit());
            if (best.isEmpty() ? !candidate.isEmpty()
                    : !candidate.isEmpty() && cell(candidate) > ROWS_GAIN * cell(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static double cell(List<Slot> slots) {
        return slots.get(0).grid().cell();
    }

    /**
     * Where each grid goes in rows of {@code perRow} grids (the last may have fewer) over a note, in an area
     * {@code width} wide whose grids and captions have {@code room} of its height; empty when it is too small.
     */
    private List<Slot> layout(int perRow, double[] captions, double width, double room, double unit) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int first = 0; first < panels.size(); first += perRow) {
            List<Integer> row = new ArrayList<>();
            for (int p = first; p < Math.min(panels.size(), first + perRow); p++) {
                row.add(p);
            }
            rows.add(row);
        }
        int cellsHigh = rows.stream().mapToInt(this::tallest).sum();
        double fixed = (rows.size() * CAPTION + (rows.size() - 1) * GAP) * unit;
        double cell = Math.min(MAX_CELL * unit, (room - fixed) / cellsHigh);
        double[][] rowCaptions = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            rowCaptions[r] = captions;
            double captioned = fit(rows.get(r), captions, cell, width, unit);
            if (!(captioned > 0) || slots(rows.get(r), captioned, captions) + gaps(rows.get(r), unit) > width) {
                rowCaptions[r] = new double[captions.length];
                captioned = (width - gaps(rows.get(r), unit)) / columns(rows.get(r));
            }
            cell = Math.min(cell, captioned);
        }
        if (!(cell > 0.5)) {
            return List.of();
        }
        List<Slot> slots = new ArrayList<>();
        double top = (room - fixed - cellsHigh * cell) / 2;
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> row = rows.get(r);
            double left = (width - slots(row, cell, rowCaptions[r]) - gaps(row, unit)) / 2;
            double middle = top + CAPTION * unit + tallest(row) * cell / 2;
            for (int p : row) {
                CellRange cells = panels.get(p).cells();
                double slot = Math.max(cell * cells.columns(), rowCaptions[r][p]);
                slots.add(new Slot(new GridGeometry(left + (slot - cell * cells.columns()) / 2,
                        middle - cell * cells.rows() / 2, cell, cells.top(), cells.left(), cells.rows(),
                        cells.columns()), slot + GAP * unit * 0.8));
                left += slot + GAP * unit;
            }
            top += (CAPTION + GAP) * unit + tallest(row) * cell;
        }
        return slots;
    }

    /**
     * The largest cell, up to {@code most}, at which the slots of the grids of {@code row} fit {@code width}: a slot
     * as wide as its grid or its caption, whichever is wider; the cell shrinks until they fit (0 or less when the
     * captions alone are too wide).
     */
    private double fit(List<Integer> row, double[] captions, double most, double width, double unit) {
        double cell = most;
        for (int pass = 0; pass < row.size() && slots(row, cell, captions) + gaps(row, unit) > width; pass++) {
            double captioned = 0;
            int gridColumns = 0;
            for (int p : row) {
                int panelColumns = panels.get(p).cells().columns();
                if (cell * panelColumns >= captions[p]) {
                    gridColumns += panelColumns;
                } else {
                    captioned += captions[p];
                }
            }
            cell = gridColumns == 0 ? 0 : Math.min(cell, (width - gaps(row, unit) - captioned) / gridColumns);
        }
        return cell;
    }

    /** Where a panel's grid goes, and how wide its caption may be. */
    private record Slot(GridGeometry grid, double captionWidth) {
    }

    /** The width of the slots of the grids of {@code row} side by side, without the gaps. */
    private double slots(List<Integer> row, double cell, double[] captions) {
        double total = 0;
        for (int p : row) {
            total += Math.max(cell * panels.get(p).cells().columns(), captions[p]);
        }
        return total;
    }

    private static double gaps(List<Integer> row, double unit) {
        return (row.size() - 1) * GAP * unit;
    }

    private int columns(List<Integer> row) {
        return row.stream().mapToInt(p -> panels.get(p).cells().columns()).sum();
    }

    /** The rows of the tallest grid of {@code row}. */
    private int tallest(List<Integer> row) {
        return row.stream().mapToInt(p -> panels.get(p).cells().rows()).max().orElse(0);
    }

    private double[] captionWidths(DrawContext context) {
        Text measure = new Text();
        measure.setFont(context.font());
        double[] widths = new double[panels.size()];
        for (int p = 0; p < widths.length; p++) {
            measure.setText(context.text(panels.get(p).caption()));
            widths[p] = measure.getLayoutBounds().getWidth();
        }
        return widths;
    }

    private static void drawPanel(GraphicsContext g, FieldPanel panel, Slot slot, DrawContext context) {
        GridGeometry grid = slot.grid();
        Palette palette = context.palette();
        CellRange tensor = panel.tensor();
        GridPainter.paint(g, grid, (r, c) -> tensor.contains(r, c) ? panel.role() : Role.PADDING,
                (r, c) -> Double.NaN, false, context);
        Color highlight = palette.color(Role.HIGHLIGHT);
        double thick = Math.max(2, grid.cell() * 0.12);
        for (int i = panel.fields().size() - 1; i >= 0; i--) {
            drawField(g, grid, panel.fields().get(i), highlight, thick);
        }
        if (panel.unit() != null) {
            CellPainter.paint(g, Role.HIGHLIGHT, grid.x(panel.unit().column()), grid.y(panel.unit().row()),
                    grid.cell(), grid.cell(), palette);
        }
        g.save();
        g.setFill(highlight);
        double radius = Math.max(1.5, POINT_RADIUS * grid.cell());
        for (FieldPanel.Point point : panel.points()) {
            double x = grid.x(grid.firstColumn()) + (point.column() - grid.firstColumn() + 0.5) * grid.cell();
            double y = grid.y(grid.firstRow()) + (point.row() - grid.firstRow() + 0.5) * grid.cell();
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        }
        g.restore();
        GridCaptions.draw(g, grid, panel.caption(), slot.captionWidth(), context);
    }

    /** A field: tinted and outlined when solid, outlined with dashes otherwise. */
    private static void drawField(GraphicsContext g, GridGeometry grid, FieldPanel.Field field, Color highlight,
                                  double thick) {
        CellRange cells = field.cells();
        double x = grid.x(cells.left());
        double y = grid.y(cells.top());
        double w = cells.columns() * grid.cell();
        double h = cells.rows() * grid.cell();
        g.save();
        if (field.solid()) {
            g.setFill(highlight.deriveColor(0, 1, 1, FIELD_OPACITY));
            g.fillRect(x, y, w, h);
            g.setLineDashes();
        } else {
            g.setLineDashes(2 * thick, 1.5 * thick);
        }
        g.setStroke(highlight);
        g.setLineWidth(field.solid() ? thick : thick * 0.7);
        g.strokeRect(x + thick / 2, y + thick / 2, w - thick, h - thick);
        g.restore();
    }
}
