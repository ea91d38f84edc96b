package org.convatlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.MissingResourceException;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class I18nTest {

    @Test
    void chineseMachinesGetSimplifiedChineseAndAllOthersEnglish() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, I18n.supported(Locale.CHINA));
        assertEquals(Locale.SIMPLIFIED_CHINESE, I18n.supported(Locale.TRADITIONAL_CHINESE));
        assertEquals(Locale.SIMPLIFIED_CHINESE, I18n.supported(Locale.forLanguageTag("zh")));
        assertEquals(Locale.ENGLISH, I18n.supported(Locale.GERMANY));
        assertEquals(Locale.ENGLISH, I18n.supported(Locale.US));
        assertEquals(Locale.ENGLISH, I18n.supported(null));
    }

    @Test
    void unsupportedLocaleSelectsTheNearestSupportedOne() {
        I18n i18n = new I18n(Locale.FRANCE);
        assertEquals(Locale.ENGLISH, i18n.getLocale());
        i18n.setLocale(Locale.TAIWAN);
        assertEquals(Locale.SIMPLIFIED_CHINESE, i18n.getLocale());
    }

    @Test
    void textBindingFollowsTheLanguage() {
        I18n i18n = new I18n(Locale.ENGLISH);
        StringBinding title = i18n.text("chapter.receptiveField");
        assertEquals("Receptive field", title.get());
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("感受野", title.get());
    }

    @Test
    void placeholdersAreFilledWithLocaleAwareNumbers() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertEquals("Step 1,234 of 5,000", i18n.get("transport.position.tooltip", 1234, 5000));
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("第 1,234 步，共 5,000 步", i18n.get("transport.position.tooltip", 1234, 5000));
    }

    @Test
    void messageBindingFollowsBothTheMessageAndTheLanguage() {
        I18n i18n = new I18n(Locale.ENGLISH);
        SimpleObjectProperty<Message> message = new SimpleObjectProperty<>();
        StringBinding text = i18n.text(message);
        assertEquals("", text.get());
        message.set(Message.of("image.error.damaged", "cat.png"));
        assertEquals("Cannot open cat.png: the image is damaged or cut short.", text.get());
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("无法打开 cat.png：图像已损坏或不完整。", text.get());
    }

    @Test
    void englishIsNotReplacedByTheMachinesDefaultLanguage() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Lessons", new I18n(Locale.ENGLISH).get("atlas.title"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void languagesNameThemselves() {
        assertEquals("English", I18n.nativeName(Locale.ENGLISH));
        assertEquals("简体中文", I18n.nativeName(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aMessageAmongTheArgumentsIsPutInAsItsTextInTheSameLanguage() {
        Object[] roles = {Message.of("role.kernel"), Message.of("role.output")};
        assertEquals("Kernel: Output", I18n.format(Locale.ENGLISH, "export.parameter", roles));
        assertEquals("卷积核：输出", I18n.format(Locale.SIMPLIFIED_CHINESE, "export.parameter", roles));
    }

    @Test
    void oneStepASecondIsSingular() {
        assertEquals("1 step/s", I18n.format(Locale.ENGLISH, "transport.speed.value", 1.0));
        assertEquals("0.5 steps/s", I18n.format(Locale.ENGLISH, "transport.speed.value", 0.5));
        assertEquals("16 steps/s", I18n.format(Locale.ENGLISH, "transport.speed.value", 16.0));
    }

    @Test
    void unknownKeyFailsLoudly() {
        assertThrows(MissingResourceException.class, () -> new I18n(Locale.ENGLISH).get("no.such.key"));
    }
}
