package org.convatlas.lesson.correlation;

import java.util.List;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.BooleanParameter;
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

/**
 * Cross-correlation against convolution: the same square input and kernel, the kernel flipped (rotated by 180°,
 * shown under the original) or not. What deep-learning libraries call convolution is cross-correlation,
 * {@code y[i,j] = Σ x[i+m, j+n]·w[m,n]}; true convolution reads the kernel backwards,
 * {@code y[i,j] = Σ x[i+m, j+n]·w[kH−1−m, kW−1−n]}. An impulse makes the difference plain: cross-correlation prints
 * the kernel rotated, convolution prints it as it is.
 */
public final class CorrelationVsConvolutionLesson implements Lesson {

    public static final String ID = "correlation-vs-convolution";

    /** An asymmetric kernel: its rotation is easy to see. */
    public static final Kernel ASYMMETRIC = Kernel.of(3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    public static final ChoiceParameter<InputPattern> INPUT = new ChoiceParameter<>("input", "parameter.input",
            GridOptions.patterns(InputPattern.IMPULSE, InputPattern.EDGE, InputPattern.COUNTING, InputPattern.CLASSIC),
            InputPattern.IMPULSE);
    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 9, 5);
    public static final KernelParameter KERNEL = new KernelParameter("kernel", "parameter.kernel", 1, 5, ASYMMETRIC);
    public static final BooleanParameter FLIP = new BooleanParameter("flip", "parameter.flip", false);

    public static final Preset IMPULSE_CORRELATION = impulse("impulseCorrelation", false);
    public static final Preset IMPULSE_CONVOLUTION = impulse("impulseConvolution", true);
    public static final Preset EDGE_SOBEL = Preset.named(Lesson.presetKey(ID, "edgeSobel")).with(INPUT, InputPattern.EDGE)
            .with(SIZE, 5).with(KERNEL, KernelPreset.SOBEL_X.kernel(3, 3));
    public static final Preset SYMMETRIC = Preset.named(Lesson.presetKey(ID, "symmetric")).with(INPUT, InputPattern.COUNTING)
            .with(SIZE, 5).with(KERNEL, KernelPreset.LAPLACIAN.kernel(3, 3));

    private static Preset impulse(String name, boolean flip) {
        return Preset.named(Lesson.presetKey(ID, name)).with(INPUT, InputPattern.IMPULSE).with(SIZE, 5).with(KERNEL, ASYMMETRIC)
                .with(FLIP, flip);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.BASICS,
            List.of(INPUT, SIZE, KERNEL, FLIP),
            List.of(IMPULSE_CORRELATION, IMPULSE_CONVOLUTION, EDGE_SOBEL, SYMMETRIC));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        int size = values.get(SIZE);
        Kernel kernel = values.get(KERNEL);
        boolean flip = values.get(FLIP);
        Conv2dParams params = Conv2dParams.DEFAULT.withFlip(flip);
        Message operation = Message.of(flip ? "counts.operation.convolution" : "counts.operation.correlation");
        SingleChannelConv2d convolution = new SingleChannelConv2d(values.get(INPUT).tensor(size, size), kernel, params);
        return new SlidingWindowPlayback(convolution, flip, step -> definition(step, kernel, flip),
                List.of(operation));
    }

    /**
     * The sum of the step's output element with its indices in, {@code y[1,2] = \sum_{m,n} x[1+m, 2+n]\,w[2-m, 2-n]}
     * (flipped, for a 3×3 kernel) or {@code w[m, n]}; the indices run over the kernel's rows and columns.
     */
    static String definition(WeightedSumStep step, Kernel kernel, boolean flip) {
        int i = step.output().get(1);
        int j = step.output().get(2);
        String weight = flip ? "w[" + (kernel.rows() - 1) + "-m,\\," + (kernel.columns() - 1) + "-n]" : "w[m,\\,n]";
        return "y[" + i + "," + j + "] = \\sum_{m,n} x[" + i + "+m,\\," + j + "+n]\\; " + weight;
    }
}
