package org.convatlas.lesson.imagefilter;

import java.util.List;
import org.convatlas.compute.PaddingMode;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ChoiceParameter.Option;
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.SampleImage;

/**
 * Filtering a real image: a kernel slides over a whole picture (its luminance, or red, green and blue each on its
 * own), the engine computes the full result, and each step magnifies one output value: the input values under the
 * kernel, the kernel, their products and their sum. Its presets pair the classic kernels with the sample pictures
 * they show best, Sobel on the camera man first.
 */
public final class ImageFilterLesson implements Lesson {

    public static final String ID = "image-filter";
    /** The largest kernel side: a 7 × 7 magnifier still shows its numbers. */
    public static final int MAX_KERNEL = 7;

    private static final String KEYS = "lesson." + ID + ".";

    /** The side of the box blur preset: 5 × 5, so that the blur shows on a picture drawn at half size. */
    private static final int BOX_BLUR_SIDE = 5;

    public static final ImageParameter IMAGE = new ImageParameter("image", KEYS + "image", SampleImage.CAMERA.image());
    public static final KernelParameter KERNEL = new KernelParameter("kernel", "parameter.kernel", 1, MAX_KERNEL,
            KernelPreset.SOBEL_X.kernel(3, 3));
    public static final ChoiceParameter<ImageChannels> CHANNELS = new ChoiceParameter<>("channels", KEYS + "channels",
            List.of(new Option<>(ImageChannels.LUMINANCE, KEYS + "channels.luminance"),
                    new Option<>(ImageChannels.PER_CHANNEL, KEYS + "channels.perChannel")),
            ImageChannels.LUMINANCE);
    public static final ChoiceParameter<PaddingMode> PADDING = new ChoiceParameter<>("padding", "parameter.padding",
            List.of(new Option<>(PaddingMode.VALID, KEYS + "padding.valid"),
                    new Option<>(PaddingMode.SAME, KEYS + "padding.same")),
            PaddingMode.VALID);
    public static final ChoiceParameter<ResultDisplay> DISPLAY = new ChoiceParameter<>("display", KEYS + "display",
            List.of(new Option<>(ResultDisplay.AUTOMATIC, KEYS + "display.automatic"),
                    new Option<>(ResultDisplay.CLIP, KEYS + "display.clipped"),
                    new Option<>(ResultDisplay.MAGNITUDE, KEYS + "display.absolute"),
                    new Option<>(ResultDisplay.DIVERGING, KEYS + "display.signed")),
            ResultDisplay.AUTOMATIC);

    private static final List<Preset> PRESETS = List.of(
            preset("sobel", SampleImage.CAMERA, KernelPreset.SOBEL_X.kernel(3, 3), ImageChannels.LUMINANCE,
                    ResultDisplay.AUTOMATIC),
            preset("sobelSigned", SampleImage.CAMERA, KernelPreset.SOBEL_Y.kernel(3, 3), ImageChannels.LUMINANCE,
                    ResultDisplay.DIVERGING),
            preset("gaussian", SampleImage.ASTRONAUT, KernelPreset.GAUSSIAN.kernel(3, 3),
                    ImageChannels.PER_CHANNEL, ResultDisplay.AUTOMATIC),
            preset("boxBlur", SampleImage.CHELSEA, KernelPreset.BOX_BLUR.kernel(BOX_BLUR_SIDE, BOX_BLUR_SIDE),
                    ImageChannels.PER_CHANNEL, ResultDisplay.AUTOMATIC),
            preset("sharpen", SampleImage.COFFEE, KernelPreset.SHARPEN.kernel(3, 3), ImageChannels.PER_CHANNEL,
                    ResultDisplay.AUTOMATIC),
            preset("laplacian", SampleImage.COINS, KernelPreset.LAPLACIAN.kernel(3, 3), ImageChannels.LUMINANCE,
                    ResultDisplay.AUTOMATIC),
            preset("emboss", SampleImage.BRICK, KernelPreset.EMBOSS.kernel(3, 3), ImageChannels.LUMINANCE,
                    ResultDisplay.AUTOMATIC));

    private static Preset preset(String name, SampleImage image, Kernel kernel, ImageChannels channels,
                                 ResultDisplay display) {
        return Preset.named(KEYS + "preset." + name).with(IMAGE, image.image()).with(KERNEL, kernel)
                .with(CHANNELS, channels).with(PADDING, PaddingMode.VALID).with(DISPLAY, display);
    }

    /** The memory that preparations for new values reuse; see {@link ImageFilterPlayback}. */
    private final FilterWorkspace workspace = new FilterWorkspace();

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.BASICS,
            List.of(IMAGE, KERNEL, CHANNELS, PADDING, DISPLAY),
            PRESETS);

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /** Filters the whole picture with the engine and makes both rasters: proportional to the picture's size. */
    @Override
    public Playback prepare(ParameterValues values) {
        return new ImageFilterPlayback(values.get(IMAGE), values.get(KERNEL), values.get(CHANNELS),
                values.get(PADDING), values.get(DISPLAY), workspace);
    }
}
