package org.convatlas.lesson.convmatrix;

import java.util.List;
import org.convatlas.compute.Window2d;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.grid.GridOptions;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.lesson.transposed.TransposedConvolutionLesson;

/**
 * A convolution as a matrix, and the transposed convolution as its transpose: with {@code x} and {@code y} flattened
 * row by row, {@code y = C x} for a sparse {@code Ho·Wo × H·W} matrix {@code C} whose row {@code oy·Wo + ox} holds
 * the kernel's weights at the columns of its window, and {@code x′ = Cᵀ y′} takes an {@code Ho × Wo} map back to
 * {@code H × W}: that is the transposed convolution with the same kernel, stride, padding and dilation. The lesson
 * plays the rows of {@code C}, then the columns of {@code Cᵀ}; every number comes from
 * {@link org.convatlas.compute.ConvMatrix}.
 */
public final class ConvMatrixLesson implements Lesson {

    public static final String ID = "transposed-convolution-matrix";

    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 1, 10, 4);
    public static final ChoiceParameter<InputPattern> INPUT = new ChoiceParameter<>("input", "parameter.input",
            GridOptions.patterns(InputPattern.CLASSIC, InputPattern.COUNTING, InputPattern.IMPULSE), InputPattern.CLASSIC);
    public static final KernelParameter KERNEL = new KernelParameter("kernel", "parameter.kernel", 1, 5,
            TransposedConvolutionLesson.countingKernel(3));
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 3, 1);
    public static final IntParameter PADDING = new IntParameter("padding", "parameter.padding", 0, 3, 0);
    public static final IntParameter DILATION = new IntParameter("dilation", "parameter.dilation", 1, 3, 1);

    /** 4×4 input, 3×3 kernel: {@code C} is 4×16. */
    public static final Preset CLASSIC = preset("classic", 4, 1, 0);
    /** 5×5 input, stride 2, padding 1: {@code C} is 9×25. */
    public static final Preset STRIDE_2 = preset("stride2", 5, 2, 1);
    /** 4×4 input, padding 1: {@code C} is 16×16 and square, yet {@code Cᵀ} is no inverse. */
    public static final Preset PADDED = preset("padded", 4, 1, 1);
    /** 10×10 input: {@code C} is 64×100, a sparsity picture. */
    public static final Preset LARGE = preset("large", 10, 1, 0);

    private static Preset preset(String name, int size, int stride, int padding) {
        return Preset.named(Lesson.presetKey(ID, name)).with(SIZE, size).with(INPUT, InputPattern.CLASSIC)
                .with(KERNEL, TransposedConvolutionLesson.countingKernel(3)).with(STRIDE, stride)
                .with(PADDING, padding).with(DILATION, 1);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.UPSAMPLING,
            List.of(SIZE, INPUT, KERNEL, STRIDE, PADDING, DILATION),
            List.of(CLASSIC, STRIDE_2, PADDED, LARGE));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        int size = values.get(SIZE);
        return new ConvMatrixPlayback(values.get(INPUT).tensor(size, size).reshape(size, size), values.get(KERNEL),
                Window2d.of(values.get(STRIDE), values.get(PADDING), values.get(DILATION)));
    }
}
