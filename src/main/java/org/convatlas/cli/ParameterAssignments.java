package org.convatlas.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;

/**
 * Lesson presets and {@code --set param=value} assignments as the command line names them, through the lesson's
 * descriptors alone, so that every lesson works: a preset by its {@link Preset#name() name} ({@code stride2}), a
 * parameter by its id, and a value as its {@link Parameter kind} reads it ({@link Parameter#parse}).
 */
final class ParameterAssignments {

    private ParameterAssignments() {
    }

    /**
     * The preset of {@code lesson} named {@code name}.
     *
     * @throws InvalidArgumentException naming the lesson's presets
     */
    static Preset preset(Lesson lesson, String name) {
        return lesson.presets().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidArgumentException("lesson " + lesson.id() + " has no preset " + name
                        + " (its presets: " + lesson.presets().stream().map(Preset::name)
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * {@code values} with each {@code param=value} of {@code assignments} in place, in order.
     *
     * @throws InvalidArgumentException naming the parameter and the values it takes
     */
    static ParameterValues apply(Lesson lesson, ParameterValues values, List<String> assignments) {
        ParameterValues result = values;
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 1) {
                throw new InvalidArgumentException("--set takes param=value (got " + assignment + ")");
            }
            String id = assignment.substring(0, equals).strip();
            Parameter<?> parameter = lesson.parameters().stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidArgumentException("lesson " + lesson.id() + " has no parameter "
                            + id + " (its parameters: " + lesson.parameters().stream().map(Parameter::id)
                            .collect(Collectors.joining(", ")) + ")"));
            result = result.parsed(parameter, assignment.substring(equals + 1));
        }
        return result;
    }
}
