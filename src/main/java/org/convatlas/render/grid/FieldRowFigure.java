package org.convatlas.render.grid;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;

/**
 * Receptive fields drawn on the grids of a stack, left to right (the input first, then each layer's output, or any
 * other row of {@link FieldPanel}s): every grid's cells in their role's look, the fields marked on them (tinted in
 * the highlight colour and outlined, solid or dashed), the sampled points of a kernel as vermillion dots and the unit
 * in question filled in the highlight's look; a caption over each grid and a line of text under them.
 *
 * <p>Layout, in font sizes {@code u}: all grids share one cell, the largest that fits (at most {@link #MAX_CELL}),
 * each centred in a slot as wide as it or its caption, the slots {@link #GAP} apart and centred on one horizontal
 * line, a caption line ({@link #CAPTION}) over each grid and the note ({@link #NOTE}) under the tallest.
 *
 * <p>Pointing at a cell of panel {@code p} hits {@code (p, row, column)} in the role of that panel.
 */
public final class FieldRowFigure implements Figure {

    static final double CAPTION = 1.8;
    static final double NOTE = 2.2;
    static final double GAP = 2.5;
    static final double MAX_CELL = 5;
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
        g.save();
        g.setFont(context.font());
        g.setFill(context.palette().ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(context.text(note), width / 2, bottom + NOTE * context.unit() / 2, width);
        g.restore();
    }

    /**
     * Where each grid goes; empty when the area is too small. Each panel takes a slot as wide as its grid or its
     * caption, whichever is wider; when the slots do not fit, the cell shrinks until they do (or, should the captions
     * alone be too wide, until the grids fit, the captions squeezed to their grids).
     */
    private List<Slot> layout(double width, double height, DrawContext context) {
        double unit = context.unit();
        double[] captions = captionWidths(context);
        int columns = 0;
        int tallest = 0;
        for (FieldPanel panel : panels) {
            columns += panel.cells().columns();
            tallest = Math.max(tallest, panel.cells().rows());
        }
        double gaps = (panels.size() - 1) * GAP * unit;
        double cell = Math.min(MAX_CELL * unit, (height - (CAPTION + NOTE) * unit) / tallest);
        for (int pass = 0; pass < panels.size() && slots(cell, captions) + gaps > width; pass++) {
            double captioned = 0;
            int gridColumns = 0;
            for (int p = 0; p < panels.size(); p++) {
                int panelColumns = panels.get(p).cells().columns();
                if (cell * panelColumns >= captions[p]) {
                    gridColumns += panelColumns;
                } else {
                    captioned += captions[p];
                }
            }
            cell = gridColumns == 0 ? 0 : Math.min(cell, (width - gaps - captioned) / gridColumns);
        }
        if (!(cell > 0) || slots(cell, captions) + gaps > width) {
            cell = Math.min(MAX_CELL * unit, Math.min((width - gaps) / columns,
                    (height - (CAPTION + NOTE) * unit) / tallest));
            captions = new double[panels.size()];
        }
        if (!(cell > 0.5)) {
            return List.of();
        }
        double left = (width - slots(cell, captions) - gaps) / 2;
        double middle = (height + (CAPTION - NOTE) * unit) / 2;
        List<Slot> slots = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            CellRange cells = panels.get(p).cells();
            double slot = Math.max(cell * cells.columns(), captions[p]);
            slots.add(new Slot(new GridGeometry(left + (slot - cell * cells.columns()) / 2,
                    middle - cell * cells.rows() / 2, cell, cells.top(), cells.left(), cells.rows(), cells.columns()),
                    slot + GAP * unit * 0.8));
            left += slot + GAP * unit;
        }
        return slots;
    }

    /** Where a panel's grid goes, and how wide its caption may be. */
    private record Slot(GridGeometry grid, double captionWidth) {
    }

    /** The width of the slots side by side, without the gaps. */
    private double slots(double cell, double[] captions) {
        double total = 0;
        for (int p = 0; p < panels.size(); p++) {
            total += Math.max(cell * panels.get(p).cells().columns(), captions[p]);
        }
        return total;
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
        g.setFont(context.font());
        g.setFill(palette.ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(context.text(panel.caption()), grid.left() + grid.width() / 2, grid.top() - context.unit() * 0.4,
                slot.captionWidth());
        g.restore();
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
