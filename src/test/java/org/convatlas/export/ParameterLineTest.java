package org.convatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.Function;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.grid.PaddingChoice;
import org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson;
import org.junit.jupiter.api.Test;

/** The caption line of a lesson's parameters, from the descriptors alone. */
class ParameterLineTest {

    private static final SingleChannelConv2dLesson LESSON = new SingleChannelConv2dLesson();

    private static Function<Message, String> texts(Locale language) {
        return message -> I18n.format(language, message.key(), message.arguments().toArray());
    }

    @Test
    void namesEachParameterThatCountsWithItsValue() {
        ParameterValues values = ParameterValues.defaults(LESSON.parameters())
                .with(SingleChannelConv2dLesson.STRIDE, 2);
        assertEquals("Input height 4 · Input width 4 · Input Classic digits · Kernel 3×3 · Stride 2 · "
                + "Padding Valid (none) · Dilation 1", ParameterLine.of(LESSON, values, texts(Locale.ENGLISH)));
    }

    @Test
    void showsThePadsOfEachSideOnlyWhenThePaddingIsExplicit() {
        ParameterValues values = ParameterValues.defaults(LESSON.parameters())
                .with(SingleChannelConv2dLesson.PADDING, PaddingChoice.EXPLICIT);
        String line = ParameterLine.of(LESSON, values, texts(Locale.SIMPLIFIED_CHINESE));
        assertTrue(line.contains(I18n.format(Locale.SIMPLIFIED_CHINESE, "parameter.padTop") + " 0"), line);
    }
}
