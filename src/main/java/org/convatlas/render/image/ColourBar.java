package org.convatlas.render.image;

import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.text.TextAlignment;
import org.convatlas.render.DrawContext;
import org.convatlas.render.chrome.NumberText;

/**
 * The key to a {@link ToneMap}: a bar shaded from the map's low end to its high end, with the values at its ends
 * (and at its middle for a diverging map) written under it: {@code 0 … 1}, {@code 0 … ≥ 1.23},
 * {@code −1.23 … 0 … 1.23}.
 *
 * @param map      the mapping
 * @param channels 1 or 3, the channels of the mapped values
 * @param scale    the value at full strength
 */
public record ColourBar(ToneMap map, int channels, float scale) {

    /** The bar's height, in font sizes; its labels take one font size more. */
    private static final double BAR_HEIGHT = 0.6;

    public ColourBar {
        Objects.requireNonNull(map, "map");
    }

    /** The height the bar and its labels take, in pixels. */
    public static double height(DrawContext context) {
        return (BAR_HEIGHT + 1.2) * context.unit();
    }

    /** Draws the bar {@code width} pixels wide with its top-left corner at {@code (x, y)}. */
    public void draw(GraphicsContext g, double x, double y, double width, DrawContext context) {
        double unit = context.unit();
        g.save();
        g.setFill(new LinearGradient(x, 0, x + width, 0, false, CycleMethod.NO_CYCLE, map.stops(channels)));
        g.fillRect(x, y, width, BAR_HEIGHT * unit);
        g.setStroke(context.palette().gridLine());
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, width - 1, BAR_HEIGHT * unit - 1);
        g.setFont(context.font());
        g.setFill(context.palette().mutedInk());
        g.setTextBaseline(VPos.TOP);
        double labelTop = y + (BAR_HEIGHT + 0.15) * unit;
        List<String> labels = labels();
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(labels.get(0), x, labelTop);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(labels.get(labels.size() - 1), x + width, labelTop);
        if (labels.size() == 3) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(labels.get(1), x + width / 2, labelTop);
        }
        g.restore();
    }

    /** The values written under the bar, low end first. */
    List<String> labels() {
        String s = NumberText.of(scale);
        return switch (map) {
            case CLIP -> List.of("0", "1");
            case MAGNITUDE -> List.of("0", "\u2265 " + s);
            case DIVERGING -> List.of(NumberText.of(-scale), "0", s);
        };
    }
}
