package org.convatlas.export;

import java.util.List;
import java.util.function.Function;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.ParameterValues;

/**
 * A lesson's parameters in one line, for the caption of an export: each parameter that counts with the values
 * ({@link Lesson#isRelevant}) as its label and value, joined by {@code " · "}, for example
 * {@code Input size 5 · Kernel 3×3 · Stride 2 · Padding 1}. Works for every lesson through the parameter descriptors
 * alone.
 */
public final class ParameterLine {

    /** What stands between two parameters, and between two lines of a counts card in an export. */
    static final String SEPARATOR = " · ";

    private ParameterLine() {
    }

    /** The line for {@code values} of {@code lesson}, its texts from {@code texts}. */
    public static String of(Lesson lesson, ParameterValues values, Function<Message, String> texts) {
        return String.join(SEPARATOR, parts(lesson, values, texts));
    }

    /** The parts of the line, one per parameter, in the lesson's order. */
    public static List<String> parts(Lesson lesson, ParameterValues values, Function<Message, String> texts) {
        return lesson.parameters().stream().filter(p -> lesson.isRelevant(p, values))
                .map(p -> texts.apply(Message.of("export.parameter", texts.apply(Message.of(p.labelKey())),
                        values.shown(p, texts))))
                .toList();
    }
}
