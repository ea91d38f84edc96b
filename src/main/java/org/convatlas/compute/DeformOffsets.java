package org.convatlas.compute;

/**
 * Offset and mask tensors for {@link DeformConv2d} with one offset group, made from a rule for every output position
 * alike, and where the taps then sample.
 *
 * <p>Layout, as {@link DeformConv2d} reads it: {@code offset [2*kH*kW, Ho, Wo]}, tap {@code t = i*kW + j} moved by
 * {@code dy = offset[2t, oy, ox]} rows and {@code dx = offset[2t + 1, oy, ox]} columns; {@code mask [kH*kW, Ho, Wo]}.
 * The rules move each tap relative to the kernel's centre {@code (ci, cj) = ((kH - 1)/2, (kW - 1)/2)} (a half cell
 * for an even side): tap {@code (i, j)} sits at {@code (u, v) = (i - ci, j - cj)} in the regular grid (dilation 1).
 * <ul>
 *   <li>{@link #scaled}: the grid stretched by {@code s}, {@code (dy, dx) = (s - 1)·(u, v)}. With a whole number
 *   {@code s = d} and odd sides the offsets are whole numbers and the taps are exactly those of a convolution of
 *   dilation {@code d} padded {@code d·(k - 1)/2} on each side, when the regular one is padded {@code (k - 1)/2}:
 *   dilation is a special case.</li>
 *   <li>{@link #rotated}: the grid turned by {@code θ} anticlockwise as drawn (rows run down), a tap at
 *   {@code (u, v)} going to {@code (u', v') = (u·cos θ − v·sin θ, v·cos θ + u·sin θ)} with rows {@code u} down:
 *   {@code (dy, dx) = (u' − u, v' − v)}.</li>
 *   <li>{@link #uniform}: every tap moved by the same {@code (dy, dx)}.</li>
 * </ul>
 */
public final class DeformOffsets {

    private DeformOffsets() {
    }

    /** Offsets of 0: deformable convolution is then the plain {@link Conv2d}. */
    public static Tensor zeros(int kh, int kw, int ho, int wo) {
        checkSizes(kh, kw, ho, wo);
        return Tensor.zeros(2 * kh * kw, ho, wo);
    }

    /** Every tap of every output position moved by {@code (dy, dx)}. */
    public static Tensor uniform(int kh, int kw, int ho, int wo, float dy, float dx) {
        return field(kh, kw, ho, wo, (u, v) -> new double[] {dy, dx});
    }

    /** The regular grid stretched by {@code scale} about its centre: {@code (dy, dx) = (scale - 1)·(u, v)}. */
    public static Tensor scaled(int kh, int kw, int ho, int wo, double scale) {
        checkFinite("scale", scale);
        return field(kh, kw, ho, wo, (u, v) -> new double[] {(scale - 1) * u, (scale - 1) * v});
    }

    /** The regular grid turned by {@code degrees} anticlockwise about its centre (see the class comment). */
    public static Tensor rotated(int kh, int kw, int ho, int wo, double degrees) {
        checkFinite("angle", degrees);
        double theta = Math.toRadians(degrees);
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        return field(kh, kw, ho, wo, (u, v) -> new double[] {u * cos - v * sin - u, v * cos + u * sin - v});
    }

    /**
     * A mask {@code [kH*kW, Ho, Wo]} of 1 at the kernel's centre tap (odd sides only) and {@code outer} at every
     * other tap, at every output position.
     */
    public static Tensor centreWeighted(int kh, int kw, int ho, int wo, float outer) {
        checkSizes(kh, kw, ho, wo);
        checkFinite("mask", outer);
        Tensor mask = Tensor.filled(outer, kh * kw, ho, wo);
        if (kh % 2 == 1 && kw % 2 == 1) {
            int centre = (kh / 2) * kw + kw / 2;
            java.util.Arrays.fill(mask.data(), centre * ho * wo, (centre + 1) * ho * wo, 1f);
        }
        return mask;
    }

    /**
     * Where every tap samples: {@code positions[((oy*Wo + ox)*kH*kW + t)*2]} is the row
     * {@code oy*sH - top + i*dH + dy} and the next entry the column {@code ox*sW - left + j*dW + dx}, for tap
     * {@code t = i*kW + j} of the (single) offset group, as {@code float} sums exactly as {@link DeformConv2d} forms
     * them.
     *
     * @param offset the offsets {@code [2*kH*kW, Ho, Wo]}
     */
    public static float[] samplePositions(Tensor offset, Window2d window, int kh, int kw) {
        checkSizes(kh, kw, 1, 1);
        Checks.rank("offset", offset, 3, "[2*kH*kW, Ho, Wo]");
        if (offset.dim(0) != 2 * kh * kw) {
            throw new InvalidArgumentException("offset must have 2*kH*kW = " + 2 * kh * kw + " channels (got "
                    + offset.dim(0) + ")");
        }
        int ho = offset.dim(1), wo = offset.dim(2);
        int taps = kh * kw;
        int positions = ho * wo;
        float[] data = offset.data();
        float[] out = new float[positions * taps * 2];
        for (int oy = 0; oy < ho; oy++) {
            for (int ox = 0; ox < wo; ox++) {
                int q = oy * wo + ox;
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        int t = i * kw + j;
                        int at = (q * taps + t) * 2;
                        out[at] = window.inputRow(oy, i) + data[2 * t * positions + q];
                        out[at + 1] = window.inputColumn(ox, j) + data[(2 * t + 1) * positions + q];
                    }
                }
            }
        }
        return out;
    }

    /** A displacement {@code (dy, dx)} for the tap at {@code (u, v)} from the kernel's centre. */
    private interface Rule {
        double[] displacement(double u, double v);
    }

    private static Tensor field(int kh, int kw, int ho, int wo, Rule rule) {
        checkSizes(kh, kw, ho, wo);
        Tensor offset = Tensor.zeros(2 * kh * kw, ho, wo);
        float[] data = offset.data();
        int positions = ho * wo;
        double ci = (kh - 1) / 2.0;
        double cj = (kw - 1) / 2.0;
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) {
                int t = i * kw + j;
                double[] d = rule.displacement(i - ci, j - cj);
                java.util.Arrays.fill(data, 2 * t * positions, (2 * t + 1) * positions, snap(d[0]));
                java.util.Arrays.fill(data, (2 * t + 1) * positions, (2 * t + 2) * positions, snap(d[1]));
            }
        }
        return offset;
    }

    /** The displacement as a float, with rounding noise below 1e-9 of a whole number dropped ({@code cos 90° ≠ 0}). */
    private static float snap(double value) {
        double whole = Math.rint(value);
        return (float) (Math.abs(value - whole) < 1e-9 ? whole : value);
    }

    private static void checkSizes(int kh, int kw, int ho, int wo) {
        Checks.atLeast("kernel height", kh, 1);
        Checks.atLeast("kernel width", kw, 1);
        Checks.atLeast("output height", ho, 1);
        Checks.atLeast("output width", wo, 1);
    }

    private static void checkFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidArgumentException(name + " must be a finite number (got " + value + ")");
        }
    }
}
