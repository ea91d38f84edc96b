package org.convatlas.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactNumbersTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "-2, -2", "0, 0", "0.1, 0.1", "0.8927731, 0.8927731", "1.5, 1.5", "1e-4, 1E-4",
            "2.5e-7, 2.5E-7", "12345678, 1.2345678E7", "1e10, 1E10", "16777216, 1.6777216E7"})
    void floatsAreShortWithoutARedundantFraction(float value, String text) {
        assertEquals(text, CompactNumbers.format(value));
    }

    @Test
    void negativeZeroKeepsItsSign() {
        assertEquals("-0", CompactNumbers.format(-0f));
    }

    @Test
    void doublesToo() {
        assertEquals("0.5", CompactNumbers.format(0.5));
        assertEquals("3", CompactNumbers.format(3.0));
        assertEquals("1.0000000000000002", CompactNumbers.format(1.0000000000000002));
    }

    @Test
    void everyFloatReadsBackExactlyAndIsNoLongerThanJavasOwnText() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            float value = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(value)) {
                continue;
            }
            String text = CompactNumbers.format(value);
            assertEquals(value, Float.parseFloat(text), text);
            assertTrue(text.length() <= Float.toString(value).length(), text);
        }
    }
}
