package org.convatlas.render;

import static org.convatlas.render.StagePainter.moved;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.i18n.Message;

/**
 * Two figures one above the other: the top one in the first {@code topShare} of the height, the bottom one in the
 * rest after a gap of one font size. The legend lists the roles of both; the pointer is answered by the figure it is
 * on.
 *
 * @param top      the upper figure
 * @param bottom   the lower figure
 * @param topShare the upper figure's share of the height, in {@code (0, 1)}
 */
public record FigureColumn(Figure top, Figure bottom, double topShare) implements Figure {

    public FigureColumn {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(bottom, "bottom");
        if (!(topShare > 0 && topShare < 1)) {
            throw new IllegalArgumentException("the upper share is in (0, 1) (got " + topShare + ")");
        }
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        top.draw(g, width, topHeight(height), context);
        g.save();
        g.translate(0, bottomTop(height, context));
        bottom.draw(g, width, height - bottomTop(height, context), context);
        g.restore();
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        double split = bottomTop(height, context);
        return y < split ? top.hitTest(x, y, width, topHeight(height), context)
                : bottom.hitTest(x, y - split, width, height - split, context);
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = new LinkedHashSet<>(top.roles());
        roles.addAll(bottom.roles());
        return roles;
    }

    /** The boxes of both figures' captions, the upper one's first. */
    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        double split = bottomTop(height, context);
        return Stream.concat(top.captionBoxes(width, topHeight(height), context).stream(),
                bottom.captionBoxes(width, height - split, context).stream().map(b -> moved(b, 0, split))).toList();
    }

    /** The captions of both figures, the first's first. */
    @Override
    public List<Message> captions() {
        return Stream.of(top, bottom).flatMap(f -> f.captions().stream()).toList();
    }

    /** Each figure's description, the top's first. */
    @Override
    public String describe(DrawContext context) {
        return top.describe(context) + "\n" + bottom.describe(context);
    }

    /** The strips of both figures that have one, joined by a bar. */
    @Override
    public String stripText() {
        return Stream.of(top, bottom).map(Figure::stripText).filter(s -> !s.isEmpty()).collect(Collectors.joining(" | "));
    }

    private double topHeight(double height) {
        return topShare * height;
    }

    private double bottomTop(double height, DrawContext context) {
        return topHeight(height) + context.unit();
    }
}
