package org.convatlas.render.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void wholeNumbersAreWrittenInFullWithATrueMinus() {
        assertEquals("7", NumberText.of(7));
        assertEquals("\u221212", NumberText.of(-12));
        assertEquals("0", NumberText.of(0));
        assertEquals("0", NumberText.of(-0.0), "negative zero has no sign");
        assertEquals("4096", NumberText.of(4096));
    }

    @Test
    void fractionsKeepTwoDecimalsFromOneAndThreeDigitsBelow() {
        assertEquals("1.25", NumberText.of(1.25));
        assertEquals("3.33", NumberText.of(10.0 / 3));
        assertEquals("\u22123.5", NumberText.of(-3.5));
        assertEquals("0.111", NumberText.of(1.0 / 9));
        assertEquals("0.0625", NumberText.of(0.0625f));
        assertEquals("0.1", NumberText.of(0.1f), "a float's tail does not show");
        assertEquals("1235", NumberText.of(1234.6));
    }

    @Test
    void negativeFactorsGoInParentheses() {
        assertEquals("(\u22121)", NumberText.factor(-1));
        assertEquals("2", NumberText.factor(2));
        assertEquals("0", NumberText.factor(-0.0));
    }

    @Test
    void notNumbersAreNamed() {
        assertEquals("NaN", NumberText.of(Double.NaN));
        assertEquals("\u2212\u221E", NumberText.of(Double.NEGATIVE_INFINITY));
    }
}
