package org.convatlas.lesson.flattened;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convatlas.compute.AvgPool2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Flattened;
import org.convatlas.compute.FlattenedKernel;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.SpatiallySeparable;
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
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.SampleImage;
import org.convatlas.lesson.grid.SingleChannelConv2d;
import org.convatlas.lesson.grid.SlidingWindowPlayback;
import org.convatlas.lesson.stack.SampleTensors;
import org.convatlas.lesson.stack.StackPadding;
import org.convatlas.lesson.stack.StackShape;
import org.convatlas.lesson.stack.StackedPlayback;
import org.convatlas.lesson.stack.StackedSteps;
import org.convatlas.lesson.staged.BoardedStage;
import org.convatlas.lesson.staged.StagedPlayback;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrids;
import org.convatlas.render.grid.SlidingWindow;

/**
 * Flattened convolution: a {@code C×k×k} filter of rank 1 is three 1-D filters multiplied out,
 * {@code w[c, i, j] = a[c]·b[i]·r[j]} (channels weighted {@code [1, 2, 1]} times Sobel x
 * {@code = [1, 2, 1]ᵀ × [−1, 0, 1]}), so convolving with it is a 1×1 pass across the channels, then a {@code k×1} pass
 * down the one map it leaves, then a {@code 1×k} pass across. On {@code [C, N, N]} (valid padding, stride 1) that is
 * {@code C·N² + k(N − k + 1)·N + k(N − k + 1)²} multiplications and {@code C + 2k} weights instead of
 * {@code C·k²(N − k + 1)²} and {@code C·k²}, a share tending to {@code 1/k² + 2/(C·k)}. The lesson plays four stages of
 * the engine's traces: the three passes ({@link Traces#flattened}) and, to compare, the full filter
 * ({@link Traces#conv2d}); the largest difference of the two outputs is the engine's. The factors and how far a
 * filter is from rank 1 are {@link FlattenedKernel}'s: a filter like a learned one (random numbers) is not rank 1, the
 * passes use its best rank-1 approximation, and the difference of the outputs is what the split loses.
 */
public final class FlattenedLesson implements Lesson {

    public static final String ID = "flattened";
    private static final String KEYS = "lesson." + ID + ".";

    /** What the filter slides over: a stack of small whole numbers, or a square from the middle of a photo. */
    public enum Source {
        NUMBERS, PHOTO;

        String labelKey() {
            return KEYS + "input." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The filter: Sobel x across channels weighted by the binomial coefficients (rank 1), or random tenths. */
    public enum FilterKind {
        SOBEL, LEARNED;

        String labelKey() {
            return KEYS + "filter." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The name of the fourth stage, the full filter the three passes are set against. */
    public static final String FULL = "full";

    /** A filter whose rank-1 approximation is off by at most this share of its norm counts as rank 1 (floats). */
    public static final double RANK_TOLERANCE = 1e-6;
    /** The photos' channels: red, green, blue. */
    public static final int PHOTO_CHANNELS = 3;

    private static final Window2d WINDOW = Window2d.DEFAULT;
    private static final long INPUT_SEED = 11;
    private static final long FILTER_SEED = 12;

    public static final ChoiceParameter<Source> INPUT = new ChoiceParameter<>("input", KEYS + "input",
            Arrays.stream(Source.values()).map(s -> new ChoiceParameter.Option<>(s, s.labelKey())).toList(),
            Source.NUMBERS);
    public static final ImageParameter IMAGE = new ImageParameter("image", KEYS + "image",
            SampleImage.CHELSEA.image());
    public static final IntParameter CHANNELS = new IntParameter("inputChannels", "parameter.inputChannels", 1, 6, 3);
    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 2, 40, 5);
    public static final IntParameter KERNEL = new IntParameter("kernel", "parameter.kernelSize", 2, 7, 3);
    public static final ChoiceParameter<FilterKind> FILTER = new ChoiceParameter<>("filter", KEYS + "filter",
            Arrays.stream(FilterKind.values()).map(f -> new ChoiceParameter.Option<>(f, f.labelKey())).toList(),
            FilterKind.SOBEL);

    /** The texts' example: [1, 2, 1] × Sobel x on [3, 5, 5]: 75 + 45 + 27 = 147 multiplications against 243. */
    public static final Preset TEXTS = preset("texts", Source.NUMBERS, 3, 5, 3, FilterKind.SOBEL);
    /** A 7×7 Sobel across the colours of a photo shrunk to 40×40: 22,412 multiplications against 169,932. */
    public static final Preset PHOTO = preset("photo", Source.PHOTO, PHOTO_CHANNELS, 40, 7, FilterKind.SOBEL);
    /** A filter like a learned one, random tenths, on [3, 6, 6]: not rank 1, so the split loses information. */
    public static final Preset LEARNED = preset("learned", Source.NUMBERS, 3, 6, 3, FilterKind.LEARNED);

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.FACTORIZED,
            List.of(INPUT, IMAGE, CHANNELS, SIZE, KERNEL, FILTER), List.of(TEXTS, PHOTO, LEARNED));

    private static Preset preset(String name, Source input, int channels, int size, int kernel, FilterKind filter) {
        return Preset.named(Lesson.presetKey(ID, name)).with(INPUT, input).with(IMAGE, SampleImage.CHELSEA.image())
                .with(CHANNELS, channels).with(SIZE, size).with(KERNEL, kernel).with(FILTER, filter);
    }

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /** The picture counts for a photo, the number of channels for a stack of numbers. */
    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        if (parameter == IMAGE) {
            return values.get(INPUT) == Source.PHOTO;
        }
        if (parameter == CHANNELS) {
            return values.get(INPUT) == Source.NUMBERS;
        }
        return true;
    }

