package org.convatlas.render.chrome;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text set in lines no wider than a width, at its font's full size: text that does not fit takes more lines, it is
 * never narrowed. The text is a list of pieces (the lines of a counts card, the parameters of a lesson) that follow
 * one another joined by a separator; a line breaks between two pieces where it can, the separator left out at the
 * break. A piece longer than a line breaks where Unicode's line-breaking rules allow, which are the same in English
 * and Chinese ({@link BreakIterator#getLineInstance}: after a space, between two Chinese characters, never before a
 * closing mark) except beside a multiplication sign, so that a size such as {@code 3 × 3} stays on one line; and a
 * word longer than a line between two characters.
 */
public final class WrappedText {

    private static final String TIMES = "\u00D7";

    private WrappedText() {
    }

    /** {@code pieces} joined by {@code separator} in lines at most {@code width} pixels wide in {@code font}. */
    public static List<String> lines(List<String> pieces, String separator, Font font, double width) {
        Lines lines = new Lines(font, width);
        for (String piece : pieces) {
            lines.add(piece, separator);
        }
        return lines.finish();
    }

    /**
     * The least width in which {@link #lines} sets {@code text} on at most two lines in {@code font}: the wider of its
     * two parts at the break where that is least, or its whole width when it has no break.
     */
    public static double twoLineWidth(String text, Font font) {
        Text measure = new Text();
        measure.setFont(font);
        double least = width(measure, text);
        for (int at : breaks(text)) {
            if (at < text.length()) {
                least = Math.min(least, Math.max(width(measure, text.substring(0, at).stripTrailing()),
                        width(measure, text.substring(at))));
            }
        }
        return least;
    }

    /**
     * Where a line may break in {@code text}, after the offsets at which a line may end: Unicode's breaks but those
     * beside a multiplication sign; the last is the text's length.
     */
    private static List<Integer> breaks(String text) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        List<Integer> at = new ArrayList<>();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            boolean besideTimes = end < text.length() && (text.substring(0, end).stripTrailing().endsWith(TIMES)
                    || text.startsWith(TIMES, end));
            if (!besideTimes) {
                at.add(end);
            }
        }
        return at;
    }

    private static double width(Text measure, String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** Lines being filled: the finished ones and the one being written. */
    private static final class Lines {

        private final List<String> done = new ArrayList<>();
        private final Text measure = new Text();
        private final double width;
        private String current = "";

        Lines(Font font, double width) {
            measure.setFont(font);
            this.width = width;
        }

        /** Adds {@code piece} after the current line's text and {@code separator}, or on a line of its own. */
        void add(String piece, String separator) {
            if (current.isEmpty() ? fits(piece) : fits(current + separator + piece)) {
                current = current.isEmpty() ? piece : current + separator + piece;
                return;
            }
            breakLine();
            if (fits(piece)) {
                current = piece;
                return;
            }
            int start = 0;
            for (int end : breaks(piece)) {
                addSegment(piece.substring(start, end));
                start = end;
            }
        }

        /** Adds a part of a piece that may not be broken except between characters when it is longer than a line. */
        private void addSegment(String segment) {
            if (fits((current + segment).stripTrailing())) {
                current += segment;
                return;
            }
            breakLine();
            if (fits(segment.stripTrailing())) {
                current = segment;
                return;
            }
            segment.codePoints().forEach(c -> {
                String character = Character.toString(c);
                if (!current.isEmpty() && !fits(current + character)) {
                    breakLine();
                }
                current += character;
            });
        }

        private void breakLine() {
            if (!current.isBlank()) {
                done.add(current.stripTrailing());
            }
            current = "";
        }

        private boolean fits(String text) {
            return width(measure, text) <= width;
        }

        List<String> finish() {
            breakLine();
            return List.copyOf(done);
        }
    }
}
