package org.convatlas.render;

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
}
