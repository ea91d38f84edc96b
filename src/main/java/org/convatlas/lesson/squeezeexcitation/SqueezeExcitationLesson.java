package org.convatlas.lesson.squeezeexcitation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.SqueezeExcitation;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.StagedTrace;
import org.convatlas.compute.trace.Step;
import org.convatlas.compute.trace.Traces;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.SampleImage;
import org.convatlas.lesson.squeezeexcitation.ChannelWeightingFigure.Part;
import org.convatlas.lesson.stack.SampleTensors;
import org.convatlas.lesson.stack.StackedFormulas;
import org.convatlas.lesson.staged.StagedPlayback;

/**
 * Squeeze-and-excitation (channel weighting, 通道加权), after a convolution whose channels mean something: a bank of
 * named filters (blur, edges across and down, Laplacian, …) on a picture. Four stages of the engine's trace: squeeze
 * (each channel's mean), the first layer to {@code C/r} units with a ReLU, the second back to {@code C} weights with a
 * sigmoid, and the scaling of each map by its weight. Every number comes from {@link Traces#squeezeExcitation} and
 * {@link Counts}.
 */
public final class SqueezeExcitationLesson implements Lesson {

    public static final String ID = "squeeze-excitation";
    private static final String KEYS = "lesson." + ID + ".";

    public static final ImageParameter IMAGE = new ImageParameter("image", KEYS + "image", SampleImage.CAMERA.image());
    public static final IntParameter SIZE = new IntParameter("size", KEYS + "size", 4, 32, 24);
    public static final IntParameter CHANNELS = new IntParameter("channels", KEYS + "channels", 1,
            FeatureBank.ORDER.size(), 4);
    public static final IntParameter REDUCTION = new IntParameter("reduction", KEYS + "reduction", 1, 8, 2);
    public static final IntParameter SEED = new IntParameter("seed", KEYS + "seed", 1, 999, 3);

    /** Four filters on the photographer, 24×24, r = 2: two hidden units; the blur all but switched off. */
    public static final Preset FOUR = preset("four", SampleImage.CAMERA, 24, 4, 2, 3);
    /** Two filters on a 6×6 picture and one hidden unit: every step, a few seconds. */
    public static final Preset SMALL = preset("small", SampleImage.CAMERA, 6, 2, 2, 6);
    /** All eight filters on the cat, r = 4, as SENet reduces. */
    public static final Preset EIGHT = preset("eight", SampleImage.CHELSEA, 16, 8, 4, 3);
    /** No reduction (r = 1): as many hidden units as channels, and twice the parameters of r = 2. */
    public static final Preset NO_REDUCTION = preset("noReduction", SampleImage.COINS, 12, 4, 1, 5);

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.ADAPTIVE,
            List.of(IMAGE, SIZE, CHANNELS, REDUCTION, SEED), List.of(FOUR, SMALL, EIGHT, NO_REDUCTION));

    private static Preset preset(String name, SampleImage image, int size, int channels, int reduction, int seed) {
        return Preset.named(Lesson.presetKey(ID, name)).with(IMAGE, image.image()).with(SIZE, size)
                .with(CHANNELS, channels).with(REDUCTION, reduction).with(SEED, seed);
    }

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /**
     * The block's weights from the seed, whole numbers so that the sums read: {@code w1 [C/r, C]} and
     * {@code w2 [C, C/r]} from −2 to 2, the biases {@code b1 [C/r]} and {@code b2 [C]} from −1 to 1.
     */
    record Weights(Tensor w1, Tensor b1, Tensor w2, Tensor b2) {

        static Weights of(int seed, int channels, int hidden) {
            long first = 4L * seed;
            return new Weights(SampleTensors.integers(first, -2, 2, hidden, channels),
                    SampleTensors.integers(first + 1, -1, 1, hidden),
                    SampleTensors.integers(first + 2, -2, 2, channels, hidden),
                    SampleTensors.integers(first + 3, -1, 1, channels));
        }
    }

    @Override
    public Playback prepare(ParameterValues values) {
        FeatureBank bank = FeatureBank.of(values.get(IMAGE), values.get(SIZE), values.get(CHANNELS));
        int channels = bank.maps().dim(0);
        int hidden = SqueezeExcitation.hiddenSize(channels, values.get(REDUCTION));
        Weights weights = Weights.of(values.get(SEED), channels, hidden);
        StagedTrace<Step> trace = Traces.squeezeExcitation(bank.maps(), weights.w1(), weights.b1(), weights.w2(),
                weights.b2());
        OpCount block = Counts.squeezeExcitation(bank.maps().shape(), hidden);
        OpCount convolution = bank.convolutionCount();
        long layers = trace.stages().get(Part.REDUCE.ordinal()).trace().totalMultiplies()
                + trace.stages().get(Part.EXPAND.ordinal()).trace().totalMultiplies();
        List<Message> counts = List.of(
                Message.of(KEYS + "counts.convolution", channels, bank.maps().dim(1), convolution.multiplies(),
                        convolution.parameters()),
                Message.of(KEYS + "counts.block", block.parameters(), weights.w1().size() + weights.w2().size(),
                        weights.b1().size() + weights.b2().size(), block.multiplies(), layers,
                        trace.stages().get(Part.SCALE.ordinal()).trace().totalMultiplies()));
        ChannelWeightingSteps steps = new ChannelWeightingSteps(trace, bank, formula(channels, hidden, block));
        List<StagedPlayback.Part> parts = Arrays.stream(Part.values())
                .map(part -> new StagedPlayback.Part(Message.of(KEYS + "stage." + part.name().toLowerCase(Locale.ROOT)),
                        new ExcitationStage(steps, part, trace.stages().get(part.ordinal()).trace().stepCount())))
                .toList();
        return new StagedPlayback(trace, parts, counts);
    }

    /** The four stages in symbols, then the block's parameters with the current numbers. */
    private static String formula(int channels, int hidden, OpCount block) {
        return StackedFormulas.lines(List.of(
                "z_c = \\frac{1}{HW} \\sum_{i,j} x_{c,i,j}, \\quad h = \\max(0,\\, W_1 z + b_1), \\quad "
                        + "s = \\sigma(W_2 h + b_2), \\quad y_c = s_c\\, x_c",
                "2 C \\frac{C}{r} + \\frac{C}{r} + C = 2 \\cdot " + channels + " \\cdot " + hidden + " + " + hidden
                        + " + " + channels + " = " + block.parameters()));
    }
}
