package org.convatlas.lesson.multichannel;

import java.util.List;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.BooleanParameter;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.stack.PullOut;
import org.convatlas.lesson.stack.SampleTensors;
import org.convatlas.lesson.stack.StackPadding;
import org.convatlas.lesson.stack.StackShape;
import org.convatlas.lesson.stack.StackedFormulas;
import org.convatlas.lesson.stack.StackedPlayback;
import org.convatlas.lesson.stack.StackedSteps;

/**
 * Multi-channel 2-D convolution: an input of {@value #CHANNELS} channels {@code [3, H, W]} and {@code N} filters
 * {@code [N, 3, k, k]} with a bias each. Each output value is the sum of three per-channel products (one
 * {@code k×k} window on each channel times that channel's kernel sheet) plus the filter's bias; the {@code N} filters
 * give {@code N} output channels.
 */
public final class MultiChannelConvLesson implements Lesson {

    /** The lesson\'s id, also the start of its bundle keys. */
    public static final String ID = "multichannel-conv2d";

    /** The input's channels, as in an RGB image. */
    public static final int CHANNELS = 3;

    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 2, 8, 5);
    public static final IntParameter KERNEL = new IntParameter("kernel", "parameter.kernelSize", 1, 5, 3);
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 3, 2);
    public static final IntParameter PADDING = new IntParameter("padding", "parameter.padding", 0, 2, 1);
    public static final IntParameter FILTERS = new IntParameter("filters", "lesson.multichannel-conv2d.filters",
            1, 4, 2);
    private static final PullOut PULL_OUT = new PullOut(true, CHANNELS);
    public static final BooleanParameter PULL_OUT_SHOWN = PULL_OUT.shown;
    public static final IntParameter PULLED_SHEET = PULL_OUT.sheet;

    /** One filter on a 5×5 input, no padding, stride 1: three 3×3 products summed into one 3×3 output channel. */
    public static final Preset ONE_FILTER = Preset.named(Lesson.presetKey(ID, "oneFilter"))
            .with(SIZE, 5).with(KERNEL, 3).with(STRIDE, 1).with(PADDING, 0).with(FILTERS, 1);
    /** Two filters, padding 1, stride 2: the layout of the CS231n demonstration, 3×5×5 to 2×3×3. */
    public static final Preset TWO_FILTERS = Preset.named(Lesson.presetKey(ID, "twoFilters"))
            .with(SIZE, 5).with(KERNEL, 3).with(STRIDE, 2).with(PADDING, 1).with(FILTERS, 2);
    /** Four filters with "same" padding: four output channels the size of the input. */
    public static final Preset FOUR_FILTERS = Preset.named(Lesson.presetKey(ID, "fourFilters"))
            .with(SIZE, 4).with(KERNEL, 3).with(STRIDE, 1).with(PADDING, 1).with(FILTERS, 4);

    private static final long INPUT_SEED = 3;
    private static final long WEIGHT_SEED = 5;
    private static final long BIAS_SEED = 7;

    /** The tensors and parameters of one set of values. */
    public record Inputs(Tensor x, Tensor w, Tensor b, Conv2dParams params) {
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.BASICS,
            PULL_OUT.after(SIZE, KERNEL, STRIDE, PADDING, FILTERS),
            List.of(ONE_FILTER, TWO_FILTERS, FOUR_FILTERS));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        return PULL_OUT.isRelevant(parameter, values);
    }

    /** The input {@code [3, H, W]} of whole numbers 0 to 2, weights -1 to 1, biases 0 or 1. */
    public static Inputs inputs(ParameterValues values) {
        int size = values.get(SIZE);
        int k = values.get(KERNEL);
        int filters = values.get(FILTERS);
        Tensor x = SampleTensors.integers(INPUT_SEED, 0, 2, CHANNELS, size, size);
        Tensor w = SampleTensors.integers(WEIGHT_SEED, -1, 1, filters, CHANNELS, k, k);
        Tensor b = SampleTensors.integers(BIAS_SEED, 0, 1, filters);
        Conv2dParams params = new Conv2dParams(Window2d.of(values.get(STRIDE), values.get(PADDING), 1), 1, false);
        return new Inputs(x, w, b, params);
    }

    @Override
    public Playback prepare(ParameterValues values) {
        Inputs in = inputs(values);
        int[] y = Conv2d.outputShape(in.x(), in.w(), in.b(), in.params());
        Trace<WeightedSumStep> trace = Traces.conv2d(in.x(), in.w(), in.b(), in.params());
        OpCount count = Counts.conv2d(in.x().shape(), in.w().shape(), true, in.params());
        StackedSteps steps = new StackedSteps(in.x(), StackPadding.of(in.params().window().pads()), in.w(), true,
                trace);
        int k = values.get(KERNEL);
        List<Message> counts = List.of(
                Message.of("counts.parameters", count.parameters()),
                Message.of("lesson.multichannel-conv2d.counts.filter", StackShape.dimensions(CHANNELS, k, k)),
                Message.of("counts.outputShape", StackShape.dimensions(y)));
        String formula = StackedFormulas.lines(List.of(StackedFormulas.rule("H_o", "H"),
                StackedFormulas.axis("H_o = W_o", values.get(SIZE), values.get(PADDING), k, values.get(STRIDE), y[1]),
                "C_o = N = " + y[0]));
        return new StackedPlayback(trace, steps, PULL_OUT, values, count.multiplies(), counts,
                formula);
    }
}
