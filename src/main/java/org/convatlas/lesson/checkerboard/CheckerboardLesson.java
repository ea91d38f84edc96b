package org.convatlas.lesson.checkerboard;

import java.util.List;
import org.convatlas.compute.UpsampleMode;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ChoiceParameter.Option;
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.SampleImage;

/**
 * Checkerboard artifacts: a transposed convolution with kernel {@code k} and stride {@code s} writes each output cell
 * as many times as stamps overlap it, {@code k/s} times along each axis on average; when {@code s} does not divide
 * {@code k} neighbouring cells are written unequally often and the output is striped, one layer after another (the
 * overlap heat map and {@link org.convatlas.compute.TransposedOverlap#unevenness}). The same stack upsamples a sample
 * picture with all-equal weights beside resize-then-convolve and pixel shuffle, which write every cell alike.
 */
public final class CheckerboardLesson implements Lesson {

    public static final String ID = "checkerboard";
    private static final String KEYS = "lesson." + ID + ".";

    public static final IntParameter KERNEL_SIZE = new IntParameter("kernelSize", "parameter.kernelSize", 1, 6, 3);
    public static final IntParameter STRIDE = new IntParameter("stride", "parameter.stride", 1, 4, 2);
    public static final IntParameter LAYERS = new IntParameter("layers", KEYS + "layers", 1, 3, 1);
    public static final IntParameter INPUT_SIZE = new IntParameter("inputSize", KEYS + "inputSize", 2, 8, 5);
    public static final ImageParameter IMAGE = new ImageParameter("image", KEYS + "image", SampleImage.CAMERA.image());
    public static final ChoiceParameter<UpsampleMode> RESIZE = new ChoiceParameter<>("resize", KEYS + "resize",
            List.of(new Option<>(UpsampleMode.NEAREST, KEYS + "resize.nearest"),
                    new Option<>(UpsampleMode.BILINEAR, KEYS + "resize.bilinear")), UpsampleMode.NEAREST);

    public static final Preset UNEVEN = preset("k3s2", 3, 2, UpsampleMode.NEAREST);
    public static final Preset EVEN = preset("k4s2", 4, 2, UpsampleMode.NEAREST);
    /** Stride 1, the first remedy: every stamp one cell from the last, each interior cell written k² times. */
    public static final Preset STRIDE_ONE = preset("k3s1", 3, 1, UpsampleMode.NEAREST);
    public static final Preset RESIZE_CONVOLUTION = preset("resizeConvolution", 3, 2, UpsampleMode.BILINEAR);

    /** Kernel and stride over two layers (×4), so that the stack shows; the 5 × 5 input of the heat map. */
    private static Preset preset(String name, int kernel, int stride, UpsampleMode resize) {
        return Preset.named(Lesson.presetKey(ID, name)).with(KERNEL_SIZE, kernel).with(STRIDE, stride)
                .with(LAYERS, 2).with(INPUT_SIZE, 5).with(RESIZE, resize);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.UPSAMPLING,
            List.of(KERNEL_SIZE, STRIDE, LAYERS, INPUT_SIZE, IMAGE, RESIZE),
            List.of(UNEVEN, EVEN, STRIDE_ONE, RESIZE_CONVOLUTION));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /** Upsamples the picture's centre by every method, layer after layer: proportional to the upsampled pictures. */
    @Override
    public Playback prepare(ParameterValues values) {
        return new CheckerboardPlayback(new UpsamplingLayer(values.get(KERNEL_SIZE), values.get(STRIDE)),
                values.get(LAYERS), values.get(INPUT_SIZE), values.get(IMAGE), values.get(RESIZE));
    }
}
