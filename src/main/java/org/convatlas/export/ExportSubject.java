package org.convatlas.export;

import java.util.Objects;
import java.util.Optional;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;

/**
 * What to export: a lesson, the values it was prepared with, what it plays for them, the step on show and the preset
 * the values came from, if one is named.
 *
 * @param lesson      the lesson
 * @param values      its parameter values
 * @param playback    what {@code lesson.prepare(values)} gave
 * @param currentStep the step on show, from 0
 * @param preset      the name of the preset the values start from, or empty
 */
public record ExportSubject(Lesson lesson, ParameterValues values, Playback playback, long currentStep,
                            Optional<String> preset) {

    public ExportSubject {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(playback, "playback");
        Objects.requireNonNull(preset, "preset");
    }

    /** The values as they are on show, from no named preset. */
    public ExportSubject(Lesson lesson, ParameterValues values, Playback playback, long currentStep) {
        this(lesson, values, playback, currentStep, Optional.empty());
    }

    /**
     * {@code lesson} prepared for {@code values} on this thread (may take long), on show at its first step.
     *
     * @param preset the name of the preset the values start from, or null
     */
    public static ExportSubject prepare(Lesson lesson, ParameterValues values, String preset) {
        return new ExportSubject(lesson, values, lesson.prepare(values), 0, Optional.ofNullable(preset));
    }
}
