package org.convatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void numbersPrintShortWithATrueMinus() {
        assertEquals("3", NumberText.of(3f));
        assertEquals("−1", NumberText.of(-1f));
        assertEquals("0.5", NumberText.of(0.5f));
        assertEquals("0.1", NumberText.of(0.1f));
        assertEquals("−0.33", NumberText.of(-1f / 3));
        assertEquals("2.25", NumberText.of(2.25f));
        assertEquals("0", NumberText.of(-0f));
        assertEquals("0", NumberText.of(-0.001f));
        assertEquals("1234567", NumberText.of(1234567f));
    }

    @Test
    void nothingWrittenPrintsNothing() {
        assertEquals("", NumberText.of(Float.NaN));
        assertEquals("−∞", NumberText.of(Float.NEGATIVE_INFINITY));
        assertEquals("= 7", NumberText.result(7f));
    }
}
