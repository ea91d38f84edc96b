package org.convatlas.compute;

/**
 * The named padding presets, resolved to explicit pads for a given input, kernel, stride and dilation.
 *
 * <ul>
 *   <li>{@link #VALID}: no padding; only windows wholly inside the input, {@code floor((n - reach)/s) + 1}.</li>
 *   <li>{@link #SAME}: output size {@code ceil(n / s)}; the total padding is
 *       {@code max((ceil(n/s) - 1)*s + reach - n, 0)}. When it is odd, the extra cell goes to the
 *       bottom/right, as TensorFlow does ({@code before = total/2}, {@code after = total - before}).</li>
 *   <li>{@link #FULL}: {@code reach - 1} on every side, so every window that overlaps the input in at
 *       least one cell is computed; at stride 1 the output is {@code n + reach - 1}.</li>
 * </ul>
 * Here {@code reach = d*(k-1) + 1}, the effective size of the dilated kernel.
 */
public enum PaddingMode {
    VALID, SAME, FULL;

    /** The padding {@code [before, after]} along one axis. */
    public int[] along(int n, int kernel, int stride, int dilation) {
        Checks.atLeast("input size", n, 1);
        Checks.atLeast("kernel size", kernel, 1);
        Checks.atLeast("stride", stride, 1);
        Checks.atLeast("dilation", dilation, 1);
        int reach = ConvArithmetic.reach(kernel, dilation);
        return switch (this) {
            case VALID -> new int[] {0, 0};
            case FULL -> new int[] {reach - 1, reach - 1};
            case SAME -> {
                int out = (n + stride - 1) / stride;
                int total = Math.max((out - 1) * stride + reach - n, 0);
                yield new int[] {total / 2, total - total / 2};
            }
        };
    }

    /** Explicit pads for a 2-D input {@code h x w} and kernel {@code kH x kW}. */
    public Pads2d resolve(int h, int w, int kH, int kW, int strideH, int strideW, int dilationH, int dilationW) {
        int[] vertical = along(h, kH, strideH, dilationH);
        int[] horizontal = along(w, kW, strideW, dilationW);
        return new Pads2d(vertical[0], horizontal[0], vertical[1], horizontal[1]);
    }
}
