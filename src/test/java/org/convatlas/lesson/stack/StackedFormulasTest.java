package org.convatlas.lesson.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;

class StackedFormulasTest {

    @Test
    void theRuleThenTheNumbersWithTheEnginesSize() {
        assertEquals("D_o = \\left\\lfloor \\frac{D + 2p - k}{s} \\right\\rfloor + 1", StackedFormulas.rule("D_o", "D"));
        assertEquals("H_o = W_o = \\left\\lfloor \\frac{7 + 2\\cdot 1 - 3}{2} \\right\\rfloor + 1 = 4",
                StackedFormulas.axis("H_o = W_o", 7, 1, 3, 2, 4));
    }

    @Test
    void linesStackLeftAlignedAndTypeset() {
        String latex = StackedFormulas.lines(List.of(StackedFormulas.rule("H_o", "H"), "C_o = 2"));
        assertEquals("\\begin{array}{l} H_o = \\left\\lfloor \\frac{H + 2p - k}{s} \\right\\rfloor + 1 \\\\ C_o = 2"
                + " \\end{array}", latex);
        new TeXFormula(latex);
    }
}
