package org.convatlas.lesson.dilated;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.PaddingMode;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ChoiceParameter.Option;
import org.convatlas.lesson.ImageParameter;
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
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.lesson.grid.OutputSizeFormula;
import org.convatlas.lesson.grid.SingleChannelConv2d;
import org.convatlas.lesson.grid.SlidingWindowPlayback;
import org.convatlas.lesson.imagefilter.FilterWorkspace;
import org.convatlas.lesson.imagefilter.ImageChannels;
import org.convatlas.lesson.imagefilter.ImageFilterPlayback;
import org.convatlas.lesson.imagefilter.ResultDisplay;

/**
 * A dilated convolution: a {@code k × k} kernel whose taps are {@code r} cells apart, so that it spans
 * {@code k + (k − 1)(r − 1)} cells with the same {@code k²} weights. Either one kernel slides over a grid of numbers
 * (input size, kernel size, dilation, stride and padding; the holes hatched, the effective size and the output size
 * {@code ⌊(n + 2p − (r(k − 1) + 1))/s⌋ + 1} with the current numbers), or the classic picture: layers of
 * {@code k × k} kernels at dilations 1, 2, 4, …, each drawn on the input with its sampled points and the field one
 * unit sees, {@code r_l = r_(l−1) + (k − 1)·d_l}: 3, 7, 15 for three 3 × 3 layers. Or a {@code k × k} box average at
 * dilation {@code r} over a real picture (its luminance, "same" padding), the mark covering the reach and the
 * magnifier showing the {@code k²} pixels the taps land on.
 */
public final class DilatedConvolutionLesson implements Lesson {

    public static final String ID = "dilated-convolution";
    private static final String KEYS = "lesson." + ID + ".";

    public static final ChoiceParameter<DilationView> VIEW = new ChoiceParameter<>("view", KEYS + "view",
            Arrays.stream(DilationView.values()).map(v -> new Option<>(v, v.labelKey())).toList(),
            DilationView.WINDOW);
    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 32, 9);
    public static final IntParameter KERNEL = new IntParameter("kernel", "parameter.kernelSize", 1, 7, 3);
    public static final IntParameter DILATION = new IntParameter("dilation", "parameter.dilation", 1, 8, 2);
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 4, 1);
    public static final IntParameter PADDING = new IntParameter("padding", "parameter.padding", 0, 16, 0);
    public static final IntParameter LAYERS = new IntParameter("layers", KEYS + "layers", 1, 4, 3);
    public static final ImageParameter IMAGE = new ImageParameter("image", KEYS + "image", SampleImage.BRICK.image());

    public static final Preset WINDOW_DILATION_2 = Preset.named(Lesson.presetKey(ID, "window")).with(VIEW,
            DilationView.WINDOW).with(SIZE, 9).with(KERNEL, 3).with(DILATION, 2).with(STRIDE, 1).with(PADDING, 0);
    public static final Preset RATE_1 = layers("rate1", 1);
    public static final Preset RATE_2 = layers("rate2", 2);
    public static final Preset RATE_4 = layers("rate4", 3);
    public static final Preset ON_IMAGE = Preset.named(Lesson.presetKey(ID, "image")).with(VIEW, DilationView.IMAGE)
            .with(IMAGE, SampleImage.BRICK.image()).with(KERNEL, 3).with(DILATION, 8);

    private static final Set<Parameter<?>> WINDOW_ONLY = Set.of(SIZE, STRIDE, PADDING);

    /** The picture view's buffers, reused from one preparation to the next. */
    private final FilterWorkspace pictures = new FilterWorkspace();

    /** {@code depth} 3 × 3 layers at dilations 1, 2, 4, …: the top one at rate {@code 2^(depth − 1)}. */
    private static Preset layers(String name, int depth) {
        return Preset.named(Lesson.presetKey(ID, name)).with(VIEW, DilationView.LAYERS).with(KERNEL, 3)
                .with(LAYERS, depth);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.RECEPTIVE_FIELD,
            List.of(VIEW, IMAGE, SIZE, KERNEL, DILATION, STRIDE, PADDING, LAYERS),
            List.of(WINDOW_DILATION_2, RATE_1, RATE_2, RATE_4, ON_IMAGE));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /**
     * The grid's size, stride and padding count in the window view, the picture in the image view, the dilation in
     * both, the number of layers in the layers view; the kernel size always.
     */
    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        DilationView view = values.get(VIEW);
        if (WINDOW_ONLY.contains(parameter)) {
            return view == DilationView.WINDOW;
        }
        if (parameter == DILATION) {
            return view != DilationView.LAYERS;
        }
        if (parameter == IMAGE) {
            return view == DilationView.IMAGE;
        }
        return parameter != LAYERS || view == DilationView.LAYERS;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        int kernel = values.get(KERNEL);
        int dilation = values.get(DILATION);
        return switch (values.get(VIEW)) {
            case LAYERS -> new DilatedLayersPlayback(kernel, values.get(LAYERS));
            case IMAGE -> new ImageFilterPlayback(values.get(IMAGE), KernelPreset.BOX_BLUR.kernel(kernel, kernel),
                    dilation, ImageChannels.LUMINANCE, PaddingMode.SAME, ResultDisplay.AUTOMATIC, pictures);
            case WINDOW -> window(values, kernel, dilation);
        };
    }

    /** One dilated kernel of ones on a grid of counting numbers, with the effective and output sizes. */
    private static Playback window(ParameterValues values, int kernel, int dilation) {
        int size = values.get(SIZE);
        Window2d window = Window2d.of(values.get(STRIDE), values.get(PADDING), dilation);
        SingleChannelConv2d convolution = new SingleChannelConv2d(InputPattern.COUNTING.tensor(size, size),
                ones(kernel), Conv2dParams.DEFAULT.withWindow(window));
        int output = window.outputHeight(size, kernel);
        int reach = ConvArithmetic.reach(kernel, dilation);
        String formula = "\\begin{array}{l} k_{\\mathrm{eff}} = k + (k - 1)(r - 1) = " + kernel + " + (" + kernel
                + " - 1)(" + dilation + " - 1) = " + reach + " \\\\ "
                + OutputSizeFormula.latex(size, size, kernel, kernel, window, output, output) + " \\end{array}";
        Message effective = Message.of(KEYS + "counts.effective", kernel, dilation, reach);
        return new SlidingWindowPlayback(convolution, false, true, step -> formula, List.of(effective));
    }

    /** A {@code k × k} kernel of ones: each output is the plain sum of the cells the taps land on. */
    private static Kernel ones(int k) {
        float[] weights = new float[k * k];
        Arrays.fill(weights, 1);
        return Kernel.of(k, k, weights);
    }
}
