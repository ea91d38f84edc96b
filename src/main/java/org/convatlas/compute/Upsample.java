package org.convatlas.compute;

import java.util.stream.IntStream;

/**
 * Upsampling of {@code x [C, H, W]} by integer factors to {@code [C, H*sH, W*sW]}; see {@link UpsampleMode}.
 *
 * <pre>
 * nearest:  y[c, oy, ox] = x[c, floor(oy / sH), floor(ox / sW)]
 * bilinear: y[c, oy, ox] = (1-a)(1-b) x[c, y0, x0] + (1-a) b x[c, y0, x1] + a (1-b) x[c, y1, x0] + a b x[c, y1, x1]
 * </pre>
 * where {@code (y0, y1, a)} is {@link #bilinearSource bilinearSource(oy, sH, H)} and {@code (x0, x1, b)}
 * is {@code bilinearSource(ox, sW, W)}.
 */
public final class Upsample {

    /**
     * Where output cell {@code dst} of one axis reads in bilinear mode: the two neighbouring source cells and the
     * weight of the upper one; the value is {@code (1 - upperWeight) * x[lower] + upperWeight * x[upper]}.
     */
    public record BilinearSource(int lower, int upper, float upperWeight) {

        /** The weight of {@link #lower}, {@code 1 - upperWeight}. */
        public float lowerWeight() {
            return 1 - upperWeight;
        }
    }

    private Upsample() {
    }

    /** The upsampled map {@code [C, H*scaleH, W*scaleW]}. */
    public static Tensor apply(Tensor x, int scaleH, int scaleW, UpsampleMode mode) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        Checks.present("upsampling mode", mode);
        int c = x.dim(0), h = x.dim(1), w = x.dim(2);
        Tensor y = Tensor.zeros(c, scaled("height", h, scaleH), scaled("width", w, scaleW));
        if (mode == UpsampleMode.NEAREST) {
            nearest(x.data(), c, h, w, scaleH, scaleW, y.data());
        } else {
            bilinear(x.data(), c, h, w, SourceTable.of(scaleH, h), SourceTable.of(scaleW, w), y.data());
        }
        return y;
    }

    /**
     * The bilinear source of output cell {@code dst} along an axis of {@code size} input cells scaled by
     * {@code scale}, with half-pixel centres (PyTorch {@code align_corners=False}): the source coordinate is
     * {@code s = max(0, (dst + 0.5) / scale - 0.5)}, {@code lower = floor(s)}, {@code upper = min(lower + 1, size - 1)},
     * {@code upperWeight = s - lower}. Cells near the edges thus repeat the edge value.
     */
    public static BilinearSource bilinearSource(int dst, int scale, int size) {
        Checks.atLeast("scale", scale, 1);
        Checks.atLeast("size", size, 1);
        if (dst < 0 || dst >= (long) size * scale) {
            throw new InvalidArgumentException("output cell " + dst + " must be in [0, " + (long) size * scale
                    + ") for size " + size + " and scale " + scale);
        }
        double source = Math.max(0, (dst + 0.5) / scale - 0.5);
        int lower = (int) source;
        return new BilinearSource(lower, Math.min(lower + 1, size - 1), (float) (source - lower));
    }

    /**
     * The output cells along an axis of {@code size} input cells scaled by {@code scale} that read input cell
     * {@code source}, in increasing order: in nearest mode its block {@code source·scale ... source·scale + scale − 1};
     * in bilinear mode every {@code dst} whose {@link #bilinearSource} gives it a weight above 0, as the lower cell
     * (weight {@code 1 − upperWeight}, never 0) or as the upper one. The source coordinate grows with {@code dst}, so
     * these are a run: the cells whose source coordinate lies within 1 of {@code source} (those clamped to the first
     * or last cell included). Found by asking every output cell of the axis.
     *
     * @throws InvalidArgumentException if {@code source} is not in {@code [0, size)} or the scale is below 1
     */
    public static int[] cellsReading(int source, int scale, int size, UpsampleMode mode) {
        Checks.present("upsampling mode", mode);
        Checks.atLeast("scale", scale, 1);
        if (source < 0 || source >= size) {
            throw new InvalidArgumentException("input cell " + source + " must be in [0, " + size + ")");
        }
        if (mode == UpsampleMode.NEAREST) {
            return IntStream.range(source * scale, (source + 1) * scale).toArray();
        }
        return IntStream.range(0, size * scale).filter(dst -> {
            BilinearSource from = bilinearSource(dst, scale, size);
            return from.lower() == source || from.upper() == source && from.upperWeight() > 0;
        }).toArray();
    }

    /** {@code n * scale}, checked: the scale at least 1 and the product a valid tensor dimension. */
    private static int scaled(String axis, int n, int scale) {
        Checks.atLeast("scale " + axis, scale, 1);
        long size = (long) n * scale;
        if (size > Integer.MAX_VALUE) {
            throw new InvalidArgumentException("output " + axis + " " + n + " * " + scale + " = " + size + " is too large");
        }
        return (int) size;
    }

    /** Each source row is widened once (every value repeated {@code sW} times), then copied {@code sH - 1} times. */
    private static void nearest(float[] x, int c, int h, int w, int sH, int sW, float[] y) {
        int outWidth = w * sW;
        int o = 0;
        for (int row = 0; row < c * h; row++) {
            int first = o;
            for (int i = row * w; i < (row + 1) * w; i++) {
                for (int k = 0; k < sW; k++) {
                    y[o++] = x[i];
                }
            }
            for (int copy = 1; copy < sH; copy++, o += outWidth) {
                System.arraycopy(y, first, y, o, outWidth);
            }
        }
    }

    private static void bilinear(float[] x, int c, int h, int w, SourceTable rows, SourceTable columns, float[] y) {
        int outHeight = rows.lower.length;
        int outWidth = columns.lower.length;
        int o = 0;
        for (int ch = 0; ch < c; ch++) {
            for (int oy = 0; oy < outHeight; oy++) {
                int top = (ch * h + rows.lower[oy]) * w;
                int bottom = (ch * h + rows.upper[oy]) * w;
                float a = rows.weight[oy];
                for (int ox = 0; ox < outWidth; ox++) {
                    int left = columns.lower[ox];
                    int right = columns.upper[ox];
                    float b = columns.weight[ox];
                    y[o++] = (1 - a) * ((1 - b) * x[top + left] + b * x[top + right])
                            + a * ((1 - b) * x[bottom + left] + b * x[bottom + right]);
                }
            }
        }
    }

    /** {@link #bilinearSource} of every output cell of one axis, as flat arrays for the inner loop. */
    private static final class SourceTable {

        final int[] lower;
        final int[] upper;
        final float[] weight;

        private SourceTable(int cells) {
            lower = new int[cells];
            upper = new int[cells];
            weight = new float[cells];
        }

        static SourceTable of(int scale, int size) {
            SourceTable table = new SourceTable(size * scale);
            for (int dst = 0; dst < size * scale; dst++) {
                BilinearSource source = bilinearSource(dst, scale, size);
                table.lower[dst] = source.lower();
                table.upper[dst] = source.upper();
                table.weight[dst] = source.upperWeight();
            }
            return table;
        }
    }
}
