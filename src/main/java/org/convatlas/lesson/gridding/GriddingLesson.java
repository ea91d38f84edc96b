package org.convatlas.lesson.gridding;

import java.util.List;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.RatesParameter;
import org.convatlas.lesson.SampleImage;

/**
 * The gridding effect of stacked dilated 3 × 3 convolutions and the hybrid dilated convolution (HDC) rules that avoid
 * it. The user types the stack's rates; each step adds a layer and shows, for one unit of that layer, how many paths
 * reach each input cell (those no path reaches hatched), the share of its receptive field it reads, the same field cut
 * from a picture, and whether the whole stack meets each HDC rule, and why.
 */
public final class GriddingLesson implements Lesson {

    public static final String ID = "gridding";
    /** The side of every layer's kernel. */
    public static final int KERNEL = 3;

    private static final String KEYS = "lesson." + ID + ".";

    /**
     * At most six layers of rate up to 16: a receptive field of at most {@code 1 + 2·6·16 = 193} cells per side, so
     * that the coverage map keeps cells of a few pixels.
     */
    public static final RatesParameter RATES = new RatesParameter("rates", KEYS + "rates", 6, 16,
            DilationRates.of(2, 2, 2));
    public static final ImageParameter IMAGE = new ImageParameter("image", KEYS + "image", SampleImage.TEXT.image());

    /** The same rate three times: cells never read everywhere. */
    public static final Preset SAME_RATES = rates("sameRates", 2, 2, 2);
    /** The HDC paper's saw-tooth: every cell read. */
    public static final Preset SAW_TOOTH = rates("sawTooth", 1, 2, 5);
    public static final Preset RISING = rates("rising", 1, 2, 3);
    /** Rates with the common factor 2: every other row and column missed. */
    public static final Preset COMMON_FACTOR = rates("commonFactor", 2, 4, 8);
    public static final Preset REPEATED_SAW_TOOTH = rates("repeatedSawTooth", 1, 2, 5, 1, 2, 5);

    private static Preset rates(String name, int... rates) {
        return Preset.named(Lesson.presetKey(ID, name)).with(RATES, DilationRates.of(rates));
    }

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.RECEPTIVE_FIELD,
            List.of(RATES, IMAGE),
            List.of(SAME_RATES, SAW_TOOTH, RISING, COMMON_FACTOR, REPEATED_SAW_TOOTH));

    @Override
    public LessonInfo info() {
        return INFO;
    }

    /** The coverage of each layer's unit and the rules' verdicts, from the engine; the picture's raster. */
    @Override
    public Playback prepare(ParameterValues values) {
        return new GriddingPlayback(values.get(RATES), values.get(IMAGE));
    }
}
