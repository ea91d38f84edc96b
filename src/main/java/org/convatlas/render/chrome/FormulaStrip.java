package org.convatlas.render.chrome;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Role;

/**
 * One line of mathematics with the step's real numbers, its pieces coloured by role: a head, terms joined by a
 * separator, and a tail, for example {@code y[1,2] = } then {@code 1·3}, {@code 0·(−1)}, ... joined by
 * {@code  + }, then {@code  = 7}. Too long for its width, its type first shrinks a little, down to
 * {@link #FITTED_SCALE}; still too long, it keeps as many terms as fit, from both ends, with an ellipsis in the
 * middle ({@code 1·3 + 0·(−1) + … + 2·1}); and if even that does not fit, its type shrinks further, down to
 * {@link #SMALLEST_SCALE}. All type sizes are in label font sizes.
 */
public final class FormulaStrip {

    /** The type size of the strip. */
    public static final double SCALE = 1.25;
    /** The type size the strip shrinks to before it leaves terms out. */
    public static final double FITTED_SCALE = 0.9;
    /** The smallest type size the strip shrinks to. */
    public static final double SMALLEST_SCALE = 0.75;
    /** The share of the width a shrunk line aims at, so that it fits whole rather than losing a term. */
    private static final double FIT_MARGIN = 0.98;
    /** What stands for the terms left out. */
    public static final String ELLIPSIS = "\u2026";

    /**
     * A piece of text in the colour of a role.
     *
     * @param text the text
     * @param role the role whose colour it takes, or null for the ink
     */
    public record Piece(String text, Role role) {

        public Piece {
            Objects.requireNonNull(text, "text");
        }

        /** A piece in the ink. */
        public static Piece plain(String text) {
            return new Piece(text, null);
        }
    }

    private final List<Piece> head;
    private final List<List<Piece>> terms;
    private final Piece separator;
    private final List<Piece> tail;

    /**
     * @param head      what comes before the terms
     * @param terms     the terms, each of one or more pieces
     * @param separator what joins two terms
     * @param tail      what comes after the terms
     */
    public FormulaStrip(List<Piece> head, List<List<Piece>> terms, Piece separator, List<Piece> tail) {
        this.head = List.copyOf(head);
        this.terms = terms.stream().map(List::copyOf).toList();
        this.separator = Objects.requireNonNull(separator, "separator");
        this.tail = List.copyOf(tail);
    }

    /** The whole line, no term left out, as plain text. */
    public String text() {
        return textOf(head) + terms.stream().map(FormulaStrip::textOf).collect(Collectors.joining(separator.text()))
                + textOf(tail);
    }

    /**
     * Draws the line centred on {@code (centreX, centreY)} within {@code maxWidth} pixels, shrinking its type,
     * leaving terms out in the middle and shrinking it further as needed.
     */
    public void draw(GraphicsContext g, double centreX, double centreY, double maxWidth, DrawContext context) {
        Fit fit = fit(maxWidth, context);
        g.save();
        g.setFont(fit.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        Text measure = measurer(fit.font());
        double x = centreX - fit.width() / 2;
        for (Piece piece : fit.pieces()) {
            g.setFill(piece.role() == null ? context.palette().ink() : context.palette().text(piece.role()));
            g.fillText(piece.text(), x, centreY);
            x += width(piece, measure);
        }
        g.restore();
    }

    /**
     * What is drawn in {@code maxWidth} pixels: the pieces, their font and their width.
     *
     * @param pieces the pieces, terms left out replaced by an ellipsis
     * @param font   their font
     * @param width  their width in pixels
     */
    record Fit(List<Piece> pieces, Font font, double width) {

        /** The text drawn. */
        String text() {
            return textOf(pieces);
        }
    }

    /** The pieces and font {@link #draw} uses in {@code maxWidth} pixels. */
    Fit fit(double maxWidth, DrawContext context) {
        double scale = SCALE;
        Font font = context.mathFont(scale);
        List<Piece> line = line(terms.size(), 0);
        double width = width(line, font);
        for (double smallest : new double[] {FITTED_SCALE, SMALLEST_SCALE}) {
            if (width <= maxWidth) {
                break;
            }
            // a little under the proportion: text widths do not scale exactly with the type size
            scale = Math.max(smallest, scale * maxWidth / width * FIT_MARGIN);
            font = context.mathFont(scale);
            line = fitted(maxWidth, font);
            width = width(line, font);
        }
        return new Fit(line, font, width);
    }

    /**
     * The pieces to draw: every term if they fit in {@code maxWidth}, else the most terms that fit, taken from both
     * ends (one more from the front when odd), with the ellipsis between; at least one from each end.
     */
    private List<Piece> fitted(double maxWidth, Font font) {
        Text measure = measurer(font);
        double fixed = width(head, measure) + width(tail, measure);
        double[] termWidths = terms.stream().mapToDouble(term -> width(term, measure)).toArray();
        double separatorWidth = width(separator, measure);
        double ellipsisWidth = width(Piece.plain(ELLIPSIS), measure) + separatorWidth;
        int n = terms.size();
        if (fixed + sum(termWidths, 0, n) + Math.max(0, n - 1) * separatorWidth <= maxWidth || n <= 2) {
            return line(n, 0);
        }
        for (int kept = n - 1; kept > 2; kept--) {
            int front = (kept + 1) / 2;
            int back = kept - front;
            double width = fixed + sum(termWidths, 0, front) + sum(termWidths, n - back, n)
                    + (kept - 1) * separatorWidth + ellipsisWidth;
            if (width <= maxWidth) {
                return line(front, back);
            }
        }
        return line(1, 1);
    }

    /** The head, the first {@code front} terms, an ellipsis if terms are left out, the last {@code back}, the tail. */
    private List<Piece> line(int front, int back) {
        List<Piece> pieces = new ArrayList<>(head);
        for (int i = 0; i < front; i++) {
            if (i > 0) {
                pieces.add(separator);
            }
            pieces.addAll(terms.get(i));
        }
        if (front + back < terms.size()) {
            pieces.add(separator);
            pieces.add(Piece.plain(ELLIPSIS));
        }
        for (int i = terms.size() - back; i < terms.size(); i++) {
            pieces.add(separator);
            pieces.addAll(terms.get(i));
        }
        pieces.addAll(tail);
        return pieces;
    }

    private static Text measurer(Font font) {
        Text measure = new Text();
        measure.setFont(font);
        return measure;
    }

    private static double width(Piece piece, Text measure) {
        measure.setText(piece.text());
        return measure.getLayoutBounds().getWidth();
    }

    private static double width(List<Piece> pieces, Text measure) {
        return pieces.stream().mapToDouble(piece -> width(piece, measure)).sum();
    }

    private static double width(List<Piece> pieces, Font font) {
        return width(pieces, measurer(font));
    }

    private static double sum(double[] values, int from, int to) {
        double total = 0;
        for (int i = from; i < to; i++) {
            total += values[i];
        }
        return total;
    }

    private static String textOf(List<Piece> pieces) {
        return pieces.stream().map(Piece::text).collect(Collectors.joining());
    }
}
