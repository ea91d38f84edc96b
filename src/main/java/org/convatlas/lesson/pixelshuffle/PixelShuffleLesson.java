package org.convatlas.lesson.pixelshuffle;

import java.util.List;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;

/**
 * Pixel shuffle (depth to space): {@code C·r²} channels of {@code H × W} become {@code C} channels of
 * {@code rH × rW}, {@code y[c, h·r + i, w·r + j] = x[c·r² + i·r + j, h, w]}. The input channels are laid out as the
 * {@code r × r} block they fill, so that each output pixel is traced back to its channel and position. The input
 * counts 1, 2, 3, … through every channel, so that each value names its own cell.
 */
public final class PixelShuffleLesson implements Lesson {

    public static final String ID = "pixel-shuffle";

    public static final IntParameter FACTOR = new IntParameter("factor", "lesson." + ID + ".factor", 2, 3, 2);
    public static final IntParameter CHANNELS = new IntParameter("channels", "lesson." + ID + ".channels", 1, 2, 1);
    public static final IntParameter HEIGHT = new IntParameter("height", "parameter.inputHeight", 1, 4, 2);
    public static final IntParameter WIDTH = new IntParameter("width", "parameter.inputWidth", 1, 4, 2);

    public static final Preset TWO = preset("r2", 2, 1, 3);
    public static final Preset THREE = preset("r3", 3, 1, 2);
    public static final Preset TWO_CHANNELS = preset("r2c2", 2, 2, 2);

    private static Preset preset(String name, int factor, int channels, int size) {
        return Preset.named(Lesson.presetKey(ID, name)).with(FACTOR, factor).with(CHANNELS, channels)
                .with(HEIGHT, size).with(WIDTH, size);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.UPSAMPLING,
            List.of(FACTOR, CHANNELS, HEIGHT, WIDTH),
            List.of(TWO, THREE, TWO_CHANNELS));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        return new PixelShufflePlayback(values.get(CHANNELS), values.get(FACTOR), values.get(HEIGHT),
                values.get(WIDTH));
    }
}
