package org.convatlas.lesson.deformable;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.GridPoint;
import org.convatlas.render.Handle;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.grid.GridBoard;
import org.convatlas.render.grid.GridGeometry;

/**
 * A deformable convolution's step: a {@link GridBoard} (input, kernel, output, the focused tap's corners and weights,
 * the sum as its strip) with, over the input, an arrow from each tap's regular cell to where it samples and a point
 * there (a see-through disc) as opaque as the tap's mask (the focused one ringed), the other positions' arrows faint under them (the
 * field), and the focused tap's interpolation as a second strip under the board. Each sampling point of the position
 * shown is a {@link Handle} (numbered by its tap) the pointer can drag.
 *
 * @param board     the grids, the first the input, and the sum
 * @param bilinear  the focused tap's interpolation
 * @param taps      the taps of the position shown, in the kernel's order
 * @param focus     the focused tap
 * @param field     where every tap of every position samples ({@code (row, column)} pairs, position after position,
 *                  tap after tap), or null to draw no field
 * @param regular   the same for the regular cells
 * @param tapCount  the taps per position
 * @param columns   the output's columns (positions per row)
 * @param position  the number of the position shown, row-major
 */
record DeformableFigure(GridBoard board, FormulaStrip bilinear, List<TapPoint> taps, int focus, float[] field,
                        float[] regular, int tapCount, int columns, int position) implements Figure {

    /** The height of the second strip, in font sizes. */
    private static final double STRIP = 2.4;
    /** The height of the board's own strip, in font sizes (as {@link GridBoard} lays it out). */
    private static final double BOARD_STRIP = 2.6;
    /** The most positions of the field drawn along a side; a larger output draws every n-th. */
    private static final int FIELD_SIDE = 8;
    /** How near the pointer must come to a sampling point to take it, in font sizes. */
    private static final double REACH = 0.7;

    /**
     * A tap of the position shown: its regular cell, where it samples, and its mask.
     */
    record TapPoint(int row, int column, float sampleRow, float sampleColumn, float mask) {
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        double boardHeight = boardHeight(height, context);
        board.draw(g, width, boardHeight, context);
        List<GridGeometry> placed = board.placements(width, boardHeight, context);
        if (placed.isEmpty()) {
            return;
        }
        GridGeometry input = placed.get(0);
        g.save();
        g.setLineCap(StrokeLineCap.ROUND);
        if (field != null) {
            drawField(g, input, context.palette());
        }
        drawTaps(g, input, context);
        g.restore();
        bilinear.draw(g, width / 2, bilinearCentre(placed, boardHeight, context), width, context);
    }

    /** Under the board's strip, which is {@link #BOARD_STRIP} font sizes under the lowest grid. */
    private static double bilinearCentre(List<GridGeometry> placed, double boardHeight, DrawContext context) {
        double bottom = placed.stream().mapToDouble(GridGeometry::bottom).max().orElse(0);
        return Math.min(boardHeight, bottom + BOARD_STRIP * context.unit()) + STRIP / 2 * context.unit();
    }

    private static double boardHeight(double height, DrawContext context) {
        return Math.max(0, height - STRIP * context.unit());
    }

    /**
     * Every position's arrows, faint, a subset of positions on a large output; the position shown left out. The parts
     * outside the input grid are cut off by arithmetic (a canvas clip would render through an off-screen copy), and
     * all the arrows are one path and all the points another, so that the field costs two strokes whatever its size.
     */
    private void drawField(GraphicsContext g, GridGeometry input, Palette palette) {
        int positions = field.length / 2 / tapCount;
        int rows = Math.max(1, positions / columns);
        int every = Math.max(1, (int) Math.ceil(Math.max(rows, columns) / (double) FIELD_SIDE));
        Color faint = palette.mutedInk().deriveColor(0, 1, 1, 0.35);
        double dot = Math.max(1.5, input.cell() * 0.06);
        double[] box = {input.left(), input.top(), input.right(), input.bottom()};
        double[] segment = new double[4];
        int[] taps = fieldTaps(positions, every);
        g.beginPath();
        for (int at : taps) {
            segment[0] = px(input, regular[at + 1]);
            segment[1] = py(input, regular[at]);
            segment[2] = px(input, field[at + 1]);
            segment[3] = py(input, field[at]);
            if (clipped(segment, box)) {
                g.moveTo(segment[0], segment[1]);
                g.lineTo(segment[2], segment[3]);
            }
        }
        g.setStroke(faint);
        g.setLineWidth(Math.max(1, input.cell() * 0.03));
        g.stroke();
        g.beginPath();
        for (int at : taps) {
            double x = px(input, field[at + 1]);
            double y = py(input, field[at]);
            if (x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]) {
                g.rect(x - dot, y - dot, 2 * dot, 2 * dot);
            }
        }
        g.setFill(faint);
        g.fill();
    }

    /**
     * Where the field's taps start in the offsets (the index of their Δy): every {@code every}-th position down and
     * across, the position shown left out.
     */
    private int[] fieldTaps(int positions, int every) {
        return IntStream.range(0, positions)
                .filter(q -> q != position && (q / columns) % every == 0 && (q % columns) % every == 0)
                .flatMap(q -> IntStream.range(0, tapCount).map(t -> (q * tapCount + t) * 2)).toArray();
    }

    /**
     * Cuts the segment {@code (x0, y0) – (x1, y1)} to the box {@code (left, top, right, bottom)} in place
     * (Liang–Barsky); false when none of it lies inside.
     */
    static boolean clipped(double[] segment, double[] box) {
        double x0 = segment[0], y0 = segment[1];
        double dx = segment[2] - x0, dy = segment[3] - y0;
        double enter = 0, leave = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - box[0], box[2] - x0, y0 - box[1], box[3] - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, r);
                } else {
                    leave = Math.min(leave, r);
                }
            }
        }
        if (enter > leave) {
            return false;
        }
        segment[0] = x0 + enter * dx;
        segment[1] = y0 + enter * dy;
        segment[2] = x0 + leave * dx;
        segment[3] = y0 + leave * dy;
        return true;
    }

    /** The position's taps: arrows from the regular cells, sampling points as opaque as the masks, the focus ringed. */
    private void drawTaps(GraphicsContext g, GridGeometry input, DrawContext context) {
        Palette palette = context.palette();
        Color arrow = palette.color(Role.HIGHLIGHT);
        double cell = input.cell();
        double line = Math.max(1.5, cell * 0.06);
        double radius = Math.max(4, cell * 0.2);
        for (int t = 0; t < taps.size(); t++) {
            TapPoint tap = taps.get(t);
            double x0 = px(input, tap.column());
            double y0 = py(input, tap.row());
            double x1 = px(input, tap.sampleColumn());
            double y1 = py(input, tap.sampleRow());
            double opacity = 0.15 + 0.85 * Math.max(0, Math.min(1, tap.mask()));
            g.setGlobalAlpha(opacity);
            g.setStroke(arrow);
            g.setLineWidth(line);
            g.strokeOval(x0 - line, y0 - line, 2 * line, 2 * line);
            double length = Math.hypot(x1 - x0, y1 - y0);
            if (length > radius) {
                double ux = (x1 - x0) / length;
                double uy = (y1 - y0) / length;
                double tipX = x1 - ux * radius;
                double tipY = y1 - uy * radius;
                g.strokeLine(x0, y0, tipX, tipY);
                double head = Math.min(length / 2, radius * 1.1);
                g.setFill(arrow);
                g.fillPolygon(new double[] {tipX, tipX - ux * head - uy * head * 0.6, tipX - ux * head + uy * head * 0.6},
                        new double[] {tipY, tipY - uy * head + ux * head * 0.6, tipY - uy * head - ux * head * 0.6}, 3);
            }
            // a see-through disc in a solid ring, so that the number under the point stays legible
            g.setFill(palette.color(Role.KERNEL).deriveColor(0, 1, 1, 0.4));
            g.fillOval(x1 - radius, y1 - radius, 2 * radius, 2 * radius);
            g.setStroke(palette.color(Role.KERNEL));
            g.setLineWidth(line);
            g.strokeOval(x1 - radius + line / 2, y1 - radius + line / 2, 2 * radius - line, 2 * radius - line);
            if (t == focus) {
                g.setStroke(arrow);
                g.setLineWidth(line);
                double ring = radius + line * 1.5;
                g.strokeOval(x1 - ring, y1 - ring, 2 * ring, 2 * ring);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** The pixel column of the real column {@code column} of the input grid: the cells' centres at whole numbers. */
    private static double px(GridGeometry input, double column) {
        return input.left() + (column - input.firstColumn() + 0.5) * input.cell();
    }

    private static double py(GridGeometry input, double row) {
        return input.top() + (row - input.firstRow() + 0.5) * input.cell();
    }

    @Override
    public Optional<Handle> handleAt(double x, double y, double width, double height, DrawContext context) {
        List<GridGeometry> placed = board.placements(width, boardHeight(height, context), context);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        GridGeometry input = placed.get(0);
        double reach = Math.max(input.cell() * 0.3, REACH * context.unit());
        int nearest = -1;
        double best = reach;
        // the focused tap first, as it is drawn ringed and is most likely the one meant
        for (int k = -1; k < taps.size(); k++) {
            int t = k < 0 ? focus : k;
            TapPoint tap = taps.get(t);
            double d = Math.hypot(x - px(input, tap.sampleColumn()), y - py(input, tap.sampleRow()));
            if (d < best) {
                best = d;
                nearest = t;
            }
        }
        return nearest < 0 ? Optional.empty() : Optional.of(new Handle(nearest));
    }

    @Override
    public Optional<GridPoint> handlePoint(Handle handle, double x, double y, double width, double height,
                                           DrawContext context) {
        List<GridGeometry> placed = board.placements(width, boardHeight(height, context), context);
        if (placed.isEmpty() || handle.id() < 0 || handle.id() >= taps.size()) {
            return Optional.empty();
        }
        GridGeometry input = placed.get(0);
        return Optional.of(new GridPoint((y - input.top()) / input.cell() + input.firstRow() - 0.5,
                (x - input.left()) / input.cell() + input.firstColumn() - 0.5));
    }

    @Override
    public Set<Role> roles() {
        return board.roles();
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        return board.hitTest(x, y, width, boardHeight(height, context), context);
    }

    @Override
    public double scale(double width, double height, DrawContext context) {
        return board.scale(width, boardHeight(height, context), context);
    }

    @Override
    public List<Message> captions() {
        return board.captions();
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        return board.captionBoxes(width, boardHeight(height, context), context);
    }

    /** The sum, then the focused tap's interpolation. */
    @Override
    public String stripText() {
        return board.stripText() + "; " + bilinear.text();
    }
}
