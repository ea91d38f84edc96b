package org.convatlas.lesson.grouped;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.ChannelGroups;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.GroupedCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
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
import org.convatlas.render.GroupBand;

/**
 * Grouped convolution: the {@code Cin} input channels, the {@code Cout} filters and the {@code Cout} output channels
 * split into {@code G} groups of consecutive channels, and each filter {@code [Cin/G, k, k]} reads only the
 * {@code Cin/G} input channels of its group. The weights {@code Cout·(Cin/G)·k²} and the multiplications are the
 * standard convolution's divided by {@code G}; the input and output it reads and writes are not, so the values it
 * moves fall by less. {@code G = Cin} is the depthwise convolution. Every number comes from {@link Traces#conv2d} and
 * {@link Counts#groupedConv2d}; the groups are drawn as coloured, numbered bands
 * ({@link GroupBand}).
 */
public final class GroupedConvLesson implements Lesson {

    public static final String ID = "grouped-conv";
    private static final String KEYS = "lesson." + ID + ".";
    /** The most channels the lesson draws. */
    static final int MAX_CHANNELS = 16;

    public static final IntParameter INPUT_CHANNELS = new IntParameter("inputChannels", "parameter.inputChannels", 1,
            MAX_CHANNELS, 8);
    public static final IntParameter OUTPUT_CHANNELS = new IntParameter("outputChannels", "parameter.outputChannels",
            1, MAX_CHANNELS, 8);
    public static final IntParameter GROUPS = new IntParameter("groups", KEYS + "groups", 1, MAX_CHANNELS, 2);
    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 2, 8, 5);
    public static final IntParameter KERNEL = new IntParameter("kernel", "parameter.kernelSize", 1, 5, 3);
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 3, 1);
    public static final IntParameter PADDING = new IntParameter("padding", "parameter.padding", 0, 2, 0);
    private static final PullOut PULL_OUT = new PullOut(false, MAX_CHANNELS);

    /** One group: the standard convolution, 8 → 8 channels, 3×3, 576 weights. */
    public static final Preset ONE_GROUP = preset("oneGroup", 1);
    /** Two groups, as AlexNet split its layers over two GPUs: 288 weights. */
    public static final Preset ALEX_NET = preset("alexNet", 2);
    /** Four groups: 144 weights. */
    public static final Preset FOUR_GROUPS = preset("fourGroups", 4);
    /** As many groups as input channels: the depthwise convolution, 72 weights. */
    public static final Preset DEPTHWISE = preset("depthwise", 8);

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.CHANNEL_GROUPS,
            PULL_OUT.after(INPUT_CHANNELS, OUTPUT_CHANNELS, GROUPS, SIZE, KERNEL, STRIDE, PADDING),
            List.of(ONE_GROUP, ALEX_NET, FOUR_GROUPS, DEPTHWISE));

    private static final long INPUT_SEED = 18;
    private static final long WEIGHT_SEED = 19;

    private static Preset preset(String name, int groups) {
        return Preset.named(Lesson.presetKey(ID, name)).with(INPUT_CHANNELS, 8).with(OUTPUT_CHANNELS, 8)
                .with(GROUPS, groups).with(SIZE, 5).with(KERNEL, 3).with(STRIDE, 1).with(PADDING, 0);
    }

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        return PULL_OUT.isRelevant(parameter, values);
    }

    /**
     * The input {@code [Cin, H, W]} of whole numbers 0 to 2, the weights {@code [Cout, Cin/G, k, k]} of whole numbers
     * −1 to 1, no bias, and the convolution's parameters.
     */
    public record Inputs(Tensor x, Tensor w, Conv2dParams params) {

        /**
         * The inputs {@code values} ask for.
         *
         * @throws org.convatlas.compute.InvalidArgumentException if the groups do not divide both channel counts
         */
        public static Inputs of(ParameterValues values) {
            int cin = values.get(INPUT_CHANNELS);
            int cout = values.get(OUTPUT_CHANNELS);
            int groups = values.get(GROUPS);
            ChannelGroups.check(groups, cin, cout);
            int size = values.get(SIZE);
            int k = values.get(KERNEL);
            return new Inputs(SampleTensors.integers(INPUT_SEED, 0, 2, cin, size, size),
                    SampleTensors.integers(WEIGHT_SEED, -1, 1, cout, cin / groups, k, k),
                    new Conv2dParams(Window2d.of(values.get(STRIDE), values.get(PADDING), 1), groups, false));
        }
    }

    @Override
    public Playback prepare(ParameterValues values) {
        Inputs in = Inputs.of(values);
        Trace<WeightedSumStep> trace = Traces.conv2d(in.x(), in.w(), null, in.params());
        GroupedCount count = Counts.groupedConv2d(in.x().shape(), in.w().shape(), in.params());
        int g = count.groups();
        int cin = in.x().dim(0);
        int cout = in.w().dim(0);
        int k = values.get(KERNEL);
        List<Message> counts = new ArrayList<>(List.of(
                Message.of(KEYS + "counts.groups", g, GroupBand.label(g - 1), cin / g, cout / g),
                Message.of(KEYS + "counts.weights", cout, StackShape.dimensions(cin / g, k, k),
                        count.grouped().parameters(), count.standard().parameters(), g),
                Message.of(KEYS + "counts.multiplies", count.grouped().multiplies(), count.standard().multiplies(),
                        g),
                g == 1 ? Message.of(KEYS + "counts.valuesOneGroup", count.inputValues(),
                        count.grouped().parameters(), count.outputValues(), count.values())
                        : Message.of(KEYS + "counts.values", count.inputValues(), count.grouped().parameters(),
                        count.outputValues(), count.values(), count.standardValues(), count.valueSaving(),
                        count.multiplySaving())));
        if (g == cin) {
            counts.add(Message.of(KEYS + "counts.depthwise"));
        }
        counts.add(Message.of("counts.outputShape", StackShape.dimensions(trace.outputShape())));
        StackedSteps steps = new StackedSteps(in.x(), StackPadding.of(in.params().window().pads()), in.w(), false,
                trace, g);
        return new StackedPlayback(trace, steps, PULL_OUT, values, count.grouped().multiplies(), counts,
                formula(values, trace.outputShape(), count));
    }

    /**
     * The output size, then the weights with the current numbers: {@code w = C_o · C_i/G · k² = 8 · 8/2 · 3² = 288 =
     * 576/2}.
     */
    private static String formula(ParameterValues values, int[] y, GroupedCount count) {
        int k = values.get(KERNEL);
        int g = count.groups();
        return StackedFormulas.lines(List.of(
                StackedFormulas.axis("H_o = W_o", values.get(SIZE), values.get(PADDING), k, values.get(STRIDE), y[1]),
                "w = C_o \\cdot \\frac{C_i}{G} \\cdot k^2 = " + values.get(OUTPUT_CHANNELS) + " \\cdot \\frac{"
                        + values.get(INPUT_CHANNELS) + "}{" + g + "} \\cdot " + k + "^2 = "
                        + count.grouped().parameters() + " = \\frac{" + count.standard().parameters() + "}{" + g
                        + "}"));
    }
}
