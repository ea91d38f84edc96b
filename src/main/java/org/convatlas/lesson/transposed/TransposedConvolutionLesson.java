package org.convatlas.lesson.transposed;

import java.util.Arrays;
import java.util.List;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Window2d;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ChoiceParameter.Option;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.grid.GridOptions;
import org.convatlas.lesson.grid.InputPattern;

/**
 * The transposed convolution in its two pictures, switchable or side by side: zero insertion (the input with
 * {@code s − 1} zeros between neighbours and a border of {@code d·(k − 1) − p} zeros, the flipped kernel sliding over
 * it at stride 1) and scatter (each input cell stamps the kernel, scaled by its value, onto the output; overlapping
 * stamps add up, and the padding cuts a ring off the full output). The output has
 * {@code (H − 1)·s − 2p + d·(k − 1) + op + 1} rows (columns alike), which the inspector shows with the current numbers,
 * and the counts card compares the multiplies of the two pictures.
 */
public final class TransposedConvolutionLesson implements Lesson {

    public static final String ID = "transposed-convolution";

    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 8, 2);
    public static final ChoiceParameter<InputPattern> INPUT = new ChoiceParameter<>("input", "parameter.input",
            GridOptions.patterns(InputPattern.COUNTING, InputPattern.CLASSIC, InputPattern.IMPULSE), InputPattern.COUNTING);
    public static final KernelParameter KERNEL = new KernelParameter("kernel", "parameter.kernel", 1, 5,
            countingKernel(3));
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 4, 1);
    public static final IntParameter PADDING = new IntParameter("padding", "parameter.padding", 0, 4, 0);
    public static final IntParameter OUTPUT_PADDING = new IntParameter("outputPadding", "parameter.outputPadding",
            0, 3, 0);
    public static final IntParameter DILATION = new IntParameter("dilation", "parameter.dilation", 1, 3, 1);
    public static final ChoiceParameter<TransposedView> VIEW = new ChoiceParameter<>("view", "parameter.view",
            Arrays.stream(TransposedView.values()).map(v -> new Option<>(v, v.labelKey())).toList(),
            TransposedView.BOTH);

    /** 2×2 input, 3×3 kernel, stride 1: 4×4. */
    public static final Preset STRIDE_1 = preset("stride1", 2, 3, 1, 0, 0);
    /** The same with stride 2: 5×5. */
    public static final Preset STRIDE_2 = preset("stride2", 2, 3, 2, 0, 0);
    /** 4×4 kernel, stride 2, padding 1: the usual ×2 upsampler, 2×2 to 4×4. */
    public static final Preset UPSAMPLER = preset("upsampler", 2, 4, 2, 1, 0);
    /** 3×3 kernel, stride 2, padding 1, output padding 1: 3×3 to 6×6, the stamps overlap unevenly. */
    public static final Preset UNEVEN = preset("uneven", 3, 3, 2, 1, 1);

    private static Preset preset(String name, int size, int kernel, int stride, int padding, int outputPadding) {
        return Preset.named(Lesson.presetKey(ID, name)).with(SIZE, size).with(INPUT, InputPattern.COUNTING)
                .with(KERNEL, countingKernel(kernel)).with(STRIDE, stride).with(PADDING, padding)
                .with(OUTPUT_PADDING, outputPadding).with(DILATION, 1);
    }

    /**
     * A {@code k × k} kernel of the weights 1, 2, ..., 9, 1, 2, ... row after row: one digit each, and its flip plain
     * to see.
     */
    public static Kernel countingKernel(int k) {
        float[] weights = new float[k * k];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i % 9 + 1;
        }
        return Kernel.of(k, k, weights);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.UPSAMPLING,
            List.of(VIEW, SIZE, INPUT, KERNEL, STRIDE, PADDING, OUTPUT_PADDING, DILATION),
            List.of(STRIDE_1, STRIDE_2, UPSAMPLER, UNEVEN));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        return new TransposedConvolutionPlayback(convolution(values), values.get(VIEW));
    }

    /** What {@code values} transpose: the input pattern at its size, the kernel, and the window. */
    public static TransposedConvolution convolution(ParameterValues values) {
        int size = values.get(SIZE);
        int outputPadding = values.get(OUTPUT_PADDING);
        Window2d window = Window2d.of(values.get(STRIDE), values.get(PADDING), values.get(DILATION));
        return new TransposedConvolution(values.get(INPUT).tensor(size, size), values.get(KERNEL),
                new ConvTranspose2dParams(window, outputPadding, outputPadding, 1));
    }
}
