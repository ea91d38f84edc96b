package org.convatlas.lesson;

import java.util.Objects;
import org.convatlas.i18n.Message;

/**
 * What a typed list of dilation rates says: the rates, or why the text gives none (exactly one of the two).
 *
 * @param rates   the rates, or null
 * @param problem what is wrong with the text, for the user; or null
 */
public record RatesText(DilationRates rates, Message problem) {

    public RatesText {
        if ((rates == null) == (problem == null)) {
            throw new IllegalArgumentException("typed rates give either rates or a problem");
        }
    }

    static RatesText of(DilationRates rates) {
        return new RatesText(Objects.requireNonNull(rates, "rates"), null);
    }

    static RatesText refused(String key, Object... arguments) {
        return new RatesText(null, Message.of(key, arguments));
    }

    /** Whether the text gives rates. */
    public boolean valid() {
        return rates != null;
    }
}
