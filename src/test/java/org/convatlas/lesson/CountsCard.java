package org.convatlas.lesson;

import java.util.List;
import java.util.Locale;
import org.convatlas.i18n.I18n;

/** A frame's counts card as the inspector writes it, for lesson tests to read. */
public final class CountsCard {

    private CountsCard() {
    }

    /** The lines of {@code frame}'s counts card in English. */
    public static List<String> lines(Frame frame) {
        return lines(frame, Locale.ENGLISH);
    }

    /** The lines of {@code frame}'s counts card in {@code locale}'s language. */
    public static List<String> lines(Frame frame, Locale locale) {
        return frame.counts().stream().map(m -> I18n.format(locale, m.key(), m.arguments().toArray())).toList();
    }
}
