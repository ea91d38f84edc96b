package org.convatlas.i18n;

import java.util.List;
import java.util.Objects;

/**
 * A text to show, named by its bundle key and the arguments of its {@link java.text.MessageFormat} pattern, so that
 * code that knows no locale (engine results, view models) can say what to show and the view says it in the
 * current language.
 *
 * @param key       the key in {@code messages*.properties}
 * @param arguments the values of the pattern's placeholders {@code {0}, {1}, ...}, in order
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** The message {@code key} with the given placeholder values. */
    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }
}
