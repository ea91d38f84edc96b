package org.convatlas.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.Preset;
import org.junit.jupiter.api.Test;

/**
 * The Chinese labels of every lesson's parameters, options and presets are Chinese: a Latin word in them is a name
 * (Sobel, ASPP, MobileNet, MobileNetV2, SENet, DCNv2, AlexNet, ShuffleNet, PixelShuffle, DeepLabv3, HDC), a padding
 * mode as libraries spell it (valid, same, full), after its Chinese name rather than as an English adjective before
 * Chinese words ("full 填充" fails), or a library's argument ({@code count_include_pad}); single letters are symbols
 * (r, k, C). An option left in English fails.
 */
class ChineseLabelsTest {

    private static final Set<String> NAMES = Set.of("Sobel", "ASPP", "MobileNet", "MobileNetV2", "SENet", "DCNv2",
            "AlexNet", "ShuffleNet", "PixelShuffle", "DeepLabv3", "HDC", "valid", "same", "full", "count_include_pad");
    private static final Set<String> PADDING_MODES = Set.of("valid", "same", "full");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]+");

    @Test
    void optionsParametersAndPresetsHaveNoEnglishWords() {
        List<String> keys = new ArrayList<>();
        for (Lesson lesson : LessonRegistry.builtIn().lessons()) {
            lesson.parameters().stream().map(Parameter::bundleKeys).forEach(keys::addAll);
            lesson.presets().stream().map(Preset::labelKey).forEach(keys::add);
        }
        assertTrue(keys.size() > 100, "the labels are not trivial");
        List<String> english = new ArrayList<>();
        for (String key : keys) {
            String text = I18n.format(Locale.SIMPLIFIED_CHINESE, key);
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                boolean adjective = PADDING_MODES.contains(word.group())
                        && text.substring(word.end()).matches("\\s*\\p{IsHan}.*");
                if (!NAMES.contains(word.group()) || adjective) {
                    english.add(key + " = " + text + " (" + word.group() + ")");
                }
            }
        }
        assertTrue(english.isEmpty(), "English words in Chinese labels: " + english);
    }
}
