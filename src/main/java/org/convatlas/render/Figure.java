package org.convatlas.render;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.i18n.Message;

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

    /**
     * The handle the pointer can drag from the point {@code (x, y)} when the figure is drawn into
     * {@code [0, width] × [0, height]} with {@code context}; empty where there is none, and for figures without handles.
     */
    default Optional<Handle> handleAt(double x, double y, double width, double height, DrawContext context) {
        return Optional.empty();
    }

    /**
     * Where the pointer at {@code (x, y)} puts {@code handle}, in the numbers of the grid the handle lies on, when the
     * figure is drawn into {@code [0, width] × [0, height]} with {@code context}; empty for a handle the figure does
     * not have.
     */
    default Optional<GridPoint> handlePoint(Handle handle, double x, double y, double width, double height,
                                            DrawContext context) {
        return Optional.empty();
    }

    /**
     * The figure's labels in the order it draws them (the captions over its grids, stacks and pictures, and any note
     * under them), for screen readers, tests and exports as data; empty for none.
     */
    default List<Message> captions() {
        return List.of();
    }

    /**
     * How large the figure is drawn in a {@code width × height} area: for figures of grids the side of their cells, in
     * pixels, 0 when nothing fits. Figures that arrange others ({@link PairedFigure}) give them the areas where they are
     * drawn larger. A figure that does not say is taken for a row of grids about three times as wide as tall:
     * {@code min(width / 3, height)}.
     */
    default double scale(double width, double height, DrawContext context) {
        return Math.min(width / 3, height);
    }

    /**
     * Where the figure writes the captions over its grids when drawn into {@code [0, width] × [0, height]} with
     * {@code context}, in the order it draws them, so that tests can check that no two overlap; empty for figures that
     * do not tell.
     */
    default List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        return List.of();
    }

    /** The figure's line of mathematics with the step's numbers (its formula strip), in full; empty for none. */
    default String stripText() {
        return "";
    }

    /**
     * What the figure shows, in words, in the language of {@code context}: its captions, then its strip, for example
     * {@code Input 4×4, Kernel 3×3, Output 2×2. y[0,0] = 1·1 + 0·2 + … = 7}; empty for nothing.
     */
    default String describe(DrawContext context) {
        String captions = captions().stream().map(context::text).collect(Collectors.joining(", "));
        String strip = stripText();
        return captions.isEmpty() || strip.isEmpty() ? captions + strip : captions + ". " + strip;
    }
}
