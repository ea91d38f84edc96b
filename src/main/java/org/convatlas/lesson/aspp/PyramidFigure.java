package org.convatlas.lesson.aspp;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.Captions;
import org.convatlas.render.grid.CellPainter;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.GridPainter;
import org.convatlas.render.image.Raster;

/**
 * Parallel branches over one feature map, then their outputs concatenated along channels (atrous spatial pyramid
 * pooling). On the left, a picture standing for the feature map, {@code rows × columns} cells, with the taps of one
 * unit of every branch outlined and each branch's field boxed and labelled; taps beyond the map fall on the hatched
 * padding around it. The current branch is drawn in the highlight colour, the others in the kernel's. On the right,
 * one block per branch's output, stacked as the concatenation stacks their channels, the current one highlighted.
 *
 * @param picture     the picture, stretched over the map's cells
 * @param rows        the map's rows
 * @param columns     the map's columns
 * @param branches    the branches, in the order of the concatenation
 * @param current     the branch of this step, or -1 for all of them (the concatenation)
 * @param mapCaption  the lines under the map
 * @param stackCaption the lines under the concatenation
 */
public record PyramidFigure(Raster picture, int rows, int columns, List<Branch> branches, int current,
                            List<Message> mapCaption, List<Message> stackCaption) implements Figure {

    /** The share of the width the map takes; the concatenation has the rest. */
    public static final double MAP_SHARE = 0.64;
    /** Where the stack's first block starts, in font sizes from the top. */
    private static final double STACK_TOP = 1.2;
    /** How strongly a tap's tint covers the picture under it: enough to see the tap, little enough to see through. */
    private static final double TAP_OPACITY = 0.75;

    /**
     * One branch: the rows and the columns of the map its taps of the centre unit read (every pair is a tap), the
     * label of its field and the label of its output block.
     */
    public record Branch(List<Integer> tapRows, List<Integer> tapColumns, Message fieldLabel, Message blockLabel) {

        public Branch {
            tapRows = List.copyOf(tapRows);
            tapColumns = List.copyOf(tapColumns);
            if (tapRows.isEmpty() || tapColumns.isEmpty()) {
                throw new IllegalArgumentException("a branch has at least one tap");
            }
            Objects.requireNonNull(fieldLabel, "fieldLabel");
            Objects.requireNonNull(blockLabel, "blockLabel");
        }

        int top() {
            return tapRows.get(0);
        }

        int left() {
            return tapColumns.get(0);
        }

        int bottom() {
            return tapRows.get(tapRows.size() - 1);
        }

        int right() {
            return tapColumns.get(tapColumns.size() - 1);
        }
    }

    public PyramidFigure {
        Objects.requireNonNull(picture, "picture");
        branches = List.copyOf(branches);
        mapCaption = List.copyOf(mapCaption);
        stackCaption = List.copyOf(stackCaption);
        if (rows < 1 || columns < 1 || branches.isEmpty() || current < -1 || current >= branches.size()) {
            throw new IllegalArgumentException("a pyramid needs a map, at least one branch and a current branch among"
                    + " them (got " + rows + "x" + columns + ", " + branches.size() + " branches, current " + current
                    + ")");
        }
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        double unit = context.unit();
        double mapW = MAP_SHARE * width;
        GridGeometry grid = grid(width, height, context);
        if (reachesPadding()) {
            CellPainter.paintArea(g, Role.PADDING, grid.left(), grid.top(), grid.width(), grid.height(), grid.cell(),
                    context.palette());
        }
        g.save();
        g.setImageSmoothing(true);
        g.drawImage(picture.image(), grid.x(0), grid.y(0), columns * grid.cell(), rows * grid.cell());
        g.restore();
        for (int b = 0; b < branches.size(); b++) {
            if (b != current) {
                drawBranch(g, grid, branches.get(b), current == -1 ? Role.HIGHLIGHT : Role.KERNEL, context);
            }
        }
        if (current >= 0) {
            drawBranch(g, grid, branches.get(current), Role.HIGHLIGHT, context);
        }
        Captions.draw(g, mapCaption, mapW / 2, grid.bottom() + 0.3 * unit, mapW, context);
        drawStack(g, mapW + 2 * unit, width - mapW - 2 * unit, height, context);
    }

    /**
     * A cell of the map, {@code (INPUT, (0, row, column))}, or a branch's output block, {@code (OUTPUT, (b, 0, 0))}, as
     * {@link #draw} lays them out.
     */
    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Optional<Hit> cell = grid(width, height, context).cellAt(x, y)
                .filter(at -> at.row() >= 0 && at.row() < rows && at.column() >= 0 && at.column() < columns)
                .map(at -> new Hit(Role.INPUT, Coordinates.of(0, at.row(), at.column())));
        if (cell.isPresent()) {
            return cell;
        }
        double unit = context.unit();
        double left = MAP_SHARE * width + 2 * unit;
        double block = block(width - left, height, context);
        int b = (int) Math.floor((y - STACK_TOP * unit) / block);
        boolean onBlock = x >= left && x <= width && y >= STACK_TOP * unit && b >= 0 && b < branches.size();
        return onBlock ? Optional.of(new Hit(Role.OUTPUT, Coordinates.of(b, 0, 0))) : Optional.empty();
    }

    /** The grid of the map in a figure {@code width × height}: in the map's share, above its caption. */
    private GridGeometry grid(double width, double height, DrawContext context) {
        double unit = context.unit();
        double mapW = MAP_SHARE * width;
        return grid(mapW, height - Captions.height(mapCaption, mapW, context) - 2.5 * unit, unit);
    }

    /**
     * The height of a branch's block in a stack {@code w} wide: as the stack's room allows, between one and three font
     * sizes.
     */
    private double block(double w, double height, DrawContext context) {
        double unit = context.unit();
        double room = height - Captions.height(stackCaption, w, context) - 3 * unit;
        return Math.max(unit, Math.min(3 * unit, room / branches.size()));
    }

    /**
     * The grid of the map and the padding its branches reach, in a box {@code w × h} with one font size of room above
     * for the labels: cells as large as fit, the map's cell {@code (0, 0)} at the map's top-left corner.
     */
    private GridGeometry grid(double w, double h, double unit) {
        int top = Math.min(0, branches.stream().mapToInt(Branch::top).min().orElse(0));
        int left = Math.min(0, branches.stream().mapToInt(Branch::left).min().orElse(0));
        int bottom = Math.max(rows - 1, branches.stream().mapToInt(Branch::bottom).max().orElse(0));
        int right = Math.max(columns - 1, branches.stream().mapToInt(Branch::right).max().orElse(0));
        int spanRows = bottom - top + 1;
        int spanColumns = right - left + 1;
        double cell = Math.max(0.1, Math.min(w / spanColumns, (h - 1.2 * unit) / spanRows));
        return new GridGeometry((w - spanColumns * cell) / 2, 1.2 * unit, cell, top, left, spanRows, spanColumns);
    }

    /** Whether a tap falls outside the map. */
    private boolean reachesPadding() {
        return branches.stream().anyMatch(b -> b.top() < 0 || b.left() < 0 || b.bottom() >= rows
                || b.right() >= columns);
    }

    /** The branch's field boxed and labelled above its top-left corner, and each of its taps outlined. */
    private static void drawBranch(GraphicsContext g, GridGeometry grid, Branch branch, Role role,
                                   DrawContext context) {
        Color color = context.palette().color(role);
        double line = Math.max(1.5, context.unit() / 8);
        GridPainter.outline(g, grid, branch.top(), branch.left(), branch.bottom() - branch.top() + 1,
                branch.right() - branch.left() + 1, context.palette().background(), 3 * line);
        GridPainter.outline(g, grid, branch.top(), branch.left(), branch.bottom() - branch.top() + 1,
                branch.right() - branch.left() + 1, color, line);
        for (int row : branch.tapRows()) {
            for (int column : branch.tapColumns()) {
                g.save();
                g.setFill(context.palette().tint(role));
                g.setGlobalAlpha(TAP_OPACITY);
                g.fillRect(grid.x(column), grid.y(row), grid.cell(), grid.cell());
                g.restore();
                GridPainter.outline(g, grid, row, column, 1, 1, color, Math.min(line, grid.cell() / 3));
            }
        }
        g.save();
        g.setFont(context.font());
        g.setFill(context.palette().text(role));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        String label = context.text(branch.fieldLabel());
        double labelX = grid.x(branch.left());
        double labelY = grid.y(branch.top()) - 0.1 * context.unit();
        g.setStroke(context.palette().background());
        g.setLineWidth(Math.max(2, context.unit() / 5));
        g.strokeText(label, labelX, labelY);
        g.fillText(label, labelX, labelY);
        g.restore();
    }

    /** One block per branch's output, top to bottom in the order of the concatenation, with the caption under them. */
    private void drawStack(GraphicsContext g, double left, double w, double height, DrawContext context) {
        double unit = context.unit();
        double block = block(w, height, context);
        double top = STACK_TOP * unit;
        for (int b = 0; b < branches.size(); b++) {
            Role role = b == current || current == -1 ? Role.HIGHLIGHT : Role.OUTPUT;
            CellPainter.paint(g, role, left, top + b * block, w, block, context.palette());
            g.save();
            g.setFont(context.font());
            g.setFill(context.palette().ink());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(context.text(branches.get(b).blockLabel()), left + w / 2, top + (b + 0.5) * block, w - unit);
            g.restore();
        }
        Captions.draw(g, stackCaption, left + w / 2, top + branches.size() * block + 0.3 * unit, w, context);
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT);
        if (reachesPadding()) {
            roles.add(Role.PADDING);
        }
        return roles;
    }

    /** The captions of the map and of the concatenation, and the branches' labels. */
    @Override
    public List<Message> captions() {
        return Stream.of(mapCaption, branches.stream().map(Branch::blockLabel).toList(), stackCaption)
                .flatMap(List::stream).toList();
    }
}
