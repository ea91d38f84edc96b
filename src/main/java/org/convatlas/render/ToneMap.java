package org.convatlas.render;

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
    /** The values counted together into the histogram by one thread, the unit the work is split in. */
    private static final int HISTOGRAM_CHUNK = 1 << 14;
    /** The work of turning one value into a level, in multiply-adds, for splitting rows over threads. */
    private static final int WORK_PER_VALUE = 4;

    /**
     * The picture of {@code planes} {@code [C, H, W]} ({@code C} = 1 or 3) at scale {@code s}, shrunk by the smallest
     * whole factor {@code f} that brings both sides within {@code maxSide}: each pixel is then the mean colour of an
     * {@code f × f} block (fewer at the right and bottom edges). A picture that fits is drawn pixel for pixel.
     *
     * @throws IllegalArgumentException unless the planes are {@code [1, H, W]} or {@code [3, H, W]}, the scale is
     *                                  positive and {@code maxSide} at least 1
     */
    public Raster raster(Tensor planes, float s, int maxSide) {
        return raster(planes, s, maxSide, null);
    }

    /**
     * {@link #raster(Tensor, float, int)} painted into {@code reuse} when it has the picture's size (its pixels are
     * overwritten and its image is refreshed on its next draw), else into a new raster. Rows of the picture are
     * split over the threads of {@link Parallelism#ALL}, about {@value #WORK_PER_VALUE} multiply-adds' worth of work
     * per value. Pass a raster that is not on show.
     *
     * @param reuse a raster to paint into, or null
     */
    public Raster raster(Tensor planes, float s, int maxSide, Raster reuse) {
        if (planes.rank() != 3 || (planes.dim(0) != 1 && planes.dim(0) != 3)) {
            throw new IllegalArgumentException("a picture is [1, H, W] or [3, H, W] (got "
                    + Arrays.toString(planes.shape()) + ")");
        }
        if (!(s > 0) || maxSide < 1) {
            throw new IllegalArgumentException("scale and largest side must be positive (got " + s + ", " + maxSide
                    + ")");
        }
        int h = planes.dim(1);
        int w = planes.dim(2);
        int f = Math.max(1, ceilDiv(Math.max(h, w), maxSide));
        int rasterW = ceilDiv(w, f);
        int rasterH = ceilDiv(h, f);
        boolean fits = reuse != null && reuse.width() == rasterW && reuse.height() == rasterH;
        Raster raster = fits ? reuse : new Raster(rasterW, rasterH, new int[rasterW * rasterH]);
        int[] argb = raster.pixels();
        Parallelism.ALL.forEachBand(rasterH, (long) WORK_PER_VALUE * planes.dim(0) * f * w,
                (first, end) -> paintRows(planes, s, f, argb, rasterW, first, end));
        raster.changed();
        return raster;
    }

    /**
     * Paints the raster rows {@code [first, end)}: sums the 8-bit levels of every channel over each
     * {@code f × f} block ({@code sums[3*rx + channel]}), then stores their rounded means. A colour row's levels are
     * made first, in a loop of their own over contiguous values, and then summed by blocks.
     */
    private void paintRows(Tensor planes, float s, int f, int[] argb, int rasterW, int first, int end) {
        int h = planes.dim(1);
        int w = planes.dim(2);
        int plane = h * w;
        float[] d = planes.data();
        boolean colour = planes.dim(0) == 3;
        float gain = gain(s);
        int[] levels = new int[w];
        int[] sums = new int[3 * rasterW];
        for (int ry = first; ry < end; ry++) {
            Arrays.fill(sums, 0);
            int top = ry * f;
            int bottom = Math.min(h, top + f);
            for (int y = top; y < bottom; y++) {
                if (colour) {
                    for (int c = 0; c < 3; c++) {
                        levels(d, c * plane + y * w, gain, levels);
                        addBlocks(levels, f, sums, c);
                    }
                } else {
                    addColours(d, y * w, w, f, s, gain, sums);
                }
            }
            for (int rx = 0, row = ry * rasterW; rx < rasterW; rx++) {
                int n = (bottom - top) * (Math.min(w, (rx + 1) * f) - rx * f);
                argb[row + rx] = 0xFF000000 | rgb((sums[3 * rx] + n / 2) / n, (sums[3 * rx + 1] + n / 2) / n,
                        (sums[3 * rx + 2] + n / 2) / n);
            }
        }
    }

    /** The levels of the {@code levels.length} values from {@code d[start]}, into {@code levels}. */
    private void levels(float[] d, int start, float gain, int[] levels) {
        for (int x = 0; x < levels.length; x++) {
            levels[x] = level(d[start + x], gain);
        }
    }

    /** Adds {@code levels} to channel {@code c} of their {@code f}-wide blocks' sums. */
    private static void addBlocks(int[] levels, int f, int[] sums, int c) {
        for (int rx = 0, x = 0; x < levels.length; rx++) {
            int sum = 0;
            for (int blockEnd = Math.min(levels.length, x + f); x < blockEnd; x++) {
                sum += levels[x];
            }
            sums[3 * rx + c] += sum;
        }
    }

    /** Adds the colours of the {@code w} one-channel values from {@code d[start]} to their blocks' sums. */
    private void addColours(float[] d, int start, int w, int f, float s, float gain, int[] sums) {
        for (int x = 0; x < w; x++) {
            int rgb = single(d[start + x], s, gain);
            int rx = 3 * (x / f);
            sums[rx] += (rgb >> 16) & 0xFF;
            sums[rx + 1] += (rgb >> 8) & 0xFF;
            sums[rx + 2] += rgb & 0xFF;
        }
    }

    /**
     * The scale that shows {@code values} well in {@link #MAGNITUDE} and {@link #DIVERGING}: the
     * {@link #SATURATION_QUANTILE} quantile of {@code |v|} (read from a histogram of {@value #HISTOGRAM_BINS} bins
     * up to the largest magnitude, rounded up to a bin's upper edge), so that a few extreme values do not darken
     * everything else; 1 when every value is 0. The histogram is counted in chunks split over the threads of
     * {@link Parallelism#ALL}.
     */
    public static float saturation(Tensor values) {
        float[] d = values.data();
        float max = 0;
        for (float v : d) {
            max = Math.max(max, Math.abs(v));
        }
        if (!(max > 0) || Float.isInfinite(max)) {
            return 1;
        }
        int[] histogram = new int[HISTOGRAM_BINS];
        float binsPerUnit = HISTOGRAM_BINS / max;
        Parallelism.ALL.forEachBand(ceilDiv(d.length, HISTOGRAM_CHUNK), (long) HISTOGRAM_CHUNK * WORK_PER_VALUE,
                (first, end) -> {
                    int[] counted = new int[HISTOGRAM_BINS];
                    for (int i = first * HISTOGRAM_CHUNK, stop = Math.min(d.length, end * HISTOGRAM_CHUNK); i < stop;
                         i++) {
                        counted[Math.min(HISTOGRAM_BINS - 1, (int) (Math.abs(d[i]) * binsPerUnit))]++;
                    }
                    synchronized (histogram) {
                        for (int bin = 0; bin < HISTOGRAM_BINS; bin++) {
                            histogram[bin] += counted[bin];
                        }
                    }
                });
        long wanted = (long) Math.ceil(SATURATION_QUANTILE * d.length);
        long seen = 0;
        int bin = 0;
        while (bin < HISTOGRAM_BINS - 1 && (seen += histogram[bin]) < wanted) {
            bin++;
        }
        return max * (bin + 1) / HISTOGRAM_BINS;
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
        return (int) (Math.max(0f, Math.min(1f, t)) * 255 + 0.5f);
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
