package org.convatlas.lesson.spatiallyseparable;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.KernelRank;
import org.convatlas.compute.OpCount;
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
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.grid.GridOptions;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.lesson.grid.SingleChannelConv2d;
import org.convatlas.lesson.grid.SlidingWindowPlayback;
import org.convatlas.lesson.staged.BoardedStage;
import org.convatlas.lesson.staged.StagedPlayback;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrids;
import org.convatlas.render.grid.SlidingWindow;

/**
 * Spatially separable convolution: a {@code kH×kW} kernel of rank 1 is a column times a row,
 * {@code w[i, j] = c[i]·r[j]} (Sobel x {@code = [1, 2, 1]ᵀ × [−1, 0, 1]}), so convolving with it is convolving with
 * the {@code kH×1} column down the input, then with the {@code 1×kW} row across the result. On an {@code N×N} input
 * (valid padding, stride 1) an {@code m×m} kernel then costs {@code (2N − m + 1)(N − m + 1)·m} multiplications
 * instead of {@code (N − m + 1)²·m²}, a share that tends to {@code 2/m}. The lesson plays three stages of the
 * engine's traces: the column pass ({@link Traces#spatiallySeparable}), the row pass over its intermediate result,
 * and, to compare, the one {@code kH×kW} pass ({@link Traces#conv2d}); the largest difference of the two outputs is
 * the engine's. Whether the kernel has rank 1, its factors and singular values are {@link KernelRank}'s; a kernel
 * that has not (Laplacian, sharpen) is split into its best rank-1 approximation instead, and the difference of the
 * outputs is that approximation's error.
 */
public final class SpatiallySeparableLesson implements Lesson {

    public static final String ID = "spatially-separable";
    private static final String KEYS = "lesson." + ID + ".";

    /** The name of the third stage, the one {@code kH×kW} pass the two passes are set against. */
    public static final String ONE_PASS = "onePass";
    /**
     * Singular values at most this share of the largest count as 0: the weights are floats, good to about seven
     * digits.
     */
    public static final double RANK_TOLERANCE = 1e-6;

