package org.convatlas.lesson.deformable;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.convatlas.compute.AvgPool2d;
import org.convatlas.compute.DeformOffsets;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.lesson.BooleanParameter;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ChoiceParameter.Option;
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.OffsetEdits;
import org.convatlas.lesson.OffsetEditsParameter;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.SampleImage;
import org.convatlas.lesson.grid.GridOptions;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.lesson.imagefilter.ImageChannels;
import org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson;

/**
 * Deformable convolution (可变形卷积, Dai et al. 2017; modulated, v2, Zhu et al. 2019): every tap of the kernel reads
 * the input at its regular cell moved by an offset of its own, per output position, between cells by bilinear
 * interpolation of the four cells around the point; v2 also weighs each tap by a mask. The lesson shows one output
 * position's regular grid, each tap's offset as an arrow to where it samples, the sample's four corners with their
 * weights and values, and the output's sum; the offsets of the other positions as a field of arrows. The offsets come
 * from a field (none, a dilation, a stretch, a turn, a shift) and from taps set by hand: dragged on the stage or
 * typed in the inspector. Stride 1, padded to keep the size; every number is the engine's
 * ({@link org.convatlas.compute.DeformConv2d} through its trace).
 */
public final class DeformableConvolutionLesson implements Lesson {

    public static final String ID = "deformable-convolution";
    private static final String KEYS = "lesson." + ID + ".";

    /** The longer side of a picture shrunk to cells, about. */
    static final int PICTURE_CELLS = 20;

    public static final ChoiceParameter<InputSource> SOURCE = new ChoiceParameter<>("source", KEYS + "source",
            Arrays.stream(InputSource.values()).map(s -> new Option<>(s, s.labelKey())).toList(), InputSource.PATTERN);
    public static final IntParameter SIZE = new IntParameter("size", "parameter.inputSize", 3, 12, 6);
    public static final ChoiceParameter<InputPattern> INPUT = new ChoiceParameter<>("input", "parameter.input",
            GridOptions.patterns(InputPattern.values()), InputPattern.CLASSIC);
    public static final ImageParameter IMAGE = new ImageParameter("image", KEYS + "image", SampleImage.COINS.image());
    public static final KernelParameter KERNEL = new KernelParameter("kernel", "parameter.kernel", 1, 5,
            SingleChannelConv2dLesson.CLASSIC_KERNEL);
    public static final ChoiceParameter<OffsetField> FIELD = new ChoiceParameter<>("field", KEYS + "field",
            Arrays.stream(OffsetField.values()).map(f -> new Option<>(f, f.labelKey())).toList(), OffsetField.ZERO);
    public static final IntParameter RATE = new IntParameter("rate", KEYS + "rate", 1, 4, 2);
    public static final IntParameter SCALE = new IntParameter("scale", KEYS + "scale", 0, 400, 150);
    public static final IntParameter ANGLE = new IntParameter("angle", KEYS + "angle", -180, 180, 30);
    public static final IntParameter SHIFT_Y = new IntParameter("shiftY", KEYS + "shiftY", -300, 300, 35);
    public static final IntParameter SHIFT_X = new IntParameter("shiftX", KEYS + "shiftX", -300, 300, 60);
    public static final BooleanParameter MODULATED = new BooleanParameter("modulated", KEYS + "modulated", false);
    public static final IntParameter OUTER_MASK = new IntParameter("outerMask", KEYS + "outerMask", 0, 100, 50);
    public static final OffsetEditsParameter OFFSETS = new OffsetEditsParameter("offsets", KEYS + "offsets");

