package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convatlas.i18n.Message;
import org.junit.jupiter.api.Test;

class RatesParameterTest {

    private final RatesParameter rates = new RatesParameter("rates", "label", 4, 16, DilationRates.of(2, 2, 2));

    private Message problem(String text) {
        RatesText typed = rates.read(text);
        assertFalse(typed.valid(), text);
        assertNull(typed.rates());
        return typed.problem();
    }

    @Test
    void readsWholeNumbersSeparatedByCommasWhateverTheSpaces() {
        assertEquals(DilationRates.of(1, 2, 5), rates.read("1,2,5").rates());
        assertEquals(DilationRates.of(1, 2, 5), rates.read("  1 , 2,5 ").rates());
        assertEquals(DilationRates.of(7), rates.read("7").rates());
        assertNull(rates.read("1,2,5").problem());
    }

    @Test
    void namesTheFirstPlaceThatIsEmptyOrNotAWholeNumber() {
        assertEquals(Message.of("parameter.rates.missing", 2), problem("2,,x"));
        assertEquals(Message.of("parameter.rates.missing", 3), problem("1,2,"));
        assertEquals(Message.of("parameter.rates.notNumber", "x"), problem("2,x"));
        assertEquals(Message.of("parameter.rates.notNumber", "2.5"), problem("1, 2.5"));
        assertEquals(Message.of("parameter.rates.notNumber", "99999999999"), problem("99999999999"));
        assertEquals(Message.of("parameter.rates.empty"), problem("   "));
    }

    @Test
    void aRateBelowOneGetsTheEnginesRefusal() {
        assertEquals(Message.of("parameter.rates.refused", "dilation rate must be at least 1 (got 0)"),
                problem("2, 0, 2"));
        assertEquals(Message.of("parameter.rates.refused", "dilation rate must be at least 1 (got -3)"), problem("-3"));
    }

    @Test
    void keepsTheStackSmallEnoughToDraw() {
        assertEquals(Message.of("parameter.rates.tooMany", 4, 5), problem("1,1,1,1,1"));
        assertEquals(Message.of("parameter.rates.tooLarge", 2, 17, 16), problem("1, 17"));
        assertTrue(rates.accepts(DilationRates.of(16, 16, 16, 16)));
        assertFalse(rates.accepts(DilationRates.of(1, 1, 1, 1, 1)));
        assertFalse(rates.accepts("1, 2, 5"));
    }

    @Test
    void ratesReadBackAsTheyAreWritten() {
        DilationRates written = DilationRates.of(1, 2, 5, 1, 2, 5);
        assertEquals("1, 2, 5, 1, 2, 5", written.text());
        assertEquals(DilationRates.of(1, 2), written.first(2));
        assertThrows(IllegalArgumentException.class, () -> DilationRates.of());
        assertThrows(IllegalArgumentException.class,
                () -> new RatesParameter("rates", "label", 2, 16, DilationRates.of(2, 2, 2)));
    }
}
