package org.convatlas.lesson.upsampling;

import java.util.List;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.Preset;

/** A lesson of the {@link Chapter#UPSAMPLING upsampling} chapter, its id, parameters and presets given once. */
abstract class UpsamplingChapterLesson implements Lesson {

    private final String id;
    private final List<Parameter<?>> parameters;
    private final List<Preset> presets;

    /**
     * @param id         the lesson's id
     * @param parameters the parameters, in the order the inspector shows them
     * @param presets    the presets, in the order the inspector lists them
     */
    UpsamplingChapterLesson(String id, List<Parameter<?>> parameters, List<Preset> presets) {
        this.id = id;
        this.parameters = List.copyOf(parameters);
        this.presets = List.copyOf(presets);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Chapter chapter() {
        return Chapter.UPSAMPLING;
    }

    @Override
    public final List<Parameter<?>> parameters() {
        return parameters;
    }

    @Override
    public final List<Preset> presets() {
        return presets;
    }
}
