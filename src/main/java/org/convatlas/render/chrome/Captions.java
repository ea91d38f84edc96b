package org.convatlas.render.chrome;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;

/** Lines of text under a part of a figure, centred, {@link #LINE} font sizes apart, in the current language. */
public final class Captions {

    /** The height of a line, in font sizes. */
    public static final double LINE = 1.3;

    private Captions() {
    }

    /** The height {@code count} lines take, in pixels. */
    public static double height(int count, DrawContext context) {
        return count * LINE * context.unit();
    }

    /** Writes {@code lines} centred on {@code centreX} from {@code top} down, each squeezed to at most {@code maxW}. */
    public static void draw(GraphicsContext g, List<Message> lines, double centreX, double top, double maxW,
                            DrawContext context) {
        g.save();
        g.setFont(context.font());
        g.setFill(context.palette().ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double y = top;
        for (Message line : lines) {
            g.fillText(context.text(line), centreX, y, maxW);
            y += LINE * context.unit();
        }
        g.restore();
    }
}
