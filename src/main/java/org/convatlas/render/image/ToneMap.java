package org.convatlas.render.image;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.Stop;
import org.convatlas.compute.Parallelism;
import org.convatlas.compute.Tensor;

/**
 * How the values of a map {@code [C, H, W]} with one or three channels become the colours of a picture. {@code s}
 * is the scale, the value shown at full strength (positive); every level is clipped to {@code [0, 1]} and stored in
 * 8 bits.
 */
public enum ToneMap {
    /** {@code v} itself: 0 black, 1 white; per channel for three channels (red, green, blue). */
    CLIP,
    /** {@code |v| / s}: 0 black, {@code s} and beyond white; per channel for three channels. */
    MAGNITUDE,
    /**
     * Signed, with 0 in the middle. One channel: {@code v / s} from blue ({@code -s}) through near-white (0) to red
     * ({@code +s}), ColorBrewer's RdBu ends. Three channels: {@code 0.5 + v / (2s)} per channel, mid-grey at 0.
     */
    DIVERGING;

    /** The ends and the middle of the one-channel diverging map, as {@code 0xRRGGBB}. */
    private static final int NEGATIVE = 0x2166AC;
    private static final int ZERO = 0xF7F7F7;
    private static final int POSITIVE = 0xB2182B;

    /** The share of magnitudes {@link #saturation} keeps below full strength. */
    public static final double SATURATION_QUANTILE = 0.995;
    private static final int HISTOGRAM_BINS = 4096;
    /** The most values {@link #saturation} reads; a larger map is sampled. */
    static final int MOST_SAMPLED = 1 << 18;
    /** The values counted together into the histogram by one thread, the unit the work is split in. */
    private static final int HISTOGRAM_CHUNK = 1 << 14;
    /** The work of turning one value into a level, in multiply-adds, for splitting rows over threads. */
    private static final int WORK_PER_VALUE = 4;

    /**
     * The picture of {@code planes} {@code [C, H, W]} ({@code C} = 1 or 3) at scale {@code s}: the colours of
     * the values it {@link #shown shows} within {@code maxSide}.
     *
     * @throws IllegalArgumentException unless the planes are {@code [1, H, W]} or {@code [3, H, W]}, the scale is
     *                                  positive and {@code maxSide} at least 1
     */
    public Raster raster(Tensor planes, float s, int maxSide) {
        return paint(shown(planes, maxSide, null), s, null);
    }

    /**
     * The values a picture of {@code planes} {@code [C, H, W]} ({@code C} = 1 or 3) shows: the planes themselves
     * when both sides are within {@code maxSide}, else their {@link BlockMeans block means} (of {@code |v|} for
     * {@link #MAGNITUDE}), written into {@code reuse} when it has their shape. The scale of a picture is best read
     * from these ({@link #saturation}), the values on show.
     *
     * @param reuse a tensor to write into, or null
     * @throws IllegalArgumentException unless the planes are {@code [1, H, W]} or {@code [3, H, W]} and
     *                                  {@code maxSide} at least 1
     */
    public Tensor shown(Tensor planes, int maxSide, Tensor reuse) {
        checkPicture(planes);
        if (maxSide < 1) {
            throw new IllegalArgumentException("the largest side must be positive (got " + maxSide + ")");
        }
        return BlockMeans.of(planes, maxSide, this == MAGNITUDE, reuse);
    }