    /** The input {@code [C, N, N]} and the filter {@code [C, k, k]} that {@code values} ask for. */
    public record Inputs(Tensor x, Tensor kernel) {

        /**
         * The input: whole numbers 0 to 2, or the picture shrunk to {@code N×N}; the filter:
         * the binomial channel weights times Sobel x, or tenths from −0.9 to 0.9.
         */
        public static Inputs of(ParameterValues values) {
            int n = values.get(SIZE);
            int k = values.get(KERNEL);
            Tensor x;
            if (values.get(INPUT) == Source.PHOTO) {
                x = shrunk(values.get(IMAGE), n);
            } else {
                x = SampleTensors.integers(INPUT_SEED, 0, 2, values.get(CHANNELS), n, n);
            }
            int c = x.dim(0);
            Tensor kernel = values.get(FILTER) == FilterKind.LEARNED
                    ? SampleTensors.tenths(FILTER_SEED, -9, 9, c, k, k)
                    : sobelAcross(KernelPreset.binomial(c), KernelPreset.SOBEL_X.kernel(k, k));
            return new Inputs(x, kernel);
        }

        /**
         * The middle square of {@code image}, averaged over blocks of {@code f×f} pixels by the engine's average
         * pooling ({@code f} the most that leaves at least {@code n} pixels a side), then its middle {@code n×n}: the
         * whole picture, or most of it, small enough to watch ({@code n} pixels a side, or the picture's shorter side
         * if that is less).
         */
        private static Tensor shrunk(InputImage image, int n) {
            Tensor pixels = image.pixels();
            int side = Math.min(pixels.dim(1), pixels.dim(2));
            int f = Math.max(1, side / n);
            Tensor square = pixels.centreCrop(side, side);
            Tensor pooled = f == 1 ? square : AvgPool2d.apply(square, new Pool2dParams(f, f, f, f, Pads2d.NONE), true);
            return pooled.centreCrop(n, n);
        }

