package org.convatlas.render;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.i18n.Message;

/**
 * A figure that names the cells under the pointer in other terms than the figure it draws: for example the cells of
 * a zero-inserted grid by the input elements they hold, so that two pictures of one computation answer the pointer
 * alike. Draws, legends and describes as the figure it wraps.
 */
public final class HitMappedFigure implements Figure {

    private final Figure figure;
    private final Function<Hit, Optional<Hit>> mapping;

    /**
     * @param figure  the figure drawn
     * @param mapping what a hit of {@code figure} stands for; empty for a cell that answers nothing
     */
    public HitMappedFigure(Figure figure, Function<Hit, Optional<Hit>> mapping) {
        this.figure = figure;
        this.mapping = mapping;
    }

    /** The figure drawn. */
    public Figure figure() {
        return figure;
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        figure.draw(g, width, height, context);
    }

    @Override
    public Set<Role> roles() {
        return figure.roles();
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        return figure.hitTest(x, y, width, height, context).flatMap(mapping);
    }

    @Override
    public List<Message> captions() {
        return figure.captions();
    }

    @Override
    public double scale(double width, double height, DrawContext context) {
        return figure.scale(width, height, context);
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        return figure.captionBoxes(width, height, context);
    }

    @Override
    public String stripText() {
        return figure.stripText();
    }
}
