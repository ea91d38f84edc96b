package org.convatlas.export;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.BooleanParameter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.LayerStackParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.RatesParameter;

/**
 * A lesson's parameters in one line, for the caption of an export: each parameter that counts with the values
 * ({@link Lesson#isRelevant}) as its label and value, joined by {@code " · "}, for example
 * {@code Input size 5 · Kernel 3×3 · Stride 2 · Padding 1}. Works for every lesson through the parameter descriptors
 * alone.
 */
public final class ParameterLine {

    private static final String SEPARATOR = " · ";

    private ParameterLine() {
    }

    /** The line for {@code values} of {@code lesson}, its texts from {@code texts}. */
    public static String of(Lesson lesson, ParameterValues values, Function<Message, String> texts) {
        return lesson.parameters().stream().filter(p -> lesson.isRelevant(p, values))
                .map(p -> texts.apply(Message.of("export.parameter", texts.apply(Message.of(p.labelKey())),
                        valueText(p, values, texts))))
                .collect(Collectors.joining(SEPARATOR));
    }

    private static String valueText(Parameter<?> parameter, ParameterValues values, Function<Message, String> texts) {
        if (parameter instanceof IntParameter p) {
            return String.valueOf(values.get(p));
        }
        if (parameter instanceof BooleanParameter p) {
            return texts.apply(Message.of(values.get(p) ? "export.on" : "export.off"));
        }
        if (parameter instanceof ChoiceParameter<?> p) {
            return texts.apply(Message.of(optionKey(p, values)));
        }
        if (parameter instanceof KernelParameter p) {
            Kernel kernel = values.get(p);
            return kernel.rows() + "×" + kernel.columns();
        }
        if (parameter instanceof LayerStackParameter p) {
            return values.get(p).kernels();
        }
        if (parameter instanceof RatesParameter p) {
            return values.get(p).text();
        }
        return values.get((ImageParameter) parameter).name();
    }

    private static <T> String optionKey(ChoiceParameter<T> parameter, ParameterValues values) {
        return parameter.option(values.get(parameter)).labelKey();
    }
}
