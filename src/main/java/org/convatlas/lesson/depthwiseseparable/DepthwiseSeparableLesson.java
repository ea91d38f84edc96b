package org.convatlas.lesson.depthwiseseparable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.DepthwiseSeparable;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Stage;
import org.convatlas.compute.trace.StagedTrace;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.stack.SampleTensors;
import org.convatlas.lesson.stack.StackPadding;
import org.convatlas.lesson.stack.StackShape;
import org.convatlas.lesson.stack.StackedFormulas;
import org.convatlas.lesson.stack.StackedPlayback;
import org.convatlas.lesson.stack.StackedSteps;
import org.convatlas.lesson.staged.StagedPlayback;
import org.convatlas.render.chrome.NumberText;

/**
 * Depthwise separable convolution, in two stages over an input {@code [C, H, W]}: <b>depthwise</b>, {@code m} k×k
 * filters per input channel, each reading its own channel only ({@code C·m} output channels, one group per input
 * channel), then <b>pointwise</b>, {@code N} 1×1 filters mixing those channels. It gives the shape of a standard
 * convolution to {@code N} channels for {@code C·m·k²·Ho·Wo + N·C·m·Ho·Wo} multiplications instead of
 * {@code N·C·k²·Ho·Wo}: the share {@code m/N + m/k²}, so the saving is at most {@code k²/m}. With an expansion
 * {@code t > 1}, MobileNetV2's block: a 1×1 convolution first widens the input to {@code t·C} channels, and the two
 * stages run on those. Every number comes from {@link Traces#depthwiseSeparable} and {@link Counts}.
 */
public final class DepthwiseSeparableLesson implements Lesson {

    public static final String ID = "depthwise-separable";
    private static final String KEYS = "lesson." + ID + ".";

    /** How the lesson computes the layer: in its two stages, or as the one standard convolution they amount to. */
    public enum View {
        SEPARABLE, STANDARD;

        String labelKey() {
            return KEYS + "view." + name().toLowerCase(Locale.ROOT);
        }
    }

