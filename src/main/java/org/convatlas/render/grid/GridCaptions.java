package org.convatlas.render.grid;

import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;

/**
 * Captions over grids, one line each, in the label font and the ink: centred over the grid, their bottom
 * {@link #LIFT} font sizes over its top. Layouts leave room for them ({@link #width}); {@link #boxes} says where they
 * are, as {@link #draw} writes them.
 */
public final class GridCaptions {

    /** The space between a caption and its grid, in font sizes. */
    public static final double LIFT = 0.4;

    private GridCaptions() {
    }

    /** The width of {@code caption} in the label font, in pixels. */
    public static double width(Message caption, DrawContext context) {
        return measure(context.text(caption), context).getWidth();
    }

    /** Writes each caption over its grid. */
    public static void draw(GraphicsContext g, Map<GridGeometry, Message> captions, DrawContext context) {
        g.save();
        g.setFont(context.font());
        g.setFill(context.palette().ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        captions.forEach((grid, caption) -> g.fillText(context.text(caption), grid.left() + grid.width() / 2,
                bottom(grid, context)));
        g.restore();
    }

    /** The box each caption takes, in the order of {@code captions}. */
    public static List<Rectangle2D> boxes(Map<GridGeometry, Message> captions, DrawContext context) {
        return captions.entrySet().stream().map(e -> {
            GridGeometry grid = e.getKey();
            Rectangle2D text = measure(context.text(e.getValue()), context);
            return new Rectangle2D(grid.left() + (grid.width() - text.getWidth()) / 2,
                    bottom(grid, context) - text.getHeight(), text.getWidth(), text.getHeight());
        }).toList();
    }

    private static double bottom(GridGeometry grid, DrawContext context) {
        return grid.top() - LIFT * context.unit();
    }

    /** The size of {@code text} in the label font, as a box from the origin. */
    private static Rectangle2D measure(String text, DrawContext context) {
        Text node = new Text(text);
        node.setFont(context.font());
        return new Rectangle2D(0, 0, node.getLayoutBounds().getWidth(), node.getLayoutBounds().getHeight());
    }
}
