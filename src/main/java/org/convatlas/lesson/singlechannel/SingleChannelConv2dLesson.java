package org.convatlas.lesson.singlechannel;

import java.util.List;
import java.util.Set;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.grid.GridOptions;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.lesson.grid.OutputSizeFormula;
import org.convatlas.lesson.grid.PaddingChoice;
import org.convatlas.lesson.grid.SingleChannelConv2d;
import org.convatlas.lesson.grid.SlidingWindowPlayback;

/**
 * One kernel sliding over one channel, with every knob of the window: input size, kernel, stride, padding (valid,
 * same, full, or explicit per side) and dilation. Each output cell is {@code y[i,j] = Σ x[i·s − p_t + m·d,
 * j·s − p_l + n·d]·w[m,n]}, and the output has {@code ⌊(H + p_t + p_b − (d(k_h − 1) + 1))/s⌋ + 1} rows (columns
 * alike), which the inspector shows with the current numbers.
 */
public final class SingleChannelConv2dLesson implements Lesson {

    public static final String ID = "single-channel-2d";

    /** The kernel of the classic worked example. */
    public static final Kernel CLASSIC_KERNEL = Kernel.of(3, 3, 1, 0, -1, 2, 1, 0, 0, -1, 1);

    public static final IntParameter HEIGHT = new IntParameter("height", "parameter.inputHeight", 1, 64, 4);
    public static final IntParameter WIDTH = new IntParameter("width", "parameter.inputWidth", 1, 64, 4);
    public static final ChoiceParameter<InputPattern> INPUT = new ChoiceParameter<>("input", "parameter.input",
            GridOptions.patterns(InputPattern.values()), InputPattern.CLASSIC);
    public static final KernelParameter KERNEL =
            new KernelParameter("kernel", "parameter.kernel", 1, 7, CLASSIC_KERNEL);
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 4, 1);
    public static final ChoiceParameter<PaddingChoice> PADDING = new ChoiceParameter<>("padding",
            "parameter.padding", GridOptions.paddings(), PaddingChoice.VALID);
    public static final IntParameter PAD_TOP = pad("padTop", "parameter.padTop");
    public static final IntParameter PAD_LEFT = pad("padLeft", "parameter.padLeft");
    public static final IntParameter PAD_BOTTOM = pad("padBottom", "parameter.padBottom");
    public static final IntParameter PAD_RIGHT = pad("padRight", "parameter.padRight");
    public static final IntParameter DILATION = new IntParameter("dilation", "parameter.dilation", 1, 4, 1);

    public static final Preset CLASSIC = window("classic", 4, InputPattern.CLASSIC, 1, 0, 1)
            .with(PADDING, PaddingChoice.VALID);
    public static final Preset PADDED = window("padded", 5, InputPattern.CLASSIC, 1, 1, 1);
    public static final Preset STRIDED = window("stride2", 5, InputPattern.CLASSIC, 2, 1, 1);
    public static final Preset DILATED = window("dilation2", 7, InputPattern.CLASSIC, 1, 0, 2);
    public static final Preset FULL = window("full", 4, InputPattern.CLASSIC, 1, 0, 1)
            .with(PADDING, PaddingChoice.FULL);
    public static final Preset HEAT_MAP = Preset.named(Lesson.presetKey(ID, "heatMap")).with(HEIGHT, 64).with(WIDTH, 64)
            .with(INPUT, InputPattern.DISC).with(KERNEL, KernelPreset.SOBEL_X.kernel(3, 3)).with(STRIDE, 1)
            .with(PADDING, PaddingChoice.SAME).with(DILATION, 1);

    private static final Set<Parameter<?>> EXPLICIT_PADS = Set.of(PAD_TOP, PAD_LEFT, PAD_BOTTOM, PAD_RIGHT);

    private static IntParameter pad(String id, String labelKey) {
        return new IntParameter(id, labelKey, 0, 8, 0);
    }

    /** A square input of the classic kernel with explicit, equal pads. */
    private static Preset window(String name, int size, InputPattern input, int stride, int pad, int dilation) {
        return Preset.named(Lesson.presetKey(ID, name)).with(HEIGHT, size).with(WIDTH, size).with(INPUT, input)
                .with(KERNEL, CLASSIC_KERNEL).with(STRIDE, stride).with(PADDING, PaddingChoice.EXPLICIT)
                .with(PAD_TOP, pad).with(PAD_LEFT, pad).with(PAD_BOTTOM, pad).with(PAD_RIGHT, pad)
                .with(DILATION, dilation);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.ARITHMETIC,
            List.of(HEIGHT, WIDTH, INPUT, KERNEL, STRIDE, PADDING, PAD_TOP, PAD_LEFT, PAD_BOTTOM, PAD_RIGHT, DILATION),
            List.of(CLASSIC, PADDED, STRIDED, DILATED, FULL, HEAT_MAP));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /** The pads of each side count only when the padding is explicit. */
    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        return !EXPLICIT_PADS.contains(parameter) || values.get(PADDING) == PaddingChoice.EXPLICIT;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        SingleChannelConv2d convolution = convolution(values);
        Kernel kernel = convolution.kernel();
        Window2d window = convolution.params().window();
        Pads2d pads = window.pads();
        int height = convolution.input().dim(1);
        int width = convolution.input().dim(2);
        int outputHeight = window.outputHeight(height, kernel.rows());
        int outputWidth = window.outputWidth(width, kernel.columns());
        String formula = OutputSizeFormula.latex(height, width, kernel.rows(), kernel.columns(), window, outputHeight,
                outputWidth);
        Message padding = Message.of("counts.padding", pads.top(), pads.left(), pads.bottom(), pads.right());
        return new SlidingWindowPlayback(convolution, false, step -> formula, List.of(padding));
    }

    /**
     * What {@code values} convolve: the input pattern at its size, the kernel, and the window with the padding
     * resolved by the engine when it is named.
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses a size
     */
    public static SingleChannelConv2d convolution(ParameterValues values) {
        int height = values.get(HEIGHT);
        int width = values.get(WIDTH);
        Kernel kernel = values.get(KERNEL);
        int stride = values.get(STRIDE);
        int dilation = values.get(DILATION);
        Pads2d explicit = new Pads2d(values.get(PAD_TOP), values.get(PAD_LEFT), values.get(PAD_BOTTOM),
                values.get(PAD_RIGHT));
        Pads2d pads = values.get(PADDING).pads(height, width, kernel.rows(), kernel.columns(), stride, dilation,
                explicit);
        Window2d window = new Window2d(stride, stride, pads, dilation, dilation);
        return new SingleChannelConv2d(values.get(INPUT).tensor(height, width), kernel,
                Conv2dParams.DEFAULT.withWindow(window));
    }
}
