package org.convatlas.compute;

/**
 * Transposed 2-D convolution with PyTorch semantics: {@code x [Cin, H, W]}, {@code w [Cin, Cout/groups, kH, kW]},
 * optional {@code b [Cout]}, giving {@code y [Cout, Ho, Wo]}, {@code Cout = w.shape[1] * groups},
 * {@code Ho = (H-1)*sH - top - bottom + dH*(kH-1) + outputPaddingH + 1}.
 * Scatter form: every input value {@code x[ci, iy, ix]} adds {@code x * w[ci, co', i, j]} to the full output
 * at {@code (iy*sH + i*dH, ix*sW + j*dW)}; the pads are then cut from the full output's border. Input channel
 * {@code ci} belongs to group {@code g = ci / (Cin/groups)} and writes output channels
 * {@code co = g*Cout/groups + co'}. The output padding adds rows/columns at the bottom/right; where the full
 * output does not reach them they hold only the bias.
 *
 * <p>With the same weights, window and groups this is the adjoint of {@link Conv2d} (without bias, flip off):
 * {@code <conv2d(x), y> = <x, convTranspose2d(y)>} when the output padding makes the sizes match.
 */
public final class ConvTranspose2d {

    private ConvTranspose2d() {
    }

    /** Checks the shapes and parameters and returns {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] w, ConvTranspose2dParams p) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("weights w", w, 4, "[Cin, Cout/groups, kH, kW]");
        int cin = x[0];
        Checks.divides("groups", p.groups(), "input channels", cin);
        Checks.equal("weights' input channels w.shape[0]", w[0], "input channels", cin);
        Window2d win = p.window();
        Pads2d pads = win.pads();
        int ho = ConvArithmetic.transposedOutputSize("height", x[1], pads.top(), pads.bottom(), w[2], win.strideH(),
                win.dilationH(), p.outputPaddingH());
        int wo = ConvArithmetic.transposedOutputSize("width", x[2], pads.left(), pads.right(), w[3], win.strideW(),
                win.dilationW(), p.outputPaddingW());
        return new int[] {w[1] * p.groups(), ho, wo};
    }

    /** Checks every argument (including the optional bias) and returns {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("weights w", w, 4, "[Cin, Cout/groups, kH, kW]");
        int[] shape = outputShape(x.shape(), w.shape(), p);
        Checks.bias(b, shape[0]);
        return shape;
    }

    /** {@code y = convTranspose2d(x, w, b)} on all the machine's threads; {@code b} may be null. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        Tensor out = Tensor.zeros(outputShape(x, w, b, p));
        compute(x, w, b, p, out, Parallelism.ALL);
        return out;
    }

    /**
     * Writes the result into {@code out}, which must have the output shape, on all the machine's threads.
     * Allocates nothing once the threads have seen the shape.
     */
    public static void apply(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p, Tensor out) {
        apply(x, w, b, p, out, Parallelism.ALL);
    }

    /**
     * As {@link #apply(Tensor, Tensor, Tensor, ConvTranspose2dParams, Tensor)}, on at most {@code parallelism}
     * threads.
     */
    public static void apply(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p, Tensor out,
                             Parallelism parallelism) {
        Checks.shape("output", out, outputShape(x, w, b, p));
        compute(x, w, b, p, out, Parallelism.required(parallelism));
    }

    /** Splits the output rows into bands (see {@link Parallelism}); each band runs {@link #computeRows}. */
    private static void compute(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p, Tensor out,
                                Parallelism parallelism) {
        int ho = out.dim(1);
        long workPerRow = (long) out.dim(0) * out.dim(2) * (x.dim(0) / p.groups()) * w.dim(2) * w.dim(3);
        parallelism.forEachBand(ho, workPerRow, (first, end) -> computeRows(x, w, b, p, out, first, end));
    }

    /**
     * The gather form of the scatter, for output rows {@code [firstRow, endRow)}, one output row of one group at
     * a time through {@link TapRows}. Output row {@code oy} receives kernel row {@code i} from input row
     * {@code iy = (oy + top - i*dH) / sH} when that division is exact and {@code iy} lies inside the input.
     * Along the row, kernel column {@code j} writes input column {@code ix} to output column
     * {@code ox = ix*sW + reach}, {@code reach = j*dW - left}: only to the output columns of its <em>phase</em>
     * {@code ox = phase (mod sW)}, {@code phase = reach mod sW}. So the output row is computed phase by phase:
     * the columns {@code ox = phase + m*sW} are a plain sum over the taps of that phase, whose row is the input row
     * shifted, {@code row[m] = x[ci, iy, m + (phase - reach)/sW]} (0 outside the input), and no inserted zero is
     * ever multiplied. Tap {@code (cg, i, j)} of output channel {@code co'} of the group weighs
     * {@code w[ci, co', i, j]}.
     */
    private static void computeRows(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p, Tensor out,
                                    int firstRow, int endRow) {
        float[] in = x.data();
        float[] kernel = w.data();
        float[] bias = b == null ? null : b.data();
        float[] y = out.data();
        int h = x.dim(1), width = x.dim(2);
        int coutPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int cinPerGroup = x.dim(0) / p.groups();
        int ho = out.dim(1), wo = out.dim(2);
        Window2d win = p.window();
        int sh = win.strideH(), sw = win.strideW(), dh = win.dilationH(), dw = win.dilationW();
        int top = win.pads().top(), left = win.pads().left();
        // the input rows that reach one output row lie within this many consecutive rows
        int span = (kh - 1) * dh / sh + 1;
        TapRows rows = TapRows.forThisThread();

        for (int g = 0; g < p.groups(); g++) {
            rows.prepare(cinPerGroup, kh, kw, span, columnsOfPhase(0, wo, sw), true);
            for (int oy = firstRow; oy < endRow; oy++) {
                for (int phase = 0; phase < Math.min(sw, wo); phase++) {
                    rows.clearTaps();
                    for (int cg = 0; cg < cinPerGroup; cg++) {
                        int ci = g * cinPerGroup + cg;
                        for (int i = 0; i < kh; i++) {
                            int rowReach = oy + top - i * dh;
                            int iy = rowReach / sh;
                            if (rowReach < 0 || iy * sh != rowReach || iy >= h) {
                                continue;
                            }
                            int slot = rows.slot(cg, i, iy);
                            boolean fill = rows.claim(slot, iy);
                            for (int j = 0; j < kw; j++) {
                                int reach = j * dw - left;
                                int tapPhase = Math.floorMod(reach, sw);
                                float[] row = rows.row(slot, j);
                                if (fill) {
                                    StridedRows.gather(row, columnsOfPhase(tapPhase, wo, sw), in, (ci * h + iy) * width,
                                            width, (tapPhase - reach) / sw, 1);
                                }
                                if (tapPhase == phase) {
                                    rows.addTap(row, ((ci * coutPerGroup * kh) + i) * kw + j);
                                }
                            }
                        }
                    }
                    int n = columnsOfPhase(phase, wo, sw);
                    for (int co = 0; co < coutPerGroup; co++) {
                        int channel = g * coutPerGroup + co;
                        rows.writeRow(kernel, co * kh * kw, bias == null ? 0f : bias[channel], y,
                                (channel * ho + oy) * wo + phase, sw, n);
                    }
                }
            }
        }
    }

    /** How many output columns {@code ox < wo} have {@code ox = phase (mod stride)}, {@code 0 <= phase < stride}. */
    private static int columnsOfPhase(int phase, int wo, int stride) {
        return Math.max(0, (wo - phase + stride - 1) / stride);
    }
}
