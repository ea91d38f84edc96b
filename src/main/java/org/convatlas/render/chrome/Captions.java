package org.convatlas.render.chrome;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;

/**
 * Lines of text under a part of a figure, centred, {@link #LINE} font sizes apart, in the current language: each
 * message wrapped to the width the part allows ({@link WrappedText}), never narrowed.
 */
public final class Captions {

    /** The height of a line, in font sizes. */
    public static final double LINE = 1.3;

    private Captions() {
    }

    /** The lines {@code captions} take at most {@code maxW} pixels wide. */
    public static List<String> lines(List<Message> captions, double maxW, DrawContext context) {
        return captions.stream().flatMap(caption -> WrappedText.lines(List.of(context.text(caption)), "",
                context.font(), maxW).stream()).toList();
    }

    /** The height {@code captions} take at most {@code maxW} pixels wide, in pixels. */
    public static double height(List<Message> captions, double maxW, DrawContext context) {
        return lines(captions, maxW, context).size() * LINE * context.unit();
    }

    /** Writes {@code captions} centred on {@code centreX} from {@code top} down, wrapped to {@code maxW}. */
    public static void draw(GraphicsContext g, List<Message> captions, double centreX, double top, double maxW,
                            DrawContext context) {
        g.save();
        g.setFont(context.font());
        g.setFill(context.palette().ink());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double y = top;
        for (String line : lines(captions, maxW, context)) {
            g.fillText(line, centreX, y);
            y += LINE * context.unit();
        }
        g.restore();
    }
}