    public static final ChoiceParameter<View> VIEW = new ChoiceParameter<>("view", KEYS + "view",
            Arrays.stream(View.values()).map(v -> new ChoiceParameter.Option<>(v, v.labelKey())).toList(),
            View.SEPARABLE);
    public static final IntParameter CHANNELS = new IntParameter("inputChannels", "parameter.inputChannels", 1, 512,
            3);
    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 32, 7);
    public static final IntParameter KERNEL = new IntParameter("kernel", "parameter.kernelSize", 1, 7, 3);
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 3, 1);
    public static final IntParameter PADDING = new IntParameter("padding", "parameter.padding", 0, 3, 0);
    public static final IntParameter MULTIPLIER = new IntParameter("depthMultiplier", KEYS + "depthMultiplier", 1, 4,
            1);
    public static final IntParameter FILTERS = new IntParameter("outputChannels", "parameter.outputChannels", 1, 1024,
            128);
    /** MobileNetV2's expansion factor t: a 1×1 convolution to t·C channels before the depthwise stage; 1 for none. */
    public static final IntParameter EXPANSION = new IntParameter("expansion", KEYS + "expansion", 1, 6, 1);

    /** The teaching texts' example: 7×7×3, 3×3 kernels, 128 outputs; 86,400 multiplications against 10,275. */
    public static final Preset TEXTS = preset("texts", 3, 7, 3, 1, 0, 1, 128);
    /** A few channels, to watch every step of both stages. */
    public static final Preset SMALL = preset("small", 2, 5, 3, 1, 1, 1, 2);
    /** A depth multiplier of 2: two depthwise filters per channel, so twice the work of both stages. */
    public static final Preset MULTIPLIED = preset("multiplier2", 2, 5, 3, 1, 1, 2, 3);
    /** A MobileNet layer: 14×14×512 to 512 channels, 3×3, padding 1; about 8.8 times fewer multiplications. */
    public static final Preset MOBILE_NET = preset("mobileNet", 512, 14, 3, 1, 1, 1, 512);
    /**
     * MobileNetV2's block on 14×14×96: expand to 576 channels, 3×3 depthwise, project back to 96; 22,692,096
     * multiplications, 1.4 times a standard 3×3 convolution from 96 to 96 channels.
     */
    public static final Preset MOBILE_NET_V2 = preset("mobileNetV2", 96, 14, 3, 1, 1, 1, 96).with(EXPANSION, 6);
    /** A few channels through the three stages of MobileNetV2's block, every step. */
    public static final Preset EXPANDED_SMALL = preset("expandedSmall", 2, 5, 3, 1, 1, 1, 2).with(EXPANSION, 2);

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.FACTORIZED,
            List.of(VIEW, CHANNELS, SIZE, KERNEL, STRIDE, PADDING, MULTIPLIER, FILTERS, EXPANSION),
            List.of(TEXTS, SMALL, MULTIPLIED, MOBILE_NET, EXPANDED_SMALL, MOBILE_NET_V2));

    private static final long INPUT_SEED = 7;
    private static final long DEPTHWISE_SEED = 8;
    private static final long POINTWISE_SEED = 9;
    private static final long EXPANSION_SEED = 10;

    private static Preset preset(String name, int channels, int size, int kernel, int stride, int padding,
                                 int multiplier, int filters) {
        return Preset.named(Lesson.presetKey(ID, name)).with(CHANNELS, channels).with(SIZE, size).with(KERNEL, kernel)
                .with(STRIDE, stride).with(PADDING, padding).with(MULTIPLIER, multiplier).with(FILTERS, filters);
    }

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /**
     * The input {@code [C, H, W]} of whole numbers 0 to 2; the expansion weights {@code [t·C, C, 1, 1]} (null when
     * {@code t = 1}), the depthwise weights {@code [t·C·m, 1, k, k]} and the pointwise weights {@code [N, t·C·m, 1, 1]},
     * whole numbers from −1 to 1; and the window.
     */
    public record Inputs(Tensor x, Tensor expansion, Tensor depthwise, Tensor pointwise, Window2d window) {

        /** The inputs {@code values} ask for. */
        public static Inputs of(ParameterValues values) {
            int c = values.get(CHANNELS);
            int k = values.get(KERNEL);
            int t = values.get(EXPANSION);
            int tcm = t * c * values.get(MULTIPLIER);
            return new Inputs(SampleTensors.integers(INPUT_SEED, 0, 2, c, values.get(SIZE), values.get(SIZE)),
                    t == 1 ? null : SampleTensors.integers(EXPANSION_SEED, -1, 1, t * c, c, 1, 1),
                    SampleTensors.integers(DEPTHWISE_SEED, -1, 1, tcm, 1, k, k),
                    SampleTensors.integers(POINTWISE_SEED, -1, 1, values.get(FILTERS), tcm, 1, 1),
                    Window2d.of(values.get(STRIDE), values.get(PADDING), 1));
        }

        /** The shape of the weights a tensor has, or null for none, as the engine's counts take them. */
        private static int[] shape(Tensor t) {
            return t == null ? null : t.shape();
        }

        StagedTrace<WeightedSumStep> trace() {
            return Traces.depthwiseSeparable(x, expansion, depthwise, pointwise, window);
        }

        OpCount separableCount() {
            return Counts.depthwiseSeparable(x.shape(), shape(expansion), depthwise.shape(), pointwise.shape(), window);
        }

        OpCount standardCount() {
            return Counts.depthwiseSeparableStandard(x.shape(), shape(expansion), depthwise.shape(), pointwise.shape(),
                    window);
        }

        double share() {
            return Counts.depthwiseSeparableShare(x.shape(), shape(expansion), depthwise.shape(), pointwise.shape(),
                    window);
        }

        Tensor standardWeights() {
            return DepthwiseSeparable.standardWeights(x.shape(), expansion, depthwise, pointwise, window);
        }
    }

    @Override
    public Playback prepare(ParameterValues values) {
        Inputs in = Inputs.of(values);
        StagedTrace<WeightedSumStep> trace = in.trace();
        OpCount separable = in.separableCount();
        OpCount standard = in.standardCount();
        double share = in.share();
        List<Message> comparison = List.of(stagesCount(trace, separable),
                Message.of(KEYS + "counts.standard", standard.multiplies(), standard.parameters()),
                share < 1 ? Message.of(KEYS + "counts.saving", 1 / share, share)
                        : Message.of(KEYS + "counts.costlier", share, in.depthwise().dim(0)));
        String formula = formula(values, trace, standard, share);
        return values.get(VIEW) == View.STANDARD ? standard(in, trace.output(), comparison, formula)
                : separable(in, trace, comparison, formula);
    }

    /**
     * "Depthwise separable: 675 + 9,600 = 10,275 multiplications, 1,011 parameters", or with an expansion
     * "Expand, depthwise, project: … + … + … = …": each stage's multiplications from its trace, the sum and the
     * parameters from the engine's count.
     */
    private static Message stagesCount(StagedTrace<WeightedSumStep> trace, OpCount total) {
        List<Object> arguments = new ArrayList<>();
        trace.stages().forEach(stage -> arguments.add(stage.trace().totalMultiplies()));
        arguments.add(total.multiplies());
        arguments.add(total.parameters());
        String key = trace.stages().size() == 3 ? "counts.expanded" : "counts.separable";
        return Message.of(KEYS + key, arguments.toArray());
    }

    /**
     * The stages one after the other, each stepped through on its own stack: the expansion (if any) on the input, the
     * depthwise stage on what it gives, the pointwise stage on the depthwise output.
     */
    private static Playback separable(Inputs in, StagedTrace<WeightedSumStep> trace, List<Message> comparison,
                                      String formula) {
        List<StagedPlayback.Part> parts = new ArrayList<>();
        Tensor input = in.x();
        String inputCaption = "figure.stack.input";
        for (Stage<? extends WeightedSumStep> stage : trace.stages()) {
            Trace<? extends WeightedSumStep> steps = stage.trace();
            Tensor weights = switch (stage.name()) {
                case Traces.EXPANSION -> in.expansion();
                case Traces.DEPTHWISE -> in.depthwise();
                default -> in.pointwise();
            };
            Window2d window = stage.name().equals(Traces.DEPTHWISE) ? in.window() : Window2d.DEFAULT;
            String outputCaption = stage.name().equals(Traces.POINTWISE) ? "figure.stack.output"
                    : KEYS + "figure." + stage.name();
            StackedSteps pictures = new StackedSteps(input, StackPadding.of(window.pads()), weights, false, steps)
                    .captioned(inputCaption, outputCaption);
            StackedPlayback playback = new StackedPlayback(steps, pictures, steps.totalMultiplies(), List.of(
                    filters("counts." + stage.name(), weights),
                    Message.of("counts.outputShape", StackShape.dimensions(steps.outputShape()))), formula);
            parts.add(new StagedPlayback.Part(Message.of(KEYS + "stage." + stage.name()), playback));
            input = steps.output();
            inputCaption = outputCaption;
        }
        return new StagedPlayback(trace, parts, comparison);
    }

    /**
     * The same layer as one standard convolution, its filters the stages' weights multiplied out
     * ({@link DepthwiseSeparable#standardWeights}), on the same input: the counts say how far its output is from the
     * stages' (0 with these whole-number weights).
     */
    private static Playback standard(Inputs in, Tensor separableOutput, List<Message> comparison, String formula) {
        Tensor w = in.standardWeights();
        Trace<WeightedSumStep> trace = Traces.conv2d(in.x(), w, null, new Conv2dParams(in.window(), 1, false));
        List<Message> counts = new ArrayList<>(List.of(
                filters(in.expansion() == null ? "counts.standardFilters" : "counts.standardFiltersExpanded", w),
                Message.of("counts.outputShape", StackShape.dimensions(trace.outputShape())),
                Message.of(KEYS + "counts.sameOutput", trace.output().maxAbsDifference(separableOutput))));
        counts.addAll(comparison);
        return new StackedPlayback(trace, new StackedSteps(in.x(), StackPadding.of(in.window().pads()), w, false,
                trace), trace.totalMultiplies(), counts, formula);
    }

    /** "Depthwise filters: 3 of 1×3×3, 27 weights": how many filters {@code w [N, C, kH, kW]} holds, of what shape. */
    private static Message filters(String key, Tensor w) {
        return Message.of(KEYS + key, w.dim(0), StackShape.dimensions(w.dim(1), w.dim(2), w.dim(3)), w.size());
    }

    /**
     * The output size, then the share of the standard convolution's work with the current numbers:
     * {@code (C·m·k² + N·C·m)·Ho·Wo / (N·C·k²·Ho·Wo) = m/N + m/k²}; with an expansion, whose stage runs at the
     * input's size, the stages' multiplications over the standard convolution's.
     */
    private static String formula(ParameterValues values, StagedTrace<WeightedSumStep> trace, OpCount standard,
                                  double share) {
        int k = values.get(KERNEL);
        int m = values.get(MULTIPLIER);
        String axis = StackedFormulas.axis("H_o = W_o", values.get(SIZE), values.get(PADDING), k,
                values.get(STRIDE), trace.outputShape()[1]);
        if (trace.stages().size() == 3) {
            String stages = String.join(" + ", trace.stages().stream()
                    .map(stage -> Long.toString(stage.trace().totalMultiplies())).toList());
            return StackedFormulas.lines(List.of(axis, "\\frac{H W C \\cdot tC + H_o W_o \\cdot tC m k^2"
                    + " + H_o W_o \\cdot N tC m}{H_o W_o N C k^2} = \\frac{" + stages + "}{" + standard.multiplies()
                    + "} = " + NumberText.of(share)));
        }
        return StackedFormulas.lines(List.of(axis,
                "\\frac{C m k^2 + N C m}{N C k^2} = \\frac{m}{N} + \\frac{m}{k^2} = \\frac{" + m + "}{"
                        + values.get(FILTERS) + "} + \\frac{" + m + "}{" + k * k + "} = " + NumberText.of(share)));
    }
}
