package org.convatlas.render;

import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.Stop;
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

    /**
     * The picture of {@code planes} {@code [C, H, W]} ({@code C} = 1 or 3) at scale {@code s}, shrunk by the smallest
     * whole factor {@code f} that brings both sides within {@code maxSide}: each pixel is then the mean colour of an
     * {@code f × f} block (fewer at the right and bottom edges). A picture that fits is drawn pixel for pixel.
     *
     * @throws IllegalArgumentException unless the planes are {@code [1, H, W]} or {@code [3, H, W]}, the scale is
     *                                  positive and {@code maxSide} at least 1
     */
    public Raster raster(Tensor planes, float s, int maxSide) {
        if (planes.rank() != 3 || (planes.dim(0) != 1 && planes.dim(0) != 3)) {
            throw new IllegalArgumentException("a picture is [1, H, W] or [3, H, W] (got "
                    + Arrays.toString(planes.shape()) + ")");
        }
        if (!(s > 0) || maxSide < 1) {
            throw new IllegalArgumentException("scale and largest side must be positive (got " + s + ", " + maxSide
                    + ")");
        }
        boolean colour = planes.dim(0) == 3;
        int h = planes.dim(1);
        int w = planes.dim(2);
        int f = Math.max(1, ceilDiv(Math.max(h, w), maxSide));
        int rasterW = ceilDiv(w, f);
        int rasterH = ceilDiv(h, f);
        float[] d = planes.data();
        int plane = h * w;
        int[] argb = new int[rasterW * rasterH];
        int[] sums = new int[3 * rasterW];
        int[] counts = new int[rasterW];
        for (int ry = 0; ry < rasterH; ry++) {
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int y = ry * f; y < Math.min(h, (ry + 1) * f); y++) {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    int rgb = colour ? rgb(level(d[i], s), level(d[plane + i], s), level(d[2 * plane + i], s))
                            : single(d[i], s);
                    int rx = x / f;
                    sums[3 * rx] += (rgb >> 16) & 0xFF;
                    sums[3 * rx + 1] += (rgb >> 8) & 0xFF;
                    sums[3 * rx + 2] += rgb & 0xFF;
                    counts[rx]++;
                }
            }
            for (int rx = 0; rx < rasterW; rx++) {
                int n = counts[rx];
                argb[ry * rasterW + rx] = 0xFF000000 | rgb((sums[3 * rx] + n / 2) / n,
                        (sums[3 * rx + 1] + n / 2) / n, (sums[3 * rx + 2] + n / 2) / n);
            }
        }
        return new Raster(rasterW, rasterH, argb);
    }

    /**
     * The scale that shows {@code values} well in {@link #MAGNITUDE} and {@link #DIVERGING}: the
     * {@link #SATURATION_QUANTILE} quantile of {@code |v|} (read from a histogram of {@value #HISTOGRAM_BINS} bins
     * up to the largest magnitude, rounded up to a bin's upper edge), so that a few extreme values do not darken
     * everything else; 1 when every value is 0.
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
        for (float v : d) {
            histogram[Math.min(HISTOGRAM_BINS - 1, (int) (Math.abs(v) / max * HISTOGRAM_BINS))]++;
        }
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

    /** The 8-bit level of one channel value. */
    private int level(float v, float s) {
        float t = switch (this) {
            case CLIP -> v;
            case MAGNITUDE -> Math.abs(v) / s;
            case DIVERGING -> 0.5f + v / (2 * s);
        };
        return Math.round(Math.max(0, Math.min(1, t)) * 255);
    }

    /** The colour {@code 0xRRGGBB} of a one-channel value. */
    private int single(float v, float s) {
        if (this != DIVERGING) {
            int l = level(v, s);
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
