package org.convatlas.compute;

/**
 * Pixel shuffle (depth to space, PyTorch {@code pixel_shuffle}, ONNX DepthToSpace CRD):
 * {@code x [C*r*r, H, W]} to {@code y [C, H*r, W*r]} with
 * {@code y[c, h*r + i, w*r + j] = x[c*r*r + i*r + j, h, w]}, for {@code 0 <= i, j < r}.
 * Each output {@code r x r} block gathers one cell from each of {@code r*r} consecutive channels.
 * {@link #unshuffle} is the inverse (space to depth, PyTorch {@code pixel_unshuffle}).
 */
public final class PixelShuffle {

    /**
     * Where one value goes, named by the five indices of the rule
     * {@code y[c, h*r + i, w*r + j] = x[c*r*r + i*r + j, h, w]}: output channel {@code c}, the {@code r x r} block
     * {@code (h, w)}, which is also the cell read in the input channel, and the place {@code (i, j)} in that block,
     * for factor {@code r}.
     */
    public record Move(int channel, int blockRow, int blockColumn, int i, int j, int factor) {

        /** The input cell read, {@code (c*r*r + i*r + j, h, w)} in {@code x [C*r*r, H, W]}. */
        public int[] source() {
            return new int[] {(channel * factor + i) * factor + j, blockRow, blockColumn};
        }

        /** The output cell written, {@code (c, h*r + i, w*r + j)} in {@code y [C, H*r, W*r]}. */
        public int[] target() {
            return new int[] {channel, blockRow * factor + i, blockColumn * factor + j};
        }
    }

    private PixelShuffle() {
    }

    /**
     * The move of {@link #apply} that writes output cell {@code y[c, oy, ox]}: block
     * {@code (floor(oy/r), floor(ox/r))}, place {@code (oy mod r, ox mod r)}, so its source is
     * {@code x[c*r*r + (oy mod r)*r + ox mod r, floor(oy/r), floor(ox/r)]}.
     *
     * @throws InvalidArgumentException if an index is negative or the factor is below 1
     */
    public static Move moveInto(int c, int oy, int ox, int upscale) {
        checkCell(c, oy, ox, upscale);
        return new Move(c, oy / upscale, ox / upscale, oy % upscale, ox % upscale, upscale);
    }

    /**
     * The move of {@link #apply} that reads input cell {@code x[k, h, w]}: output channel {@code floor(k/(r*r))}, place
     * {@code (floor((k mod r*r)/r), k mod r)} in block {@code (h, w)}, so its target is
     * {@code y[floor(k/(r*r)), h*r + floor((k mod r*r)/r), w*r + k mod r]}.
     *
     * @throws InvalidArgumentException if an index is negative or the factor is below 1
     */
    public static Move moveFrom(int k, int h, int w, int upscale) {
        checkCell(k, h, w, upscale);
        long square = (long) upscale * upscale;
        return new Move((int) (k / square), h, w, (int) (k % square / upscale), k % upscale, upscale);
    }

    private static void checkCell(int channel, int row, int column, int factor) {
        Checks.atLeast("upscale factor", factor, 1);
        Checks.atLeast("channel", channel, 0);
        Checks.atLeast("row", row, 0);
        Checks.atLeast("column", column, 0);
    }

    /** Depth to space: {@code [C*r*r, H, W]} to {@code [C, H*r, W*r]}, {@code r = upscale}. */
    public static Tensor apply(Tensor x, int upscale) {
        Checks.rank("input x", x, 3, "[C*r*r, H, W]");
        Checks.atLeast("upscale factor", upscale, 1);
        int channels = x.dim(0);
        long square = (long) upscale * upscale;
        Checks.divides("upscale factor squared", (int) Math.min(square, Integer.MAX_VALUE), "input channels", channels);
        int c = channels / (int) square;
        Tensor y = Tensor.zeros(c, x.dim(1) * upscale, x.dim(2) * upscale);
        rearrange(x.data(), y.data(), c, x.dim(1), x.dim(2), upscale, true);
        return y;
    }

    /** Space to depth, the inverse of {@link #apply}: {@code [C, H*r, W*r]} to {@code [C*r*r, H, W]}, {@code r = downscale}. */
    public static Tensor unshuffle(Tensor y, int downscale) {
        Checks.rank("input y", y, 3, "[C, H*r, W*r]");
        Checks.atLeast("downscale factor", downscale, 1);
        Checks.divides("downscale factor", downscale, "input height", y.dim(1));
        Checks.divides("downscale factor", downscale, "input width", y.dim(2));
        int c = y.dim(0), h = y.dim(1) / downscale, w = y.dim(2) / downscale;
        Tensor x = Tensor.zeros(c * downscale * downscale, h, w);
        rearrange(x.data(), y.data(), c, h, w, downscale, false);
        return x;
    }

    /**
     * Copies between the depth layout {@code depth [C*r*r, H, W]} and the space layout {@code space [C, H*r, W*r]},
     * cell {@code depth[(((c*r + i)*r + j)*H + h)*W + w]} to or from {@code space[(c*H*r + h*r + i)*W*r + w*r + j]}.
     * The depth side is walked in order, the space side with step {@code r}.
     */
    private static void rearrange(float[] depth, float[] space, int c, int h, int w, int r, boolean toSpace) {
        int spaceWidth = w * r;
        int d = 0;
        for (int ch = 0; ch < c; ch++) {
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < r; j++) {
                    for (int row = 0; row < h; row++, d += w) {
                        int s = ((ch * h + row) * r + i) * spaceWidth + j;
                        if (toSpace) {
                            for (int col = 0; col < w; col++) {
                                space[s + col * r] = depth[d + col];
                            }
                        } else {
                            for (int col = 0; col < w; col++) {
                                depth[d + col] = space[s + col * r];
                            }
                        }
                    }
                }
            }
        }
    }
}
