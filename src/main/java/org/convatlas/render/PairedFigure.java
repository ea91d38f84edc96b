package org.convatlas.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.i18n.Message;

/**
 * Two figures of the same computation shown at once, each in its own half of the area, {@link #GAP} font sizes apart
 * with a thin line between them: for example the zero-insertion and the scatter pictures of one transposed
 * convolution. A figure of grids laid out in a row fits best in a half about three times as wide as tall, so the
 * halves sit side by side (each {@code w/2 × h}) when the area is at least {@link #WIDE} times as wide as tall, and
 * one above the other (each {@code w × h/2}) otherwise: at {@code w = 3h} both halves are equally far from that
 * shape. The pointer is answered by the figure under it; the legend shows the roles of both.
 */
public final class PairedFigure implements Figure {

    /** The space between the halves, in font sizes. */
    static final double GAP = 1.5;
    /** How many times wider than tall the area must be for the halves to sit side by side. */
    static final double WIDE = 3;

    private final Figure first;
    private final Figure second;

    public PairedFigure(Figure first, Figure second) {
        this.first = first;
        this.second = second;
    }

    /** The figure on the left, or at the top. */
    public Figure first() {
        return first;
    }

    /** The figure on the right, or at the bottom. */
    public Figure second() {
        return second;
    }

    /**
     * Where the halves go in {@code width × height}: each half's size and the second one's offset.
     *
     * @param width   each half's width
     * @param height  each half's height
     * @param offsetX where the second half starts, across
     * @param offsetY where the second half starts, down
     */
    private record Halves(double width, double height, double offsetX, double offsetY) {

        static Halves of(double width, double height, DrawContext context) {
            double gap = GAP * context.unit();
            if (width >= WIDE * height) {
                double half = Math.max(0, (width - gap) / 2);
                return new Halves(half, height, width - half, 0);
            }
            double half = Math.max(0, (height - gap) / 2);
            return new Halves(width, half, 0, height - half);
        }

        boolean sideBySide() {
            return offsetX > 0;
        }
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Halves halves = Halves.of(width, height, context);
        g.save();
        first.draw(g, halves.width(), halves.height(), context);
        g.translate(halves.offsetX(), halves.offsetY());
        second.draw(g, halves.width(), halves.height(), context);
        g.restore();
        g.save();
        g.setStroke(context.palette().gridLine());
        g.setLineWidth(1);
        double unit = context.unit();
        if (halves.sideBySide()) {
            g.strokeLine(width / 2, unit, width / 2, height - unit);
        } else {
            g.strokeLine(unit, height / 2, width - unit, height / 2);
        }
        g.restore();
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(first.roles());
        roles.addAll(second.roles());
        return roles;
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Halves halves = Halves.of(width, height, context);
        if (x < halves.width() && y < halves.height()) {
            return first.hitTest(x, y, halves.width(), halves.height(), context);
        }
        double sx = x - halves.offsetX();
        double sy = y - halves.offsetY();
        return sx >= 0 && sy >= 0 ? second.hitTest(sx, sy, halves.width(), halves.height(), context) : Optional.empty();
    }

    /** The captions of both figures, the first's first. */
    @Override
    public List<Message> captions() {
        return Stream.of(first, second).flatMap(f -> f.captions().stream()).toList();
    }

    /** Each figure's description, the first's first. */
    @Override
    public String describe(DrawContext context) {
        return first.describe(context) + " | " + second.describe(context);
    }

    /** The strips of both figures that have one, joined by a bar. */
    @Override
    public String stripText() {
        return Stream.of(first, second).map(Figure::stripText).filter(s -> !s.isEmpty()).collect(Collectors.joining(" | "));
    }
}
