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
import org.convatlas.render.chrome.WrappedCaption;
import org.convatlas.render.chrome.WrappedText;

/**
 * Captions over grids, in the label font and the ink: centred over the grid, their bottom {@link #LIFT} font sizes
 * over its top; on one line, narrowed only where a layout found no room for them ({@code maxWidth}), or wrapped onto
 * more lines where a layout gave them a place to keep to ({@link #drawWrapped}), their last line where a caption of one
 * line is. Layouts leave room for them ({@link #width}, {@link #twoLineWidth}); {@link #box} and {@link #wrappedBox}
 * say where one is, as {@link #draw} and {@link #drawWrapped} write it.
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

    /** The least width in which {@code caption} takes at most two lines in the label font, in pixels. */
    public static double twoLineWidth(Message caption, DrawContext context) {
        return WrappedText.twoLineWidth(context.text(caption), context.font());
    }

    /** Writes {@code caption} over {@code grid} on lines at most {@code width} pixels wide. */
    public static void drawWrapped(GraphicsContext g, GridGeometry grid, Message caption, double width,
                                   DrawContext context) {
        WrappedCaption.of(context.text(caption), width, context).draw(g, grid.left() + grid.width() / 2,
                TextAlignment.CENTER, bottom(grid, context));
    }

    /** The box {@code caption} takes over {@code grid} on lines at most {@code width} pixels wide. */
    public static Rectangle2D wrappedBox(GridGeometry grid, Message caption, double width, DrawContext context) {
        return WrappedCaption.of(context.text(caption), width, context).box(grid.left() + grid.width() / 2,
                TextAlignment.CENTER, bottom(grid, context));
    }

    /** Writes each caption over its grid, at its full width. */
    public static void draw(GraphicsContext g, Map<GridGeometry, Message> captions, DrawContext context) {
        captions.forEach((grid, caption) -> draw(g, grid, caption, Double.MAX_VALUE, context));
    }

    /** Writes {@code caption} over {@code grid}, at most {@code maxWidth} pixels wide. */
    public static void draw(GraphicsContext g, GridGeometry grid, Message caption, double maxWidth,
                            DrawContext context) {
        g.save();
        g.setFont(context.font());
        g.setFill(context.palette().ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(context.text(caption), grid.left() + grid.width() / 2, bottom(grid, context), maxWidth);
        g.restore();
    }

    /** The box each caption takes at its full width, in the order of {@code captions}. */
    public static List<Rectangle2D> boxes(Map<GridGeometry, Message> captions, DrawContext context) {
        return captions.entrySet().stream().map(e -> box(e.getKey(), e.getValue(), Double.MAX_VALUE, context))
                .toList();
    }

    /** The box {@code caption} takes over {@code grid}, at most {@code maxWidth} pixels wide. */
    public static Rectangle2D box(GridGeometry grid, Message caption, double maxWidth, DrawContext context) {
        Rectangle2D text = measure(context.text(caption), context);
        double width = Math.min(maxWidth, text.getWidth());
        return new Rectangle2D(grid.left() + (grid.width() - width) / 2, bottom(grid, context) - text.getHeight(),
                width, text.getHeight());
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