        /** The filter {@code [C, k, k]} whose sheet {@code c} is {@code sobel} weighted by {@code channels[c]}. */
        private static Tensor sobelAcross(float[] channels, Kernel sobel) {
            int k = sobel.rows();
            Tensor kernel = Tensor.zeros(channels.length, k, k);
            for (int c = 0; c < channels.length; c++) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        kernel.set(channels[c] * sobel.weight(i, j), c, i, j);
                    }
                }
            }
            return kernel;
        }
    }

    @Override
    public Playback prepare(ParameterValues values) {
        Inputs in = Inputs.of(values);
        Tensor x = in.x();
        int c = x.dim(0);
        int n = x.dim(1);
        int k = in.kernel().dim(1);
        FlattenedKernel flat = FlattenedKernel.of(in.kernel());
        FlattenedKernel.Filters filters = flat.filters();
        boolean exact = flat.isRankOne(RANK_TOLERANCE);
        StagedTrace<WeightedSumStep> passes = Traces.flattened(x, filters.channel(), filters.column(), filters.row(),
                WINDOW);
        Trace<? extends WeightedSumStep> across = passes.stages().get(0).trace();
        Trace<? extends WeightedSumStep> down = passes.stages().get(1).trace();
        Trace<? extends WeightedSumStep> along = passes.stages().get(2).trace();
        Tensor full = in.kernel().reshape(1, c, k, k);
        Conv2dParams fullParams = new Conv2dParams(WINDOW, 1, false);
        Trace<WeightedSumStep> onePass = Traces.conv2d(x, full, null, fullParams);
        StagedTrace<WeightedSumStep> played = StagedTrace.of(List.of(passes.stages().get(0), passes.stages().get(1),
                passes.stages().get(2), new Stage<>(FULL, onePass)));

        int[] xs = x.shape();
        int[] channelShape = filters.channel().shape();
        int[] columnShape = filters.column().shape();
        int[] rowShape = filters.row().shape();
        OpCount flattened = Counts.flattened(xs, channelShape, columnShape, rowShape, WINDOW);
        OpCount standard = Counts.flattenedStandard(xs, channelShape, columnShape, rowShape, WINDOW);
        double share = Counts.flattenedShare(xs, channelShape, columnShape, rowShape, WINDOW);
        double limit = Counts.flattenedLimit(c, k, k);
        String formula = formula(c, n, k, standard.multiplies(), flattened.multiplies(), share, limit);
        double difference = passes.output().maxAbsDifference(onePass.output());

        FilterBoard board = new FilterBoard(in.kernel(), flat, filters, flat.countedRelativeError(RANK_TOLERANCE),
                exact, KEYS);
        Tensor mixed = across.output();
        int[] middle = down.outputShape();
        int[] y = along.outputShape();
        Message mixedCaption = Message.of(KEYS + "figure.mixed", n, n);
        Message middleCaption = Message.of(KEYS + "figure.intermediate", middle[1], middle[2]);
        Message rotated = Message.of("figure.kernelRotated");
        SingleChannelConv2d column = new SingleChannelConv2d(mixed, Kernel.of(k, 1, filters.column().data()),
                SpatiallySeparable.columnStep(WINDOW));
        SingleChannelConv2d row = new SingleChannelConv2d(down.output(), Kernel.of(1, k, filters.row().data()),
                SpatiallySeparable.rowStep(WINDOW));
        List<Playback> stages = List.of(
                new BoardedStage(new StackedPlayback(across, new StackedSteps(x, StackPadding.of(
                        Flattened.CHANNEL_STEP.window().pads()), filters.channel(), false, across),
                        across.totalMultiplies(), List.of(Message.of("counts.outputShape",
                        StackShape.dimensions(mixed.shape()))), formula), board.during(0)),
                new BoardedStage(new SlidingWindowPlayback(column, down, new SlidingWindow.Captions(mixedCaption,
                        Message.of(KEYS + "figure.columnFilter", k), rotated, middleCaption), step -> formula,
                        List.of()), board.during(1)),
                new BoardedStage(new SlidingWindowPlayback(row, along, new SlidingWindow.Captions(middleCaption,
                        Message.of(KEYS + "figure.rowFilter", k), rotated, Message.of("figure.output", y[1], y[2])),
                        step -> formula, List.of()), board.during(2)),
                new BoardedStage(new StackedPlayback(onePass, new StackedSteps(x, StackPadding.of(WINDOW.pads()),
                        full, false, onePass), onePass.totalMultiplies(), List.of(Message.of("counts.outputShape",
                        StackShape.dimensions(onePass.outputShape()))), formula),
                        BoardGrids.comparison(Message.of(KEYS + "figure.threePasses", y[1], y[2]), passes.output(),
                                difference)));
        List<Message> names = List.of(Message.of(KEYS + "stage.channel", c), Message.of(KEYS + "stage.column", k),
                Message.of(KEYS + "stage.row", k), Message.of(KEYS + "stage.full", c, k, k));
        List<StagedPlayback.Part> parts = IntStream.range(0, stages.size())
                .mapToObj(s -> new StagedPlayback.Part(names.get(s), stages.get(s))).toList();
        return new StagedPlayback(played, parts, List.of(
                Message.of(KEYS + (exact ? "counts.rankOne" : "counts.notRankOne"), list(filters.channel()),
                        list(filters.column()), list(filters.row())),
                Message.of(KEYS + "counts.error", NumberText.of(flat.countedRelativeError(RANK_TOLERANCE))),
                Message.of(KEYS + "counts.passes", across.totalMultiplies(), down.totalMultiplies(),
                        along.totalMultiplies(), flattened.multiplies(), flattened.parameters()),
                Message.of(KEYS + "counts.full", c, k, k, standard.multiplies(), standard.parameters(), share, limit),
                Message.of(KEYS + (exact ? "counts.rounding" : "counts.lost"), NumberText.of(difference))));
    }

    /**
     * The multiplications of the two ways as LaTeX, the current numbers put into the rule, then the share and its
     * limit (all the engine's, passed in):
     * <pre>
     * C·k²(N − k + 1)²                      = 3·3²·(5 − 3 + 1)²                       = 243
     * C·N² + k(N − k + 1)·N + k(N − k + 1)² = 3·5² + 3(5 − 3 + 1)·5 + 3(5 − 3 + 1)² = 147
     * 147/243 = 0.605, tending to 1/k² + 2/(C·k) = 0.333
     * </pre>
     */
    static String formula(int c, int n, int k, long full, long passes, double share, double limit) {
        String valid = "(" + n + " - " + k + " + 1)";
        return "\\begin{array}{l}" + String.join(" \\\\ ",
                "C \\, k^2 (N - k + 1)^2",
                "\\quad = " + c + " \\cdot " + k + "^2 \\cdot " + valid + "^2 = " + full,
                "C N^2 + k (N - k + 1) N + k (N - k + 1)^2",
                "\\quad = " + c + " \\cdot " + n + "^2 + " + k + valid + " \\cdot " + n + " + " + k + valid + "^2 = "
                        + passes,
                "\\frac{" + passes + "}{" + full + "} = " + NumberText.of(share)
                        + " \\xrightarrow{N \\to \\infty} \\frac{1}{k^2} + \\frac{2}{C k} = " + NumberText.of(limit))
                + "\\end{array}";
    }

    /** {@code 1, 2, 1}: a filter's weights as the figures write them. */
    private static String list(Tensor weights) {
        float[] data = weights.data();
        return IntStream.range(0, data.length).mapToObj(i -> NumberText.of(data[i]))
                .collect(Collectors.joining(", "));
    }
}
