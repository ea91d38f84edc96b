package org.convatlas.lesson.pointwise;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.BottleneckCount;
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
import org.convatlas.lesson.ChoiceParameter;
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
 * 1×1 convolution: weights {@code [Cout, Cin, 1, 1]} over an input {@code [Cin, H, W]}, no bias. Each output value
 * is a weighted sum of the input channels at one position, {@code Cin} multiplications, so a 1×1 convolution mixes
 * (or, with one channel, scales) channels without looking at neighbours, and changes the number of channels at the
 * cost of {@code Cin*Cout} weights. Its multiplies set beside those of a 3×3 kernel with the same channels show why
 * networks use it to shrink channels before a large kernel.
 */
public final class PointwiseConvLesson implements Lesson {

    /** The lesson\'s id, also the start of its bundle keys. */
    public static final String ID = "conv-1x1";

    /** The weights a lesson can fill its kernel with. */
    public enum Weights {
        /** Every weight 2: with one channel, the output is the input doubled. */
        TWO,
        /** Whole numbers from -1 to 2. */
        MIXED
    }

    public static final IntParameter INPUT_CHANNELS = new IntParameter("inputChannels",
            "lesson.conv-1x1.inputChannels", 1, 256, 6);
    public static final IntParameter OUTPUT_CHANNELS = new IntParameter("outputChannels",
            "lesson.conv-1x1.outputChannels", 1, 32, 1);
    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 32, 5);
    public static final ChoiceParameter<Weights> WEIGHTS = new ChoiceParameter<>("weights",
            "lesson.conv-1x1.weights", List.of(
                    new ChoiceParameter.Option<>(Weights.TWO, "lesson.conv-1x1.weights.two"),
                    new ChoiceParameter.Option<>(Weights.MIXED, "lesson.conv-1x1.weights.mixed")), Weights.MIXED);
    /** Whether the counts set a bottleneck block (1×1 down to the output channels, 3×3, 1×1 back) beside a 3×3. */
    public static final BooleanParameter BOTTLENECK = new BooleanParameter("bottleneck",
            "lesson.conv-1x1.bottleneck", false);
    private static final PullOut PULL_OUT = new PullOut(true, INPUT_CHANNELS.max());
    public static final BooleanParameter PULL_OUT_SHOWN = PULL_OUT.shown;
    public static final IntParameter PULLED_SHEET = PULL_OUT.sheet;

    /** One 5×5 channel times a single weight 2: the output is the input doubled. */
    public static final Preset SCALING = Preset.named(Lesson.presetKey(ID, "scaling"))
            .with(INPUT_CHANNELS, 1).with(OUTPUT_CHANNELS, 1).with(SIZE, 5).with(WEIGHTS, Weights.TWO)
            .with(PULL_OUT_SHOWN, true).with(PULLED_SHEET, 0);
    /** Six channels mixed into one: each output value weighs the six values at its position. */
    public static final Preset MIXING = Preset.named(Lesson.presetKey(ID, "mixing"))
            .with(INPUT_CHANNELS, 6).with(OUTPUT_CHANNELS, 1).with(SIZE, 5).with(WEIGHTS, Weights.MIXED)
            .with(PULL_OUT_SHOWN, true).with(PULLED_SHEET, 0);
    /** 192 channels of 28×28 reduced to 16, as in the first Inception block: the counts matter here. */
    public static final Preset REDUCTION = Preset.named(Lesson.presetKey(ID, "reduction"))
            .with(INPUT_CHANNELS, 192).with(OUTPUT_CHANNELS, 16).with(SIZE, 28).with(WEIGHTS, Weights.MIXED)
            .with(PULL_OUT_SHOWN, false);
    /** 128 channels reduced to 32 as the first step of a bottleneck block, its weights beside a plain 3×3's. */
    public static final Preset BOTTLENECK_BLOCK = Preset.named(Lesson.presetKey(ID, "bottleneck"))
            .with(INPUT_CHANNELS, 128).with(OUTPUT_CHANNELS, 32).with(SIZE, 28).with(WEIGHTS, Weights.MIXED)
            .with(BOTTLENECK, true).with(PULL_OUT_SHOWN, false);

    /** The side of the kernel this lesson sets beside the 1×1 one. */
    static final int WIDER_KERNEL = 3;

    private static final long INPUT_SEED = 11;
    private static final long WEIGHT_SEED = 13;

    /** The tensors of one set of values; the convolution is plain (stride 1, no padding). */
    public record Inputs(Tensor x, Tensor w) {
    }

    /** In Basics: it is a plain convolution with {@code k = 1}, and the Factorized chapter builds on it. */
    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.BASICS,
            PULL_OUT.after(INPUT_CHANNELS, OUTPUT_CHANNELS, SIZE, WEIGHTS, BOTTLENECK),
            List.of(SCALING, MIXING, REDUCTION, BOTTLENECK_BLOCK));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        return PULL_OUT.isRelevant(parameter, values);
    }

    /** The input of whole numbers 0 to 9 and the weights the values ask for. */
    public static Inputs inputs(ParameterValues values) {
        int cin = values.get(INPUT_CHANNELS);
        int cout = values.get(OUTPUT_CHANNELS);
        int size = values.get(SIZE);
        Tensor x = SampleTensors.integers(INPUT_SEED, 0, 9, cin, size, size);
        Tensor w = values.get(WEIGHTS) == Weights.TWO ? Tensor.filled(2, cout, cin, 1, 1)
                : SampleTensors.integers(WEIGHT_SEED, -1, 2, cout, cin, 1, 1);
        return new Inputs(x, w);
    }

    @Override
    public Playback prepare(ParameterValues values) {
        Inputs in = inputs(values);
        Conv2dParams params = Conv2dParams.DEFAULT;
        int[] y = Conv2d.outputShape(in.x(), in.w(), null, params);
        Trace<WeightedSumStep> trace = Traces.conv2d(in.x(), in.w(), null, params);
        OpCount count = Counts.conv2d(in.x().shape(), in.w().shape(), false, params);
        int cin = in.x().dim(0);
        int[] wider = {y[0], cin, WIDER_KERNEL, WIDER_KERNEL};
        Conv2dParams samePadding = new Conv2dParams(Window2d.of(1, WIDER_KERNEL / 2, 1), 1, false);
        List<Message> counts = new ArrayList<>(List.of(
                Message.of("counts.parameters", count.parameters()),
                Message.of("lesson.conv-1x1.counts.perValue", trace.step(0).multiplies()),
                Message.of("counts.outputShape", StackShape.dimensions(y)),
                Message.of("lesson.conv-1x1.counts.wider",
                        Counts.conv2d(in.x().shape(), wider, false, samePadding).multiplies())));
        if (values.get(BOTTLENECK)) {
            counts.addAll(bottleneckCounts(Counts.bottleneck(in.x().shape(), y[0], WIDER_KERNEL), cin, y[0]));
        }
        StackedSteps steps = new StackedSteps(in.x(), StackPadding.of(params.window().pads()), in.w(), false, trace);
        String formula = StackedFormulas.lines(List.of(StackedFormulas.rule("H_o", "H"),
                StackedFormulas.axis("H_o = W_o", values.get(SIZE), 0, 1, 1, y[1]), "C_o = " + y[0]));
        return new StackedPlayback(trace, steps, PULL_OUT, values, count.multiplies(), counts, formula);
    }

    /** The bottleneck block's weights stage by stage and in all, then the plain 3×3's and how many times more. */
    private static List<Message> bottleneckCounts(BottleneckCount block, int channels, int reduced) {
        return List.of(
                Message.of("lesson.conv-1x1.counts.bottleneck", channels, reduced, block.reduce().parameters(),
                        block.spatial().parameters(), block.expand().parameters(), block.total().parameters(),
                        block.total().multiplies()),
                Message.of("lesson.conv-1x1.counts.plain", channels, block.plain().parameters(),
                        block.plain().multiplies(), block.saving()));
    }
}