    /**
     * The colours of {@code shown} {@code [C, H, W]} ({@code C} = 1 or 3) at scale {@code s}, pixel for pixel,
     * painted into {@code reuse} when it has the picture's size (its pixels are overwritten and its image is
     * refreshed on its next draw), else into a new raster. Rows are split over the threads of
     * {@link Parallelism#ALL}. Pass a raster that is not on show.
     *
     * @param reuse a raster to paint into, or null
     * @throws IllegalArgumentException unless the values are {@code [1, H, W]} or {@code [3, H, W]} and the scale is
     *                                  positive
     */
    public Raster paint(Tensor shown, float s, Raster reuse) {
        checkPicture(shown);
        if (!(s > 0)) {
            throw new IllegalArgumentException("the scale must be positive (got " + s + ")");
        }
        int h = shown.dim(1);
        int w = shown.dim(2);
        boolean fits = reuse != null && reuse.width() == w && reuse.height() == h;
        Raster raster = fits ? reuse : new Raster(w, h, new int[w * h]);
        int[] argb = raster.pixels();
        Parallelism.ALL.forEachBand(h, (long) WORK_PER_VALUE * shown.dim(0) * w,
                (first, end) -> paintRows(shown, s, argb, first, end));
        raster.changed();
        return raster;
    }

    private static void checkPicture(Tensor planes) {
        if (planes.rank() != 3 || (planes.dim(0) != 1 && planes.dim(0) != 3)) {
            throw new IllegalArgumentException("a picture is [1, H, W] or [3, H, W] (got "
                    + Arrays.toString(planes.shape()) + ")");
        }
    }

    /** Paints the rows {@code [first, end)} of {@code shown}'s picture into {@code argb}. */
    private void paintRows(Tensor shown, float s, int[] argb, int first, int end) {
        int w = shown.dim(2);
        int plane = shown.dim(1) * w;
        float[] d = shown.data();
        float gain = gain(s);
        for (int y = first; y < end; y++) {
            int row = y * w;
            if (shown.dim(0) == 3) {
                for (int x = row; x < row + w; x++) {
                    argb[x] = 0xFF000000 | level(d[x], gain) << 16 | level(d[plane + x], gain) << 8
                            | level(d[2 * plane + x], gain);
                }
            } else {
                for (int x = row; x < row + w; x++) {
                    argb[x] = 0xFF000000 | single(d[x], s, gain);
                }
            }
        }
    }

    /**
     * The scale that shows {@code values} well in {@link #MAGNITUDE} and {@link #DIVERGING}: the
     * {@link #SATURATION_QUANTILE} quantile of {@code |v|} (read from a histogram of {@value #HISTOGRAM_BINS} bins
     * up to the largest magnitude, rounded up to a bin's upper edge), so that a few extreme values do not darken
     * everything else; 1 when the values read are all 0 or one of them is NaN or infinite. Beyond {@value #MOST_SAMPLED} values the
     * quantile is read from an even sample of about that many ({@link #sampleStride}). The sample is counted in
     * chunks split over the threads of {@link Parallelism#ALL}.
     */
    public static float saturation(Tensor values) {
        float[] d = values.data();
        int stride = sampleStride(d.length, values.dim(values.rank() - 1));
        int samples = ceilDiv(d.length, stride);
        int chunks = ceilDiv(samples, HISTOGRAM_CHUNK);
        float max = largestMagnitude(d, stride, chunks);
        if (!(max > 0) || Float.isInfinite(max)) {
            return 1;
        }
        int[] histogram = new int[HISTOGRAM_BINS];
        float binsPerUnit = HISTOGRAM_BINS / max;
        Parallelism.ALL.forEachBand(chunks, (long) HISTOGRAM_CHUNK * WORK_PER_VALUE, (first, end) -> {
            int[] counted = new int[HISTOGRAM_BINS];
            for (int j = first * HISTOGRAM_CHUNK, stop = Math.min(samples, end * HISTOGRAM_CHUNK); j < stop; j++) {
                counted[Math.min(HISTOGRAM_BINS - 1, (int) (Math.abs(d[j * stride]) * binsPerUnit))]++;
            }
            synchronized (histogram) {
                for (int bin = 0; bin < HISTOGRAM_BINS; bin++) {
                    histogram[bin] += counted[bin];
                }
            }
        });
        long wanted = (long) Math.ceil(SATURATION_QUANTILE * samples);
        long seen = 0;
        int bin = 0;
        while (bin < HISTOGRAM_BINS - 1 && (seen += histogram[bin]) < wanted) {
            bin++;
        }
        return max * (bin + 1) / HISTOGRAM_BINS;
    }