    private static final Window2d WINDOW = Window2d.DEFAULT;

    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 64, 5);
    public static final ChoiceParameter<InputPattern> INPUT = new ChoiceParameter<>("input", "parameter.input",
            GridOptions.patterns(InputPattern.values()), InputPattern.CLASSIC);
    public static final KernelParameter KERNEL = new KernelParameter("kernel", "parameter.kernel", 1, 7,
            KernelPreset.SOBEL_X.kernel(3, 3));

    /** The texts' example: Sobel x on 5×5, 81 multiplications in one pass against 45 + 27 = 72 in two. */
    public static final Preset TEXTS = preset("texts", 5, InputPattern.CLASSIC, KernelPreset.SOBEL_X.kernel(3, 3));
    /** A 7×7 Gaussian blurring a disc: 33,124 multiplications against 5,824 + 4,732 = 10,556. */
    public static final Preset GAUSSIAN = preset("gaussian7", 32, InputPattern.DISC,
            KernelPreset.GAUSSIAN.kernel(7, 7));
    /** The Laplacian, of rank 2: no column times a row gives it. */
    public static final Preset LAPLACIAN = preset("laplacian", 5, InputPattern.CLASSIC,
            KernelPreset.LAPLACIAN.kernel(3, 3));

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.FACTORIZED, List.of(SIZE, INPUT, KERNEL),
            List.of(TEXTS, GAUSSIAN, LAPLACIAN));

    private static Preset preset(String name, int size, InputPattern input, Kernel kernel) {
        return Preset.named(Lesson.presetKey(ID, name)).with(SIZE, size).with(INPUT, input).with(KERNEL, kernel);
    }

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        int n = values.get(SIZE);
        Tensor x = values.get(INPUT).tensor(n, n);
        Kernel kernel = values.get(KERNEL);
        KernelRank rank = KernelRank.of(kernel.toTensor(), RANK_TOLERANCE);
        SingleChannelConv2d down = new SingleChannelConv2d(x, Kernel.of(kernel.rows(), 1,
                rank.columnKernel().data()), SpatiallySeparable.columnStep(WINDOW));
        StagedTrace<WeightedSumStep> passes = Traces.spatiallySeparable(x, down.weights(),
                rank.rowKernel().reshape(1, 1, 1, kernel.columns()), WINDOW);
        Trace<? extends WeightedSumStep> column = passes.stages().get(0).trace();
        Trace<? extends WeightedSumStep> row = passes.stages().get(1).trace();
        SingleChannelConv2d across = new SingleChannelConv2d(column.output(), Kernel.of(1, kernel.columns(),
                rank.rowKernel().data()), SpatiallySeparable.rowStep(WINDOW));
        SingleChannelConv2d whole = new SingleChannelConv2d(x, kernel, new Conv2dParams(WINDOW, 1, false));
        Trace<WeightedSumStep> onePass = Traces.conv2d(x, whole.weights(), null, whole.params());
        StagedTrace<WeightedSumStep> played = StagedTrace.of(List.of(passes.stages().get(0), passes.stages().get(1),
                new Stage<>(ONE_PASS, onePass)));

        int[] xs = x.shape();
        int[] columnShape = down.weights().shape();
        int[] rowShape = across.weights().shape();
        OpCount separable = Counts.spatiallySeparable(xs, columnShape, rowShape, WINDOW);
        OpCount standard = Counts.spatiallySeparableStandard(xs, columnShape, rowShape, WINDOW);
        double share = Counts.spatiallySeparableShare(xs, columnShape, rowShape, WINDOW);
        double limit = Counts.spatiallySeparableLimit(kernel.rows(), kernel.columns());
        String formula = CountsFormula.latex(n, kernel.rows(), kernel.columns(), standard.multiplies(),
                separable.multiplies(), share, limit);
        double difference = passes.output().maxAbsDifference(onePass.output());

        FactorBoard factors = new FactorBoard(kernel, rank, KEYS);
        int[] middle = column.outputShape();
        int[] y = row.outputShape();
        Message intermediate = Message.of(KEYS + "figure.intermediate", middle[1], middle[2]);
        Message input = Message.of("figure.input", n, n);
        Message rotated = Message.of("figure.kernelRotated");
        List<Playback> stages = List.of(
                new BoardedStage(new SlidingWindowPlayback(down, column, new SlidingWindow.Captions(input,
                        Message.of(KEYS + "figure.columnFilter", kernel.rows()), rotated, intermediate),
                        step -> formula, List.of()), factors.columnPass()),
                new BoardedStage(new SlidingWindowPlayback(across, row, new SlidingWindow.Captions(intermediate,
                        Message.of(KEYS + "figure.rowFilter", kernel.columns()), rotated,
                        Message.of("figure.output", y[1], y[2])), step -> formula, List.of()), factors.rowPass()),
                new BoardedStage(new SlidingWindowPlayback(whole, onePass, new SlidingWindow.Captions(input,
                        Message.of("figure.kernel", kernel.rows(), kernel.columns()), rotated,
                        Message.of(KEYS + "figure.onePass", y[1], y[2])), step -> formula, List.of()),
                        BoardGrids.comparison(Message.of(KEYS + "figure.twoPasses", y[1], y[2]), passes.output(),
                                difference)));
        List<Message> names = List.of(Message.of(KEYS + "stage.column", kernel.rows()),
                Message.of(KEYS + "stage.row", kernel.columns()),
                Message.of(KEYS + "stage.onePass", kernel.rows(), kernel.columns()));
        List<StagedPlayback.Part> parts = IntStream.range(0, stages.size())
                .mapToObj(k -> new StagedPlayback.Part(names.get(k), stages.get(k))).toList();
        return new StagedPlayback(played, parts, List.of(
                rankLine(rank),
                Message.of(KEYS + "counts.singularValues", list(rank.countedSingularValues())),
                Message.of(KEYS + "counts.twoPasses", column.totalMultiplies(), row.totalMultiplies(),
                        separable.multiplies(), separable.parameters()),
                Message.of(KEYS + "counts.onePass", kernel.rows(), kernel.columns(), standard.multiplies(),
                        standard.parameters(), share, limit),
                Message.of(KEYS + (rank.isSeparable() ? "counts.rounding" : "counts.error"),
                        NumberText.of(difference))));
    }

    /**
     * The rank and the factors: those of the kernel when it is a column times a row, else those of its best rank-1
     * approximation, with why the kernel cannot be split.
     */
    private static Message rankLine(KernelRank rank) {
        return Message.of(KEYS + (rank.isSeparable() ? "counts.rankOne" : "counts.notRankOne"), rank.rank(),
                list(rank.column()), list(rank.row()));
    }

    /** {@code 1, 2, 1}: numbers as the figures write them. */
    private static String list(double[] values) {
        return Arrays.stream(values).mapToObj(NumberText::of).collect(Collectors.joining(", "));
    }
}
