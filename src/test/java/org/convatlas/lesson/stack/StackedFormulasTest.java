package org.convatlas.lesson.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackedFormulasTest {

    @Test
    void theOutputSizeShowsTheRuleThenTheNumbers() {
        assertEquals("H_o = \\left\\lfloor\\frac{H + 2p - k}{s}\\right\\rfloor + 1"
                        + " = \\left\\lfloor\\frac{7 + 2\\cdot 1 - 3}{2}\\right\\rfloor + 1 = 4",
                StackedFormulas.outputSize("H_o", "H", 7, 1, 3, 2, 4));
    }

    @Test
    void linesStackLeftAligned() {
        assertEquals("\\begin{array}{l} a \\\\ b \\end{array}", StackedFormulas.lines(List.of("a", "b")));
    }

    @Test
    void numbersUseTheMinusLaTeXReads() {
        assertEquals("-2.5", StackedFormulas.number(-2.5f));
        assertEquals("3", StackedFormulas.number(3f));
    }
}
