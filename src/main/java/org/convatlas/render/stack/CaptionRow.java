package org.convatlas.render.stack;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.render.DrawContext;
import org.convatlas.render.chrome.Captions;
import org.convatlas.render.chrome.WrappedCaption;
import org.convatlas.render.chrome.WrappedText;

/**
 * The captions over the columns of a {@link StackConvolutionFigure} ({@code Input 1×5×5×5}, {@code Filter 0: 1×3×3×3},
 * {@code Output 1×3×3×3}), each written from its column's left edge and no wider than its column: on one line when the
 * column is wide enough, else wrapped onto two ({@link WrappedCaption}). A column makes room for its caption's
 * {@link #reserve}: its width on one line, or only its width on two when the row may wrap, so that on a narrow stage
 * the captions take a second line instead of squeezing the sheets. The row is {@link #HEIGHT} font sizes high with
 * one line and {@link Captions#LINE} more with two; every caption ends on the row's last line, over its column.
 */
final class CaptionRow {

    /** The height of a row of one line, in font sizes. */
    static final double HEIGHT = 1.8;

    private final List<String> texts;
    private final double[] widths;
    private final double[] twoLineWidths;
    private final boolean wraps;
    private final DrawContext context;
    private final double lineHeight;

    private CaptionRow(List<String> texts, double[] widths, double[] twoLineWidths, boolean wraps,
                       DrawContext context, double lineHeight) {
        this.texts = texts;
        this.widths = widths;
        this.twoLineWidths = twoLineWidths;
        this.wraps = wraps;
        this.context = context;
        this.lineHeight = lineHeight;
    }

    /** A row of {@code captions} in the label font of {@code context}, which may wrap. */
    static CaptionRow of(StackConvolution.Captions captions, DrawContext context) {
        List<String> texts = List.of(context.text(captions.input()), context.text(captions.kernel()),
                context.text(captions.output()));
        Text measure = new Text();
        measure.setFont(context.font());
        double[] widths = new double[texts.size()];
        double[] twoLineWidths = new double[texts.size()];
        for (int i = 0; i < widths.length; i++) {
            measure.setText(texts.get(i));
            widths[i] = measure.getLayoutBounds().getWidth();
            twoLineWidths[i] = WrappedText.twoLineWidth(texts.get(i), context.font());
        }
        return new CaptionRow(texts, widths, twoLineWidths, true, context, measure.getLayoutBounds().getHeight());
    }

    /** The same captions, each on one line: every column makes room for its caption's whole width. */
    CaptionRow unwrapped() {
        return new CaptionRow(texts, widths, twoLineWidths, false, context, lineHeight);
    }

    /** The least width of the column under caption {@code i}, in pixels. */
    double reserve(int i) {
        return wraps ? twoLineWidths[i] : widths[i];
    }

    /** The height of the row over columns {@code columns} wide, in pixels: two lines when a caption needs them. */
    double height(double[] columns) {
        boolean twoLines = false;
        for (int i = 0; i < columns.length; i++) {
            twoLines |= widths[i] > columns[i];
        }
        return (HEIGHT + (twoLines ? Captions.LINE : 0)) * context.unit();
    }

    /**
     * Where caption {@code i} is written from {@code x} in a column {@code column} pixels wide, in a row whose bottom
     * is {@code bottom}.
     */
    Rectangle2D box(int i, double x, double column, double bottom) {
        return caption(i, column).box(x, TextAlignment.LEFT, lastLineBottom(bottom));
    }

    /** Writes caption {@code i} as {@link #box} places it. */
    void draw(GraphicsContext g, int i, double x, double column, double bottom) {
        caption(i, column).draw(g, x, TextAlignment.LEFT, lastLineBottom(bottom));
    }

    private WrappedCaption caption(int i, double column) {
        return WrappedCaption.of(texts.get(i), column, context);
    }

    /** The bottom of a caption's last line: that line is centred on the row's last {@link #HEIGHT}. */
    private double lastLineBottom(double bottom) {
        return bottom - (HEIGHT * context.unit() - lineHeight) / 2;
    }
}
