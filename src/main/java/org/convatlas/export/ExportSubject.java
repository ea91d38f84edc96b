package org.convatlas.export;

import java.util.Objects;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;

/**
 * What to export: a lesson, the values it was prepared with, what it plays for them and the step on show.
 *
 * @param lesson      the lesson
 * @param values      its parameter values
 * @param playback    what {@code lesson.prepare(values)} gave
 * @param currentStep the step on show, from 0
 */
public record ExportSubject(Lesson lesson, ParameterValues values, Playback playback, long currentStep) {

    public ExportSubject {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(playback, "playback");
    }

    /** {@code lesson} prepared for {@code values} on this thread (may take long), on show at its first step. */
    public static ExportSubject prepare(Lesson lesson, ParameterValues values) {
        return new ExportSubject(lesson, values, lesson.prepare(values), 0);
    }
}
