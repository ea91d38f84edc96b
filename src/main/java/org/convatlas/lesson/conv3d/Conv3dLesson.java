package org.convatlas.lesson.conv3d;

import java.util.List;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Conv3dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Pads3d;
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
 * 3-D convolution of a one-channel volume {@code [1, D, H, W]} with a {@code k×k×k} kernel that slides along depth as
 * well as height and width, set beside the 2-D convolution of the same numbers read as {@code D} channels, whose
 * kernel {@code [1, D, k, k]} spans the whole depth and does not move along it. Both use the same stride and padding
 * in height and width; the 3-D one pads and strides its depth alike. No bias.
 */
public final class Conv3dLesson implements Lesson {

    /** The lesson\'s id, also the start of its bundle keys. */
    public static final String ID = "conv3d";

    /** How the depth of the volume is read. */
    public enum Depth {
        /** A third axis the kernel slides along: 3-D convolution. */
        VOLUME,
        /** Channels, all under the kernel at once: 2-D convolution. */
        CHANNELS
    }

    public static final IntParameter DEPTH = new IntParameter("depth", "lesson.conv3d.depth", 1, 8, 5);
    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 8, 5);
    public static final IntParameter KERNEL = new IntParameter("kernel", "parameter.kernelSize", 1, 5, 3);
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 3, 1);
    public static final IntParameter PADDING = new IntParameter("padding", "parameter.padding", 0, 2, 0);
    public static final ChoiceParameter<Depth> DEPTH_AS = new ChoiceParameter<>("depthAs", "lesson.conv3d.depthAs",
            List.of(new ChoiceParameter.Option<>(Depth.VOLUME, "lesson.conv3d.depthAs.volume"),
                    new ChoiceParameter.Option<>(Depth.CHANNELS, "lesson.conv3d.depthAs.channels")), Depth.VOLUME);
    private static final PullOut PULL_OUT = new PullOut(false, DEPTH.max());
    public static final BooleanParameter PULL_OUT_SHOWN = PULL_OUT.shown;
    public static final IntParameter PULLED_SHEET = PULL_OUT.sheet;

    /** A 5×5×5 volume and a 3×3×3 kernel: a 3×3×3 output, the kernel visiting three depths. */
    public static final Preset VOLUME = Preset.named(Lesson.presetKey(ID, "volume"))
            .with(DEPTH, 5).with(SIZE, 5).with(KERNEL, 3).with(STRIDE, 1).with(PADDING, 0)
            .with(DEPTH_AS, Depth.VOLUME);
    /** The same volume as five channels: the kernel 5×3×3 covers the whole depth; one 3×3 output sheet. */
    public static final Preset AS_CHANNELS = Preset.named(Lesson.presetKey(ID, "channels"))
            .with(DEPTH, 5).with(SIZE, 5).with(KERNEL, 3).with(STRIDE, 1).with(PADDING, 0)
            .with(DEPTH_AS, Depth.CHANNELS);
    /** Padding 1 and stride 2 along every axis: zero slices before and after the volume, every other depth. */
    public static final Preset STRIDED = Preset.named(Lesson.presetKey(ID, "strided"))
            .with(DEPTH, 5).with(SIZE, 5).with(KERNEL, 3).with(STRIDE, 2).with(PADDING, 1)
            .with(DEPTH_AS, Depth.VOLUME);

    private static final long INPUT_SEED = 17;
    private static final long WEIGHT_SEED = 19;

    /**
     * The volume as each operation takes it, and their weights: {@code volume [1, D, H, W]} with
     * {@code kernel3d [1, 1, k, k, k]}, and {@code channels [D, H, W]} (the same numbers) with
     * {@code kernel2d [1, D, k, k]}.
     */
    public record Inputs(Tensor volume, Tensor kernel3d, Conv3dParams params3d, Tensor channels, Tensor kernel2d,
                  Conv2dParams params2d) {
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.BASICS,
            PULL_OUT.after(DEPTH, SIZE, KERNEL, STRIDE, PADDING, DEPTH_AS),
            List.of(VOLUME, AS_CHANNELS, STRIDED));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        return PULL_OUT.isRelevant(parameter, values);
    }

    /** The volume of whole numbers 0 to 2 and weights -1 to 1. */
    public static Inputs inputs(ParameterValues values) {
        int d = values.get(DEPTH);
        int size = values.get(SIZE);
        int k = values.get(KERNEL);
        int s = values.get(STRIDE);
        int p = values.get(PADDING);
        Tensor volume = SampleTensors.integers(INPUT_SEED, 0, 2, 1, d, size, size);
        Tensor kernel3d = SampleTensors.integers(WEIGHT_SEED, -1, 1, 1, 1, k, k, k);
        Conv3dParams params3d = new Conv3dParams(s, s, s, Pads3d.uniform(p), 1, 1, 1, 1);
        Tensor channels = volume.reshape(d, size, size);
        Tensor kernel2d = SampleTensors.integers(WEIGHT_SEED, -1, 1, 1, d, k, k);
        Conv2dParams params2d = new Conv2dParams(Window2d.of(s, p, 1), 1, false);
        return new Inputs(volume, kernel3d, params3d, channels, kernel2d, params2d);
    }

    @Override
    public Playback prepare(ParameterValues values) {
        Inputs in = inputs(values);
        int size = values.get(SIZE);
        int k = values.get(KERNEL);
        int s = values.get(STRIDE);
        int p = values.get(PADDING);
        List<Message> counts = List.of(volumeCounts(in), channelCounts(in));
        int depth = values.get(DEPTH);
        if (values.get(DEPTH_AS) == Depth.VOLUME) {
            int[] y = Conv3d.outputShape(in.volume(), in.kernel3d(), null, in.params3d());
            Trace<WeightedSumStep> trace = Traces.conv3d(in.volume(), in.kernel3d(), null, in.params3d());
            StackedSteps steps = new StackedSteps(in.volume(), StackPadding.of(in.params3d().pads()), in.kernel3d(),
                    false, trace);
            String formula = StackedFormulas.lines(List.of(StackedFormulas.rule("D_o", "D"),
                    StackedFormulas.axis("D_o", depth, p, k, s, y[1]),
                    StackedFormulas.axis("H_o = W_o", size, p, k, s, y[2])));
            return new StackedPlayback(trace, steps, PULL_OUT, values,
                    Counts.conv3d(in.volume().shape(), in.kernel3d().shape(), false, in.params3d()).multiplies(),
                    counts, formula);
        }
        int[] y = Conv2d.outputShape(in.channels(), in.kernel2d(), null, in.params2d());
        Trace<WeightedSumStep> trace = Traces.conv2d(in.channels(), in.kernel2d(), null, in.params2d());
        StackedSteps steps = new StackedSteps(in.channels(), StackPadding.of(in.params2d().window().pads()),
                in.kernel2d(), false, trace);
        String formula = StackedFormulas.lines(List.of(StackedFormulas.rule("H_o", "H"),
                StackedFormulas.axis("H_o = W_o", size, p, k, s, y[1]), "C = D = " + depth + ",\\quad C_o = " + y[0]));
        return new StackedPlayback(trace, steps, PULL_OUT, values,
                Counts.conv2d(in.channels().shape(), in.kernel2d().shape(), false, in.params2d()).multiplies(),
                counts, formula);
    }

    /** The 3-D convolution's output, multiplies and parameters, or why the engine refuses it. */
    private static Message volumeCounts(Inputs in) {
        try {
            int[] y = Conv3d.outputShape(in.volume(), in.kernel3d(), null, in.params3d());
            OpCount count = Counts.conv3d(in.volume().shape(), in.kernel3d().shape(), false, in.params3d());
            return Message.of("lesson.conv3d.counts.volume", StackShape.dimensions(y), count.multiplies(),
                    count.parameters());
        } catch (InvalidArgumentException refused) {
            return Message.of("lesson.conv3d.counts.volume.refused", refused.getMessage());
        }
    }

    /** The 2-D convolution's output, multiplies and parameters, or why the engine refuses it. */
    private static Message channelCounts(Inputs in) {
        try {
            int[] y = Conv2d.outputShape(in.channels(), in.kernel2d(), null, in.params2d());
            OpCount count = Counts.conv2d(in.channels().shape(), in.kernel2d().shape(), false, in.params2d());
            return Message.of("lesson.conv3d.counts.channels", in.channels().dim(0), StackShape.dimensions(y),
                    count.multiplies(), count.parameters());
        } catch (InvalidArgumentException refused) {
            return Message.of("lesson.conv3d.counts.channels.refused", refused.getMessage());
        }
    }
}