    public static final Preset ZERO = pattern("zero", OffsetField.ZERO);
    public static final Preset DILATION = pattern("dilation2", OffsetField.DILATION).with(RATE, 2).with(SIZE, 7);
    public static final Preset SCALING = pattern("scale", OffsetField.SCALE).with(SCALE, 150);
    public static final Preset ROTATION = pattern("rotation", OffsetField.ROTATION).with(ANGLE, 30);
    public static final Preset FRACTIONAL = pattern("fractional", OffsetField.SHIFT).with(SHIFT_Y, 35)
            .with(SHIFT_X, 60);
    public static final Preset MODULATION = pattern("modulated", OffsetField.ROTATION).with(ANGLE, 30)
            .with(MODULATED, true).with(OUTER_MASK, 40);
    public static final Preset PICTURE = Preset.named(Lesson.presetKey(ID, "picture")).with(SOURCE, InputSource.PICTURE)
            .with(IMAGE, SampleImage.COINS.image()).with(KERNEL, KernelPreset.BOX_BLUR.kernel(3, 3))
            .with(FIELD, OffsetField.SCALE).with(SCALE, 300).with(MODULATED, false).with(OFFSETS, OffsetEdits.NONE);

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.ADAPTIVE,
            List.of(SOURCE, SIZE, INPUT, IMAGE, KERNEL, FIELD, RATE, SCALE, ANGLE, SHIFT_Y, SHIFT_X, MODULATED,
                    OUTER_MASK, OFFSETS),
            List.of(ZERO, DILATION, SCALING, ROTATION, FRACTIONAL, MODULATION, PICTURE));

    /** A preset on the classic 6×6 numbers with the classic kernel and the field {@code field}, nothing set by hand. */
    private static Preset pattern(String name, OffsetField field) {
        return Preset.named(Lesson.presetKey(ID, name)).with(SOURCE, InputSource.PATTERN).with(SIZE, 6)
                .with(INPUT, InputPattern.CLASSIC).with(KERNEL, SingleChannelConv2dLesson.CLASSIC_KERNEL)
                .with(FIELD, field).with(MODULATED, false).with(OFFSETS, OffsetEdits.NONE);
    }

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /** The pattern's or the picture's parameters, the field's own number, and the mask only when modulated. */
    @Override
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        boolean picture = values.get(SOURCE) == InputSource.PICTURE;
        OffsetField field = values.get(FIELD);
        if (parameter == SIZE || parameter == INPUT) {
            return !picture;
        }
        if (parameter == IMAGE) {
            return picture;
        }
        if (parameter == OUTER_MASK) {
            return values.get(MODULATED);
        }
        return parameter == RATE ? field == OffsetField.DILATION
                : parameter == SCALE ? field == OffsetField.SCALE
                : parameter == ANGLE ? field == OffsetField.ROTATION
                : !Set.of(SHIFT_Y, SHIFT_X).contains(parameter) || field == OffsetField.SHIFT;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        return new DeformablePlayback(convolution(values), OFFSETS);
    }

    /**
     * What {@code values} convolve: the pattern, or the picture's luminance shrunk by the engine's average pooling to
     * about {@value #PICTURE_CELLS} cells along its longer side; the kernel; the window padded to keep the size; the
     * field's offsets with the edits in place; the mask when modulated (1 at the centre tap, the outer mask elsewhere).
     */
    public static DeformableConvolution convolution(ParameterValues values) {
        boolean picture = values.get(SOURCE) == InputSource.PICTURE;
        Tensor input = picture ? shrunk(values.get(IMAGE)) : values.get(INPUT).tensor(values.get(SIZE),
                values.get(SIZE));
        Kernel kernel = values.get(KERNEL);
        int kh = kernel.rows();
        int kw = kernel.columns();
        Window2d window = new Window2d(1, 1, new Pads2d((kh - 1) / 2, (kw - 1) / 2, kh / 2, kw / 2), 1, 1);
        int ho = window.outputHeight(input.dim(1), kh);
        int wo = window.outputWidth(input.dim(2), kw);
        Tensor offsets = values.get(FIELD).offsets(kh, kw, ho, wo, values.get(RATE), values.get(SCALE),
                values.get(ANGLE), values.get(SHIFT_Y) / 100f, values.get(SHIFT_X) / 100f);
        Tensor mask = values.get(MODULATED)
                ? DeformOffsets.centreWeighted(kh, kw, ho, wo, values.get(OUTER_MASK) / 100f) : null;
        OffsetEdits edits = values.get(OFFSETS);
        DeformableConvolution.applyEdits(edits, offsets, mask, kh, kw);
        Tensor weights = kernel.toTensor().reshape(1, 1, kh, kw);
        return new DeformableConvolution(input, weights, window, offsets, mask, edits, picture);
    }

    /** The picture's luminance averaged over square blocks, about {@value #PICTURE_CELLS} blocks along its longer side. */
    private static Tensor shrunk(InputImage image) {
        Tensor luminance = ImageChannels.LUMINANCE.input(image.pixels());
        int block = Math.max(1, (int) Math.ceil(Math.max(image.height(), image.width()) / (double) PICTURE_CELLS));
        block = Math.min(block, Math.min(image.height(), image.width()));
        return AvgPool2d.apply(luminance, Pool2dParams.of(block, block, 0), false);
    }
}
