package org.convatlas.render.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.text.Font;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Palette;
import org.convatlas.render.Pixels;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormulaStripTest {

    private static final DrawContext CONTEXT =
            new DrawContext(Palette.LIGHT, Font.font(16), role -> role.name().toLowerCase());

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    /** {@code y = 1·1 + 2·2 + ... + n·n = total}, the factors in the input's and the kernel's colours. */
    private static FormulaStrip squares(int n) {
        List<List<Piece>> terms = new ArrayList<>();
        int total = 0;
        for (int i = 1; i <= n; i++) {
            terms.add(List.of(new Piece(Integer.toString(i), Role.INPUT), Piece.plain("\u00B7"),
                    new Piece(Integer.toString(i), Role.KERNEL)));
            total += i * i;
        }
        return new FormulaStrip(List.of(new Piece("y", Role.OUTPUT), Piece.plain(" = ")), terms, Piece.plain(" + "),
                List.of(Piece.plain(" = "), new Piece(Integer.toString(total), Role.OUTPUT)));
    }

    @Test
    void theTextHasEveryTerm() {
        assertEquals("y = 1\u00B71 + 2\u00B72 + 3\u00B73 = 14", squares(3).text());
    }

    @Test
    void aStripThatFitsKeepsEveryTermInItsFullSize() {
        FormulaStrip.Fit fit = squares(3).fit(2000, CONTEXT);
        assertEquals(squares(3).text(), fit.text());
        assertEquals(16 * FormulaStrip.SCALE, fit.font().getSize(), 1e-4);
        assertTrue(fit.width() <= 2000);
    }

    @Test
    void aLittleTooLongShrinksBeforeLeavingTermsOut() {
        FormulaStrip strip = squares(9);
        double full = strip.fit(10_000, CONTEXT).width();
        FormulaStrip.Fit fit = strip.fit(full * 0.9, CONTEXT);
        assertEquals(strip.text(), fit.text());
        assertTrue(fit.font().getSize() < 16 * FormulaStrip.SCALE);
        assertTrue(fit.width() <= full * 0.9 + 1e-6);
    }

    @Test
    void muchTooLongLeavesTermsOutInTheMiddle() {
        FormulaStrip strip = squares(49);
        FormulaStrip.Fit fit = strip.fit(500, CONTEXT);
        String text = fit.text();
        assertTrue(text.startsWith("y = 1\u00B71 + 2\u00B72 + "), text);
        assertTrue(text.contains(" + \u2026 + "), text);
        assertTrue(text.endsWith(" + 49\u00B749 = " + 40425), text);
        assertTrue(fit.width() <= 500, "width " + fit.width());
        assertEquals(16 * FormulaStrip.FITTED_SCALE, fit.font().getSize(), 1e-4, "terms go before the type shrinks");
        int front = text.substring(0, text.indexOf('\u2026')).split("\\+").length - 1;
        int back = text.substring(text.indexOf('\u2026')).split("\\+").length - 1;
        assertTrue(front == back || front == back + 1, "from both ends: " + text);
    }

    @Test
    void theNarrowestKeepsOneTermAtEachEndInTheSmallestType() {
        FormulaStrip.Fit fit = squares(49).fit(50, CONTEXT);
        assertEquals("y = 1\u00B71 + \u2026 + 49\u00B749 = 40425", fit.text());
        assertEquals(16 * FormulaStrip.SMALLEST_SCALE, fit.font().getSize(), 1e-4);
    }
}
