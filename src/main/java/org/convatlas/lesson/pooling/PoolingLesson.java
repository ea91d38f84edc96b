package org.convatlas.lesson.pooling;

import java.util.List;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.trace.PoolStep.Pooling;
import org.convatlas.lesson.BooleanParameter;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ChoiceParameter.Option;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.grid.GridOptions;
import org.convatlas.lesson.grid.InputPattern;

/**
 * Max and average pooling, animated like a convolution: a {@code k × k} window slides with stride {@code s} over the
 * input padded by {@code p}, and each output is the largest value under it ({@code y[i,j] = max x[i·s − p + m,
 * j·s − p + n]}, padding never wins) or their mean (divided by {@code k²}, or, without count_include_pad, by the
 * cells inside the input). A max pooling remembers where each maximum was, as the indices max unpooling uses.
 */
public final class PoolingLesson implements Lesson {

    public static final String ID = "pooling";
    private static final String KEYS = "lesson." + ID + ".";

    public static final IntParameter HEIGHT = new IntParameter("height", "parameter.inputHeight", 1, 16, 4);
    public static final IntParameter WIDTH = new IntParameter("width", "parameter.inputWidth", 1, 16, 4);
    public static final ChoiceParameter<InputPattern> INPUT = new ChoiceParameter<>("input", "parameter.input",
            GridOptions.patterns(InputPattern.values()), InputPattern.CLASSIC);
    public static final ChoiceParameter<Pooling> POOLING = new ChoiceParameter<>("pooling", KEYS + "pooling",
            List.of(new Option<>(Pooling.MAX, KEYS + "pooling.max"),
                    new Option<>(Pooling.AVERAGE, KEYS + "pooling.average")), Pooling.MAX);
    public static final IntParameter KERNEL_SIZE = new IntParameter("kernelSize", KEYS + "windowSize", 1, 5, 2);
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 4, 2);
    public static final IntParameter PADDING = new IntParameter("padding", "parameter.padding", 0, 2, 0);
    public static final BooleanParameter COUNT_INCLUDE_PAD = new BooleanParameter("countIncludePad",
            KEYS + "countIncludePad", true);

    public static final Preset MAX = preset("max", 4, InputPattern.CLASSIC, Pooling.MAX, 2, 2, 0, true);
    public static final Preset AVERAGE = preset("average", 4, InputPattern.CLASSIC, Pooling.AVERAGE, 2, 2, 0, true);
    public static final Preset OVERLAPPING = preset("overlapping", 5, InputPattern.COUNTING, Pooling.MAX, 3, 2, 1,
            true);
    public static final Preset PADDING_EXCLUDED = preset("paddingExcluded", 4, InputPattern.CLASSIC, Pooling.AVERAGE,
            3, 1, 1, false);

    private static Preset preset(String name, int size, InputPattern input, Pooling pooling, int kernel, int stride,
                                 int padding, boolean countIncludePad) {
        return Preset.named(Lesson.presetKey(ID, name)).with(HEIGHT, size).with(WIDTH, size).with(INPUT, input)
                .with(POOLING, pooling).with(KERNEL_SIZE, kernel).with(STRIDE, stride).with(PADDING, padding)
                .with(COUNT_INCLUDE_PAD, countIncludePad);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.UPSAMPLING,
            List.of(HEIGHT, WIDTH, INPUT, POOLING, KERNEL_SIZE, STRIDE, PADDING, COUNT_INCLUDE_PAD),
            List.of(MAX, AVERAGE, OVERLAPPING, PADDING_EXCLUDED));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /** count_include_pad matters only to an average over padding. */
    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        return parameter != COUNT_INCLUDE_PAD
                || values.get(POOLING) == Pooling.AVERAGE && values.get(PADDING) > 0;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        int k = values.get(KERNEL_SIZE);
        return new PoolingPlayback(values.get(INPUT).tensor(values.get(HEIGHT), values.get(WIDTH)),
                Pool2dParams.of(k, values.get(STRIDE), values.get(PADDING)), values.get(POOLING),
                values.get(COUNT_INCLUDE_PAD));
    }
}
