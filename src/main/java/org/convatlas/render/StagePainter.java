package org.convatlas.render;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.render.chrome.Legend;

/**
 * Draws a whole stage: the background, the figure, and below it the figure's legend, with a margin of one font
 * size all round. The window's stage and every export call this one method, so they show the same picture; the
 * stage asks {@link #hitTest} what lies under the pointer in the same layout.
 */
public final class StagePainter {

    private StagePainter() {
    }

    /** Paints {@code figure} into the rectangle {@code [0, width] × [0, height]} of {@code g}, in pixels. */
    public static void paint(GraphicsContext g, double width, double height, Figure figure, DrawContext context) {
        g.save();
        g.setFill(context.palette().background());
        g.fillRect(0, 0, width, height);
        Area area = Area.of(figure, width, height, context);
        g.save();
        g.translate(area.margin(), area.margin());
        figure.draw(g, area.width(), area.height(), context);
        g.restore();
        area.legend().draw(g, area.margin(), height - area.margin() - area.legend().height(), context);
        g.restore();
    }

    /** The cell of {@code figure} under the stage point {@code (x, y)}, as {@link #paint} lays the stage out. */
    public static Optional<Hit> hitTest(Figure figure, double x, double y, double width, double height,
                                        DrawContext context) {
        Area area = Area.of(figure, width, height, context);
        return figure.hitTest(x - area.margin(), y - area.margin(), area.width(), area.height(), context);
    }

    /** The handle of {@code figure} the pointer can drag from the stage point {@code (x, y)}, as {@link #paint} lays it out. */
    public static Optional<Handle> handleAt(Figure figure, double x, double y, double width, double height,
                                            DrawContext context) {
        Area area = Area.of(figure, width, height, context);
        return figure.handleAt(x - area.margin(), y - area.margin(), area.width(), area.height(), context);
    }

    /** Where the stage point {@code (x, y)} puts {@code handle} of {@code figure}, as {@link #paint} lays it out. */
    public static Optional<GridPoint> handlePoint(Figure figure, Handle handle, double x, double y, double width,
                                                  double height, DrawContext context) {
        Area area = Area.of(figure, width, height, context);
        return figure.handlePoint(handle, x - area.margin(), y - area.margin(), area.width(), area.height(), context);
    }

    /** How large {@code figure} is drawn on the stage ({@link Figure#scale}), as {@link #paint} lays it out. */
    public static double scale(Figure figure, double width, double height, DrawContext context) {
        Area area = Area.of(figure, width, height, context);
        return figure.scale(area.width(), area.height(), context);
    }

    /** Where {@code figure} writes its captions on the stage, as {@link #paint} lays it out. */
    public static List<Rectangle2D> captionBoxes(Figure figure, double width, double height, DrawContext context) {
        Area area = Area.of(figure, width, height, context);
        return figure.captionBoxes(area.width(), area.height(), context).stream()
                .map(box -> moved(box, area.margin(), area.margin())).toList();
    }

    /** {@code box} moved by {@code (dx, dy)}. */
    public static Rectangle2D moved(Rectangle2D box, double dx, double dy) {
        return new Rectangle2D(box.getMinX() + dx, box.getMinY() + dy, box.getWidth(), box.getHeight());
    }

    /** The figure's share of the stage: inside the margin, above the legend and a margin over it. */
    private record Area(double margin, double width, double height, Legend legend) {

        static Area of(Figure figure, double width, double height, DrawContext context) {
            double margin = context.unit();
            double innerWidth = Math.max(0, width - 2 * margin);
            Legend legend = new Legend(figure.roles(), innerWidth, context);
            double legendSpace = legend.height() > 0 ? legend.height() + margin : 0;
            return new Area(margin, innerWidth, Math.max(0, height - 2 * margin - legendSpace), legend);
        }
    }
}
