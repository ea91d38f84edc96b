package org.convatlas.render.image;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.text.TextAlignment;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.Captions;

/**
 * A picture on the stage: its raster fitted into a box (top-centred, aspect kept), its caption under it (wrapped to
 * the box's width, {@link Captions}), the key to its colours under that, and a mark on the region the current step
 * works on. The mark is outlined in the highlight colour over a halo in the background colour, so that it shows on
 * any picture, and is never drawn smaller than {@link #MIN_MARK} font sizes, so that a 3 × 3 window stays visible on
 * a large picture.
 *
 * @param raster  what to draw, possibly shrunk from the picture for display
 * @param width   the picture's width, in its own pixels
 * @param height  the picture's height, in its own pixels
 * @param caption the lines under the picture
 * @param bar     the key to its colours
 * @param mark    the region to mark, in the picture's pixels; null for none
 */
public record ImagePanel(Raster raster, int width, int height, List<Message> caption, ColourBar bar,
                         PixelRegion mark) {

    /** The smallest side of a drawn mark, in font sizes. */
    public static final double MIN_MARK = 0.8;

    public ImagePanel {
        Objects.requireNonNull(raster, "raster");
        caption = List.copyOf(caption);
        Objects.requireNonNull(bar, "bar");
    }

    /** This panel with {@code region} marked instead. */
    public ImagePanel withMark(PixelRegion region) {
        return new ImagePanel(raster, width, height, caption, bar, region);
    }

    /** The height the panel takes when drawn into a box {@code w} pixels wide and at most {@code maxH} high. */
    public double height(double w, double maxH, DrawContext context) {
        double scale = scale(w, maxH, context);
        return scale > 0 ? height * scale + textHeight(w, context) : maxH;
    }

    /** Draws the panel into the box with top-left corner {@code (x, y)} and size {@code w × h}, in pixels. */
    public void draw(GraphicsContext g, double x, double y, double w, double h, DrawContext context) {
        double unit = context.unit();
        double scale = scale(w, h, context);
        if (!(scale > 0)) {
            return;
        }
        double drawnW = width * scale;
        double drawnH = height * scale;
        double left = x + (w - drawnW) / 2;
        g.save();
        drawPicture(g, left, y, drawnW, drawnH, context);
        g.setStroke(context.palette().gridLine());
        g.setLineWidth(1);
        g.strokeRect(left - 0.5, y - 0.5, drawnW + 1, drawnH + 1);
        if (mark != null) {
            drawMark(g, left, y, scale, context);
        }

        g.setFont(context.font());
        g.setFill(context.palette().ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lineTop = y + drawnH + 0.3 * unit;
        for (String line : Captions.lines(caption, w, context)) {
            g.fillText(line, left + drawnW / 2, lineTop);
            lineTop += Captions.LINE * unit;
        }
        double barWidth = Math.min(drawnW, 14 * unit);
        bar.draw(g, left + (drawnW - barWidth) / 2, lineTop + 0.1 * unit, barWidth, context);
        g.restore();
    }

    /**
     * Draws the raster over {@code drawnW × drawnH} at {@code (left, top)}. A raster drawn smaller than it is, is
     * drawn from a copy {@link Raster#image(int, int, boolean) shrunk to the device pixels it covers}, placed on
     * whole device pixels, when the raster offers one, else shrunk by the canvas with smoothing; a larger one is
     * drawn with its pixels as blocks.
     */
    private void drawPicture(GraphicsContext g, double left, double top, double drawnW, double drawnH,
                             DrawContext context) {
        double pixels = context.pixelScale();
        int screenW = (int) Math.round(drawnW * pixels);
        int screenH = (int) Math.round(drawnH * pixels);
        Image image = raster.image(screenW, screenH, !context.onScreen());
        if (image.getWidth() == screenW && image.getHeight() == screenH) {
            g.drawImage(image, Math.round(left * pixels) / pixels, Math.round(top * pixels) / pixels,
                    screenW / pixels, screenH / pixels);
        } else {
            g.setImageSmoothing(drawnW < raster.width());
            g.drawImage(image, left, top, drawnW, drawnH);
        }
    }

    /**
     * The picture's pixel {@code (row, column)} under the point {@code (px, py)} when the panel is drawn into the box
     * with top-left corner {@code (x, y)} and size {@code w × h}; empty when the point is not on the picture.
     */
    public Optional<int[]> pixelAt(double px, double py, double x, double y, double w, double h,
                                   DrawContext context) {
        double scale = scale(w, h, context);
        double left = x + (w - width * scale) / 2;
        int column = (int) Math.floor((px - left) / scale);
        int row = (int) Math.floor((py - y) / scale);
        boolean inside = scale > 0 && row >= 0 && row < height && column >= 0 && column < width;
        return inside ? Optional.of(new int[] {row, column}) : Optional.empty();
    }

    /** Screen pixels per picture pixel, so that the picture and its text fit {@code w × h}; 0 if nothing fits. */
    private double scale(double w, double h, DrawContext context) {
        return Math.max(0, Math.min(w / width, (h - textHeight(w, context)) / height));
    }

    /** The height of the caption and the colour bar under the picture in a box {@code w} wide. */
    private double textHeight(double w, DrawContext context) {
        return Captions.height(caption, w, context) + ColourBar.height(context) + 0.4 * context.unit();
    }

    /** Where the mark goes: the region scaled onto the drawn picture, grown about its centre to the smallest size. */
    private void drawMark(GraphicsContext g, double left, double top, double scale, DrawContext context) {
        double minSide = MIN_MARK * context.unit();
        double markW = Math.max(minSide, mark.columns() * scale);
        double markH = Math.max(minSide, mark.rows() * scale);
        double centreX = left + (mark.left() + mark.columns() / 2.0) * scale;
        double centreY = top + (mark.top() + mark.rows() / 2.0) * scale;
        double line = Math.max(2, context.unit() / 8);
        g.setStroke(context.palette().background());
        g.setLineWidth(3 * line);
        g.strokeRect(centreX - markW / 2, centreY - markH / 2, markW, markH);
        g.setStroke(context.palette().color(Role.HIGHLIGHT));
        g.setLineWidth(line);
        g.strokeRect(centreX - markW / 2, centreY - markH / 2, markW, markH);
    }
}
