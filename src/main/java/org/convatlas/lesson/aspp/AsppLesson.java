package org.convatlas.lesson.aspp;

import java.util.List;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.RatesParameter;
import org.convatlas.lesson.SampleImage;

/**
 * Atrous spatial pyramid pooling (ASPP, DeepLab): a 1 × 1 convolution and 3 × 3 convolutions at several rates read
 * the same feature map side by side, each keeping its size, and their outputs are concatenated along channels. The
 * fields of one unit of every branch are drawn over one picture standing for the feature map; each step shows one
 * branch with its counts, the last the concatenation.
 */
public final class AsppLesson implements Lesson {

    public static final String ID = "aspp";

    private static final String KEYS = "lesson." + ID + ".";

    public static final ImageParameter IMAGE = new ImageParameter("image", KEYS + "image",
            SampleImage.CAMERA.image());
    /** The rates of the 3 × 3 branches: up to four, each up to 48. */
    public static final RatesParameter RATES = new RatesParameter("rates", KEYS + "rates", 4, 48,
            DilationRates.of(6, 12, 18));
    /** The feature map's height in cells; its width follows the picture's shape. */
    public static final IntParameter FEATURE_SIZE = new IntParameter("featureSize", KEYS + "featureSize", 5, 129, 33);
    public static final IntParameter INPUT_CHANNELS = new IntParameter("inputChannels", KEYS + "inputChannels", 1,
            4096, 2048);
    public static final IntParameter BRANCH_CHANNELS = new IntParameter("branchChannels", KEYS + "branchChannels", 1,
            1024, 256);

    /** DeepLabv3 at output stride 16: a 513-pixel picture gives a 33 × 33 map of 2048 channels. */
    public static final Preset DEEPLAB = preset("deepLab", 33, 6, 12, 18);
    /** Output stride 8: the map doubles, and so do the rates. */
    public static final Preset STRIDE_8 = preset("outputStride8", 65, 12, 24, 36);
    /** A small map: the taps of rate 18 fall on padding, and the branch sees little more than its centre. */
    public static final Preset SMALL_MAP = preset("smallMap", 17, 6, 12, 18);

    private static Preset preset(String name, int size, int... rates) {
        return Preset.named(Lesson.presetKey(ID, name)).with(RATES, DilationRates.of(rates))
                .with(FEATURE_SIZE, size).with(INPUT_CHANNELS, 2048).with(BRANCH_CHANNELS, 256);
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.RECEPTIVE_FIELD,
            List.of(RATES, FEATURE_SIZE, INPUT_CHANNELS, BRANCH_CHANNELS, IMAGE),
            List.of(DEEPLAB, STRIDE_8, SMALL_MAP));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        return new AsppPlayback(values.get(RATES), values.get(FEATURE_SIZE), values.get(INPUT_CHANNELS),
                values.get(BRANCH_CHANNELS), values.get(IMAGE));
    }
}
