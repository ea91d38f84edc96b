package org.convatlas.lesson;

import java.util.List;
import java.util.Optional;

/**
 * One lesson of the atlas: one class plus its strings in the bundles. A lesson states what it is once, as a
 * {@link LessonInfo} (id, chapter, parameters and presets, as data), and turns a set of parameter values into a
 * {@link Playback} by asking the engine; the app builds the inspector, the stage and the transport from that alone.
 * Register a new lesson in {@link LessonRegistry#builtIn()}.
 *
 * <p>Bundle keys, unless a lesson overrides them: {@code lesson.<id>.title} and {@code lesson.<id>.explanation}; its
 * presets' labels are best named {@link #presetKey lesson.<id>.preset.<name>}.
 */
public interface Lesson {

    /** What the lesson is: id, chapter, parameters and presets, stated once. */
    LessonInfo info();

    /** A short name unique in the atlas and stable across versions, in lower case with dashes. */
    default String id() {
        return info().id();
    }

    /** The chapter the atlas lists the lesson in. */
    default Chapter chapter() {
        return info().chapter();
    }

    /** The bundle key of the lesson's title. */
    default String titleKey() {
        return "lesson." + id() + ".title";
    }

    /** The bundle key of the lesson's explanation, shown in the inspector. */
    default String explanationKey() {
        return "lesson." + id() + ".explanation";
    }

    /** The bundle key of the label of the lesson {@code lessonId}'s preset {@code name}: {@code lesson.<id>.preset.<name>}. */
    static String presetKey(String lessonId, String name) {
        return "lesson." + lessonId + ".preset." + name;
    }

    /** The parameters the inspector shows, in order. */
    default List<Parameter<?>> parameters() {
        return info().parameters();
    }

    /** The parameter that holds the picture the lesson works on, if it works on one. */
    default Optional<ImageParameter> imageParameter() {
        return parameters().stream().filter(ImageParameter.class::isInstance).map(ImageParameter.class::cast)
                .findFirst();
    }

    /** Named parameter sets worth showing, in the order the inspector lists them. */
    default List<Preset> presets() {
        return info().presets();
    }

    /**
     * Whether {@code parameter} has a say with {@code values}; the inspector shows only those that do (the pads of
     * each side, say, only while the padding is explicit). By default every parameter counts.
     */
    default boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        return true;
    }

    /**
     * What the lesson plays for {@code values}. May take long (it may run the whole operation): it is called on a
     * worker thread, never on the JavaFX thread.
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses the values; its message is
     *                                                      shown to the user
     */
    Playback prepare(ParameterValues values);
}
