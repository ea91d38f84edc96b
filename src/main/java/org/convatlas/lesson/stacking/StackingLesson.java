package org.convatlas.lesson.stacking;

import java.util.Arrays;
import java.util.List;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ChoiceParameter.Option;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.LayerStack;
import org.convatlas.lesson.LayerStackParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.StackLayer;

/**
 * Stacking layers and what one unit sees: a stack the user builds (kernel, stride, dilation and padding of each
 * layer), the field of a chosen output unit drawn on the input and on every layer between, compared with another
 * stack by field and weights, and a chart of the field's width against depth beside plain 3 × 3 stacking and 3 × 3
 * stacking at dilations 1, 2, 4, …. The field grows as {@code r_l = r_(l−1) + (k_l − 1)·d_l·j_(l−1)} with the jump
 * {@code j_l = j_(l−1)·s_l}; a layer has {@code k_h·k_w} weights per channel pair. Side by side, every layer reads the
 * input and the outputs are concatenated along channels (an Inception block).
 */
public final class StackingLesson implements Lesson {

    public static final String ID = "stacking-receptive-fields";
    private static final String KEYS = "lesson." + ID + ".";
    /** The most layers in a stack. */
    public static final int MAX_LAYERS = 8;
    /** The largest kernel side, stride, dilation or padding. */
    public static final int MAX_VALUE = 16;

    private static final StackLayer THREE = StackLayer.square(3, 1, 1, 0);

    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 48, 9);
    public static final ChoiceParameter<StackArrangement> ARRANGEMENT = new ChoiceParameter<>("arrangement",
            KEYS + "arrangement", Arrays.stream(StackArrangement.values())
            .map(a -> new Option<>(a, a.labelKey())).toList(), StackArrangement.SEQUENCE);
    public static final LayerStackParameter STACK = new LayerStackParameter("stack", KEYS + "stack", MAX_LAYERS,
            MAX_VALUE, LayerStack.repeated(THREE, 2));
    public static final LayerStackParameter COMPARED = new LayerStackParameter("compared", KEYS + "compared",
            MAX_LAYERS, MAX_VALUE, LayerStack.of(StackLayer.square(5, 1, 1, 0)));

    /** The side {@code n} of the asymmetric preset: {@code 1 × n} then {@code n × 1} against {@code n × n}. */
    public static final int ASYMMETRIC_SIDE = 5;

    public static final Preset TWO_THREES = sequence("twoThrees", 9, LayerStack.repeated(THREE, 2), 5);
    public static final Preset THREE_THREES = sequence("threeThrees", 11, LayerStack.repeated(THREE, 3), 7);
    public static final Preset ASYMMETRIC = sequence("asymmetric", 9,
            LayerStack.of(new StackLayer(1, ASYMMETRIC_SIDE, 1, 1, 0), new StackLayer(ASYMMETRIC_SIDE, 1, 1, 1, 0)),
            ASYMMETRIC_SIDE);
    public static final Preset MULTI_SIZE = Preset.named(Lesson.presetKey(ID, "multiSize")).with(SIZE, 9)
            .with(ARRANGEMENT, StackArrangement.SIDE_BY_SIDE)
            .with(STACK, LayerStack.of(StackLayer.square(1, 1, 1, 0), StackLayer.square(3, 1, 1, 1),
                    StackLayer.square(5, 1, 1, 2)))
            .with(COMPARED, LayerStack.of(StackLayer.square(5, 1, 1, 2)));

    /** {@code stack} one after the other against one {@code compared × compared} layer, no padding. */
    private static Preset sequence(String name, int size, LayerStack stack, int compared) {
        return Preset.named(Lesson.presetKey(ID, name)).with(SIZE, size)
                .with(ARRANGEMENT, StackArrangement.SEQUENCE).with(STACK, stack)
                .with(COMPARED, LayerStack.of(StackLayer.square(compared, 1, 1, 0)));
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.RECEPTIVE_FIELD,
            List.of(SIZE, ARRANGEMENT, STACK, COMPARED),
            List.of(TWO_THREES, THREE_THREES, ASYMMETRIC, MULTI_SIZE));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        return new StackingPlayback(values.get(SIZE), values.get(ARRANGEMENT), values.get(STACK),
                values.get(COMPARED));
    }
}
