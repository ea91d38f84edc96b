package org.convatlas.render.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.convatlas.render.Pixels;
import org.convatlas.ui.AppFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lines that keep to a width at the font's full size, breaking between pieces first. */
class WrappedTextTest {

    private static final String SEPARATOR = " · ";
    private static final Font FONT = Font.font(16);

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    /** The text without its spaces and separators, which the breaks may take away. */
    private static String letters(List<String> texts) {
        return String.join("", texts).replaceAll("[\\s·]", "");
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    @Test
    void piecesThatFitStayOnOneLine() {
        assertEquals(List.of("Stride: 2 · Padding: 0"),
                WrappedText.lines(List.of("Stride: 2", "Padding: 0"), SEPARATOR, FONT, 1000));
    }

    @Test
    void aLineBreaksBetweenPiecesLeavingTheSeparatorOut() {
        List<String> pieces = List.of("Multiplications so far: 9 of 225", "Useful multiplications (scatter): 36",
                "Output size: 5 × 5");
        double width = width(pieces.get(0) + SEPARATOR + pieces.get(1), FONT) + 1;
        assertEquals(List.of(pieces.get(0) + SEPARATOR + pieces.get(1), pieces.get(2)),
                WrappedText.lines(pieces, SEPARATOR, FONT, width));
    }

    @Test
    void aPieceLongerThanALineBreaksAtSpacesAndAWordLongerThanALineBetweenCharacters() {
        List<String> pieces = List.of("Zeros inserted: grid 3 × 3, border (top, left, bottom, right) 2, 2, 2, 2",
                "Unbreakable_identifier_longer_than_a_line");
        double width = width("Zeros inserted: grid", FONT) + 1;
        List<String> lines = WrappedText.lines(pieces, SEPARATOR, FONT, width);
        assertEquals("Zeros inserted: grid", lines.get(0));
        assertTrue(lines.size() > 4, lines.toString());
        for (String line : lines) {
            assertTrue(width(line, FONT) <= width, "'" + line + "' keeps to the width");
        }
        assertEquals(letters(pieces), letters(lines), "nothing is lost");
    }

    @Test
    void chineseBreaksBetweenCharactersButNotBeforeAClosingMark() {
        Font font = Font.font(AppFonts.familyFor(Locale.SIMPLIFIED_CHINESE).orElseThrow(), 16);
        String piece = "插零：网格 3 × 3，边框（上、左、下、右）2、2、2、2";
        List<String> lines = WrappedText.lines(List.of(piece), SEPARATOR, font, width("插零：网格 3 × 3，边", font) + 1);
        assertTrue(lines.size() > 1, lines.toString());
        assertEquals(letters(List.of(piece)), letters(lines), "nothing is lost");
        for (String line : lines) {
            assertTrue(!line.startsWith("，") && !line.startsWith("）") && !line.startsWith("、"), line);
        }
    }

    @Test
    void aSizeStaysOnOneLine() {
        String note = "One unit of layer 3 sees 15 × 15 input cells; each layer has 9 weights (3 × 3).";
        for (double width : new double[] {width("One unit of layer 3 sees 15", FONT) + 1,
            width(note.substring(0, note.length() - 2), FONT)}) {
            for (String line : WrappedText.lines(List.of(note), "", FONT, width)) {
                assertTrue(!line.endsWith("×") && !line.startsWith("×"), "'" + line + "' keeps its size whole");
            }
        }
    }

    @Test
    void atItsTwoLineWidthATextTakesTwoLinesAndNoNarrowerWidthHoldsItInTwo() {
        Font chinese = Font.font(AppFonts.familyFor(Locale.SIMPLIFIED_CHINESE).orElseThrow(), 16);
        for (String text : List.of("Filter 0: 192×1×1", "Output 128×5×5", "滤波器 0：1×3×3×3")) {
            Font font = text.startsWith("滤") ? chinese : FONT;
            double least = WrappedText.twoLineWidth(text, font);
            assertTrue(least < width(text, font), text + " breaks");
            assertEquals(2, WrappedText.lines(List.of(text), "", font, least).size(), text);
            assertTrue(WrappedText.lines(List.of(text), "", font, least - 1).size() > 2, text + " is least");
        }
        assertEquals(width("1×3×3", FONT), WrappedText.twoLineWidth("1×3×3", FONT), "no break");
    }
}
