package org.convatlas.render;

import javafx.scene.canvas.GraphicsContext;

/**
 * Draws a whole stage: the background, the figure, and below it the figure's legend, with a margin of one font
 * size all round. The window's stage and every export call this one method, so they show the same picture.
 */
public final class StagePainter {

    private StagePainter() {
    }

    /** Paints {@code figure} into the rectangle {@code [0, width] × [0, height]} of {@code g}, in pixels. */
    public static void paint(GraphicsContext g, double width, double height, Figure figure, DrawContext context) {
        g.save();
        g.setFill(context.palette().background());
        g.fillRect(0, 0, width, height);
        double margin = context.unit();
        double innerWidth = Math.max(0, width - 2 * margin);
        Legend legend = new Legend(figure.roles(), innerWidth, context);
        double legendSpace = legend.height() > 0 ? legend.height() + margin : 0;
        double figureHeight = Math.max(0, height - 2 * margin - legendSpace);

        g.save();
        g.translate(margin, margin);
        figure.draw(g, innerWidth, figureHeight, context);
        g.restore();
        legend.draw(g, margin, height - margin - legend.height(), context);
        g.restore();
    }
}
