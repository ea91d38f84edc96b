package org.convatlas.lesson;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a lesson is, stated once: its id, the chapter the atlas lists it in, the parameters the inspector shows (in
 * order) and the presets worth showing (in the order the inspector lists them). A lesson keeps one of these in a
 * constant and returns it from {@link Lesson#info()}.
 *
 * @param id         a short name unique in the atlas and stable across versions, in lower case with dashes (it names
 *                   the lesson on the command line, in bundle keys and in exported files)
 * @param chapter    the chapter the atlas lists the lesson in
 * @param parameters the parameters, each id once
 * @param presets    the presets, each setting only these parameters and each name once
 */
public record LessonInfo(String id, Chapter chapter, List<Parameter<?>> parameters, List<Preset> presets) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public LessonInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chapter, "chapter");
        parameters = List.copyOf(parameters);
        presets = List.copyOf(presets);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a lesson id is lower case words joined by dashes (got " + id + ")");
        }
        Set<String> parameterIds = new HashSet<>();
        for (Parameter<?> parameter : parameters) {
            if (!parameterIds.add(parameter.id())) {
                throw new IllegalArgumentException("lesson " + id + " has two parameters named " + parameter.id());
            }
        }
        Set<String> presetNames = new HashSet<>();
        for (Preset preset : presets) {
            if (!presetNames.add(preset.name())) {
                throw new IllegalArgumentException("lesson " + id + " has two presets named " + preset.name());
            }
            for (Parameter<?> set : preset.values().keySet()) {
                if (!parameters.contains(set)) {
                    throw new IllegalArgumentException("preset " + preset.name() + " of lesson " + id + " sets "
                            + set.id() + ", which is not one of its parameters");
                }
            }
        }
    }
}