    /**
     * The step between the values {@link #saturation} reads of {@code n} in rows of {@code rowLength}: 1 up to
     * {@value #MOST_SAMPLED} values, else the smallest step that keeps the sample within about that many and shares
     * no factor with the row length, so that the sampled columns move along from row to row instead of always
     * falling on the same ones (a pattern repeating every few columns would otherwise be seen wrongly).
     */
    static int sampleStride(int n, int rowLength) {
        int stride = ceilDiv(n, MOST_SAMPLED);
        while (BigInteger.valueOf(stride).gcd(BigInteger.valueOf(rowLength)).intValue() != 1) {
            stride++;
        }
        return stride;
    }

    /**
     * The largest {@code |v|} of every {@code stride}-th value of {@code d} (NaN if one is NaN), their
     * {@code chunks} chunks split over threads.
     */
    private static float largestMagnitude(float[] d, int stride, int chunks) {
        int samples = ceilDiv(d.length, stride);
        float[] largest = {0};
        Parallelism.ALL.forEachBand(chunks, HISTOGRAM_CHUNK, (first, end) -> {
            float max = 0;
            for (int j = first * HISTOGRAM_CHUNK, stop = Math.min(samples, end * HISTOGRAM_CHUNK); j < stop; j++) {
                max = Math.max(max, Math.abs(d[j * stride]));
            }
            synchronized (largest) {
                largest[0] = Math.max(largest[0], max);
            }
        });
        return largest[0];
    }

    /** The colours of the map from its low end to its high end, for a colour bar of a {@code channels}-channel map. */
    public List<Stop> stops(int channels) {
        if (this == DIVERGING && channels == 1) {
            return List.of(new Stop(0, color(NEGATIVE)), new Stop(0.5, color(ZERO)), new Stop(1, color(POSITIVE)));
        }
        return List.of(new Stop(0, Color.BLACK), new Stop(1, Color.WHITE));
    }

    /** The factor {@code g} of a channel value's level at scale {@code s}: 1, {@code 1/s} or {@code 1/(2s)}. */
    private float gain(float s) {
        return this == CLIP ? 1 : this == MAGNITUDE ? 1 / s : 1 / (2 * s);
    }

    /**
     * The 8-bit level {@code round(255 t)} of one channel value {@code v}, with {@code t} clipped to {@code [0, 1]}:
     * {@code t = g v} ({@link #CLIP}), {@code g |v|} ({@link #MAGNITUDE}) or {@code 0.5 + g v} ({@link #DIVERGING});
     * 0 for NaN.
     */
    private int level(float v, float gain) {
        // compared rather than switched on: called for every value of a picture, with this fixed
        float t = this == MAGNITUDE ? gain * Math.abs(v) : this == DIVERGING ? 0.5f + gain * v : gain * v;
        // clipped as a whole number, which is cheaper; a float beyond int's range converts to its end, NaN to 0
        return Math.max(0, Math.min(255, (int) (t * 255 + 0.5f)));
    }

    /** The colour {@code 0xRRGGBB} of a one-channel value at scale {@code s} ({@code gain} its {@link #gain}). */
    private int single(float v, float s, float gain) {
        if (this != DIVERGING) {
            int l = level(v, gain);
            return rgb(l, l, l);
        }
        float t = Math.max(-1, Math.min(1, v / s));
        return t < 0 ? mix(ZERO, NEGATIVE, -t) : mix(ZERO, POSITIVE, t);
    }

    /** {@code a} moved a fraction {@code t} of the way to {@code b}, channel by channel. */
    private static int mix(int a, int b, float t) {
        int r = Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return rgb(r, g, bl);
    }

    private static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }

    private static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
