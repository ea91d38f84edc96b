package org.convatlas.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.i18n.Message;

/**
 * Two figures of the same computation shown at once, each in its own half of the area, {@link #GAP} font sizes apart
 * with a thin line between them: for example the zero-insertion and the scatter pictures of one transposed
 * convolution. The halves sit side by side (each {@code (w − gap)/2 × h}) or one above the other (each
 * {@code w × (h − gap)/2}), whichever draws the two figures larger ({@link Figure#scale}: the product of their scales,
 * so that neither figure's unit counts more); side by side on a tie. The pointer is answered by the figure under it;
 * the legend shows the roles of both.
 */
public final class PairedFigure implements Figure {

    /** The space between the halves, in font sizes. */
    static final double GAP = 1.5;

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

        static Halves of(Figure first, Figure second, double width, double height, DrawContext context) {
            double gap = GAP * context.unit();
            double across = Math.max(0, (width - gap) / 2);
            Halves sideBySide = new Halves(across, height, width - across, 0);
            double down = Math.max(0, (height - gap) / 2);
            Halves stacked = new Halves(width, down, 0, height - down);
            return sideBySide.scale(first, second, context) >= stacked.scale(first, second, context) ? sideBySide
                    : stacked;
        }

        /** How large the two figures are drawn in these halves together. */
        private double scale(Figure first, Figure second, DrawContext context) {
            return first.scale(width, height, context) * second.scale(width, height, context);
        }

        boolean sideBySide() {
            return offsetX > 0;
        }
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Halves halves = Halves.of(first, second, width, height, context);
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

    /** The smaller of the two figures' scales, in the halves they are drawn in. */
    @Override
    public double scale(double width, double height, DrawContext context) {
        Halves halves = Halves.of(first, second, width, height, context);
        return Math.min(first.scale(halves.width(), halves.height(), context),
                second.scale(halves.width(), halves.height(), context));
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
        Halves halves = Halves.of(first, second, width, height, context);
        if (x < halves.width() && y < halves.height()) {
            return first.hitTest(x, y, halves.width(), halves.height(), context);
        }
        double sx = x - halves.offsetX();
        double sy = y - halves.offsetY();
        return sx >= 0 && sy >= 0 ? second.hitTest(sx, sy, halves.width(), halves.height(), context) : Optional.empty();
    }

    /** The boxes of both figures' captions, the first's first. */
    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        Halves halves = Halves.of(first, second, width, height, context);
        return Stream.concat(first.captionBoxes(halves.width(), halves.height(), context).stream(),
                second.captionBoxes(halves.width(), halves.height(), context).stream()
                        .map(box -> StagePainter.moved(box, halves.offsetX(), halves.offsetY()))).toList();
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
