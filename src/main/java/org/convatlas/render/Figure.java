package org.convatlas.render;

import java.util.Optional;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;

/**
 * What one step of a lesson looks like, as an immutable description that draws itself: grids, tensors, kernel
 * windows, arrows, labels. The screen and every export draw the same figure through {@link StagePainter}.
 */
public interface Figure {

    /** A figure that draws nothing. */
    Figure NONE = (g, width, height, context) -> { };

    /**
     * Draws the figure into the rectangle {@code [0, width] × [0, height]} of {@code g} (in pixels), centred and
     * scaled to fit.
     */
    void draw(GraphicsContext g, double width, double height, DrawContext context);

    /** The roles the figure shows, in the order its legend lists them; empty for no legend. */
    default Set<Role> roles() {
        return Set.of();
    }

    /**
     * The cell under the point {@code (x, y)} when the figure is drawn into {@code [0, width] × [0, height]} with
     * {@code context}, so that the stage can answer the pointer; empty when the point is on no cell, and for figures
     * that do not tell.
     */
    default Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        return Optional.empty();
    }

    /** What the figure shows, in words (captions and formula), for screen readers and tests; empty for nothing. */
    default String describe(DrawContext context) {
        return "";
    }
}
