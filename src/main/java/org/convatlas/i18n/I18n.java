package org.convatlas.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The language of the interface and every string in it. Texts come from the bundle
 * {@code org/convatlas/i18n/messages*.properties}; each value is a {@link MessageFormat} pattern (so a literal
 * apostrophe is written {@code ''}). The {@link #text} bindings follow {@link #localeProperty()}, so a window built
 * from them relabels itself when the language is switched.
 */
public final class I18n {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.convatlas.i18n.messages";

    /** The languages the interface speaks, English first (its base bundle). */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale") {
        @Override
        public void set(Locale newValue) {
            super.set(supported(newValue));
        }
    };

    /** An interface in {@code initial}, or in the nearest supported language. */
    public I18n(Locale initial) {
        locale.set(initial);
    }

    /** An interface in the language of the machine: Simplified Chinese for any Chinese locale, else English. */
    public static I18n forSystemLocale() {
        return new I18n(Locale.getDefault(Locale.Category.DISPLAY));
    }

    /** Simplified Chinese for any Chinese locale, English for everything else. */
    public static Locale supported(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The current language; setting an unsupported locale selects the nearest supported one. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale newLocale) {
        locale.set(newLocale);
    }

    /** The bundle of a supported language, without falling back to the machine's default locale. */
    public static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, supported(language), NO_FALLBACK);
    }

    /**
     * The text of {@code key} in the current language, its placeholders filled with {@code arguments}.
     *
     * @throws java.util.MissingResourceException if the key is in no bundle
     */
    public String get(String key, Object... arguments) {
        return format(getLocale(), key, arguments);
    }

    /** The text of {@code message} in the current language. */
    public String get(Message message) {
        return get(message.key(), message.arguments().toArray());
    }

    /**
     * The text of {@code key} in {@code language}; an argument that is itself a {@link Message} is put in as its
     * text in the same language ("Stage 2 of 2: pointwise", the stage's name a message of its own).
     */
    public static String format(Locale language, String key, Object... arguments) {
        String pattern = bundle(language).getString(key);
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof Message m ? format(language, m.key(), m.arguments().toArray())
                    : arguments[i];
        }
        return new MessageFormat(pattern, supported(language)).format(texts);
    }

    /** The name of a supported language in that language itself ("English", "简体中文"), for a language menu. */
    public static String nativeName(Locale language) {
        return format(language, "language.name");
    }

    /** The text of {@code key}, kept in the current language. */
    public StringBinding text(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> get(key, arguments), locale);
    }

    /** The text of the message {@code message} holds, kept in the current language; empty while it holds none. */
    public StringBinding text(ObservableValue<Message> message) {
        return Bindings.createStringBinding(() -> message.getValue() == null ? "" : get(message.getValue()),
                locale, message);
    }
}
