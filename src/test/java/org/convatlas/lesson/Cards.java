package org.convatlas.lesson;

import java.util.List;
import java.util.Locale;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.StagedTrace;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;

/** What the lesson tests read from their counts cards and their staged traces. */
public final class Cards {

    private Cards() {
    }

    /** The values of {@code lesson} with {@code preset} applied. */
    public static ParameterValues values(Lesson lesson, Preset preset) {
        return preset.applyTo(ParameterValues.defaults(lesson.parameters()));
    }

    /** The counts card of {@code frame} as English lines. */
    public static List<String> card(Frame frame) {
        return card(frame, Locale.ENGLISH);
    }

    /** The counts card of {@code frame} as lines in {@code locale}'s language. */
    public static List<String> card(Frame frame, Locale locale) {
        return frame.counts().stream().map(m -> I18n.format(locale, m.key(), m.arguments().toArray())).toList();
    }

    /** The line of the counts card with the bundle key {@code key}. */
    public static Message line(Frame frame, String key) {
        return frame.counts().stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key));
    }

    /** Argument {@code argument} of {@code message}, a whole number. */
    public static long number(Message message, int argument) {
        return ((Number) message.arguments().get(argument)).longValue();
    }

    /** The output of stage {@code stage} of the staged trace {@code playback} plays. */
    public static Tensor stageOutput(Playback playback, int stage) {
        StagedTrace<?> trace = (StagedTrace<?>) playback.playedTrace().orElseThrow();
        return trace.stages().get(stage).trace().output();
    }
}
