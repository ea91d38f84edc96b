package org.convatlas.lesson.unpooling;

import java.util.List;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.grid.GridOptions;
import org.convatlas.lesson.grid.InputPattern;

/**
 * Three ways back up by a factor {@code s}, side by side: an input {@code sH × sW} is max-pooled with an {@code s × s}
 * window and stride {@code s} to {@code H × W}, remembering where each maximum was; then max unpooling puts each value
 * back where it was and zeros elsewhere, nearest upsampling copies it over its {@code s × s} block, and bilinear
 * upsampling weighs the four nearest pooled values by distance (half-pixel centres).
 */
public final class UnpoolingLesson implements Lesson {

    public static final String ID = "unpooling";

    public static final IntParameter POOLED_HEIGHT = new IntParameter("pooledHeight",
            "lesson." + ID + ".pooledHeight", 1, 6, 3);
    public static final IntParameter POOLED_WIDTH = new IntParameter("pooledWidth",
            "lesson." + ID + ".pooledWidth", 1, 6, 3);
    public static final IntParameter SCALE = new IntParameter("scale", "lesson." + ID + ".scale", 2, 3, 2);
    public static final ChoiceParameter<InputPattern> INPUT = new ChoiceParameter<>("input", "parameter.input",
            GridOptions.patterns(InputPattern.values()), InputPattern.CLASSIC);

    public static final Preset TIMES_TWO = preset("times2", 3, 2, InputPattern.CLASSIC);
    public static final Preset TIMES_THREE = preset("times3", 2, 3, InputPattern.COUNTING);
    public static final Preset EDGE = preset("edge", 4, 2, InputPattern.DISC);

    private static Preset preset(String name, int pooled, int scale, InputPattern input) {
        return Preset.named(Lesson.presetKey(ID, name)).with(POOLED_HEIGHT, pooled).with(POOLED_WIDTH, pooled)
                .with(SCALE, scale).with(INPUT, input);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.UPSAMPLING,
            List.of(POOLED_HEIGHT, POOLED_WIDTH, SCALE, INPUT),
            List.of(TIMES_TWO, TIMES_THREE, EDGE));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        int scale = values.get(SCALE);
        return new UnpoolingPlayback(values.get(INPUT).tensor(scale * values.get(POOLED_HEIGHT),
                scale * values.get(POOLED_WIDTH)), scale);
    }
}
