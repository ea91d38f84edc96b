package org.convatlas.render.chrome;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.render.DrawContext;

/**
 * A caption over a part of a figure, in the label font and the ink, on lines no wider than its place
 * ({@link WrappedText}: wrapped, never narrowed), {@link Captions#LINE} font sizes apart. It is placed by the bottom of
 * its last line, so that a caption that takes a second line grows upwards, away from what it names; its lines start
 * at, or are centred on, one x.
 */
public final class WrappedCaption {

    private final List<String> lines;
    private final double[] widths;
    private final double lineHeight;
    private final DrawContext context;

    private WrappedCaption(List<String> lines, double[] widths, double lineHeight, DrawContext context) {
        this.lines = lines;
        this.widths = widths;
        this.lineHeight = lineHeight;
        this.context = context;
    }

    /** {@code text} on lines at most {@code width} pixels wide in the label font of {@code context}. */
    public static WrappedCaption of(String text, double width, DrawContext context) {
        Font font = context.font();
        List<String> wrapped = WrappedText.lines(List.of(text), "", font, width);
        List<String> lines = wrapped.isEmpty() ? List.of("") : wrapped;
        Text measure = new Text(text);
        measure.setFont(font);
        double lineHeight = measure.getLayoutBounds().getHeight();
        double[] widths = new double[lines.size()];
        for (int i = 0; i < widths.length; i++) {
            measure.setText(lines.get(i));
            widths[i] = measure.getLayoutBounds().getWidth();
        }
        return new WrappedCaption(lines, widths, lineHeight, context);
    }

    /**
     * Where the caption is written with its lines starting at {@code x} ({@link TextAlignment#LEFT}) or centred on it
     * ({@link TextAlignment#CENTER}), its last line's bottom at {@code bottom}: from its first line's top, as wide as
     * its widest line.
     */
    public Rectangle2D box(double x, TextAlignment alignment, double bottom) {
        double width = 0;
        for (double line : widths) {
            width = Math.max(width, line);
        }
        double top = lineBottom(0, bottom) - lineHeight;
        return new Rectangle2D(alignment == TextAlignment.CENTER ? x - width / 2 : x, top, width, bottom - top);
    }

    /** Writes the caption as {@link #box} places it. */
    public void draw(GraphicsContext g, double x, TextAlignment alignment, double bottom) {
        g.save();
        g.setFont(context.font());
        g.setFill(context.palette().ink());
        g.setTextAlign(alignment);
        g.setTextBaseline(VPos.BOTTOM);
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), x, lineBottom(i, bottom));
        }
        g.restore();
    }

    /** The bottom of line {@code i} when the last line's is {@code bottom}. */
    private double lineBottom(int i, double bottom) {
        return bottom - (lines.size() - 1 - i) * Captions.LINE * context.unit();
    }
}
