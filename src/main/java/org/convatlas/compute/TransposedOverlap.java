package org.convatlas.compute;

import java.util.Arrays;
import java.util.List;

/**
 * How many times each output cell of a transposed convolution is written: the overlap behind checkerboard
 * artifacts.
 *
 * <p><b>One layer.</b> Input cell {@code (iy, ix)} and kernel tap {@code (i, j)} write to output cell
 * {@code (iy*sH - top + i*dH, ix*sW - left + j*dW)}; {@code counts[oy, ox]} is the number of such
 * (input cell, tap) pairs, i.e. {@code conv_transpose2d} of an all-ones input with an all-ones kernel.
 * <b>A stack.</b> Layer {@code l+1} reads layer {@code l}'s output; the count of a final output cell is the number
 * of paths (input cell, tap of layer 1, ..., tap of layer L) that end in it: each layer's
 * {@code conv_transpose2d} with an all-ones kernel applied to the previous layer's counts, starting from ones.
 * For one layer this is the count above.
 *
 * <p>Both conditions of a write separate into a row condition and a column condition, so
 * {@code counts[oy, ox] = rows[oy] * columns[ox]} with the 1-D counts of each axis.
 *
 * <p><b>Unevenness.</b> Near the border fewer input cells reach an output cell; that is not a checkerboard.
 * Along one axis, an output cell is <em>interior</em> when the span of the zero-inserted input that can write to it
 * ({@code d*(k-1) + 1} cells ending at its position in the full output) lies inside the zero-inserted input, and,
 * in a stack, every input cell in that span is interior in the layer before; a 2-D cell is interior when its row
 * and its column are. The count of an interior cell does not depend on where the input ends.
 * {@link #unevenness()} is max/min of the counts over the interior cells: 1 means every interior cell is written
 * equally often (no checkerboard, e.g. kernel 4, stride 2, pad 1). Kernel 3, stride 2 writes 1 and 2 times in
 * turn along each axis: 2 in 1-D, and 4 in 2-D, whose interior holds 1, 2 and 4 writes.
 */
public final class TransposedOverlap {

    /**
     * One transposed layer: a {@code kernelH x kernelW} kernel, the stride, pads and dilation of {@code window}
     * (pads are removed from the full output), and output padding at the bottom/right as for
     * {@link ConvTranspose2d}.
     */
    public record Layer(int kernelH, int kernelW, Window2d window, int outputPaddingH, int outputPaddingW) {

        public Layer {
            Checks.atLeast("kernel height", kernelH, 1);
            Checks.atLeast("kernel width", kernelW, 1);
            if (window == null) {
                throw new InvalidArgumentException("window is missing");
            }
            Checks.atLeast("output padding", Math.min(outputPaddingH, outputPaddingW), 0);
        }

        /** A layer without output padding. */
        public Layer(int kernelH, int kernelW, Window2d window) {
            this(kernelH, kernelW, window, 0, 0);
        }

        OnesLayer1d vertical() {
            Pads2d pads = window.pads();
            return new OnesLayer1d("height", kernelH, window.strideH(), window.dilationH(), pads.top(),
                    pads.bottom(), outputPaddingH);
        }

        OnesLayer1d horizontal() {
            Pads2d pads = window.pads();
            return new OnesLayer1d("width", kernelW, window.strideW(), window.dilationW(), pads.left(),
                    pads.right(), outputPaddingW);
        }
    }

    /** The counts along one axis and which of its cells are interior. */
    private record Axis(double[] counts, boolean[] interior) {

        static Axis through(int inputSize, List<OnesLayer1d> layers) {
            double[] counts = new double[inputSize];
            boolean[] interior = new boolean[inputSize];
            Arrays.fill(counts, 1);
            Arrays.fill(interior, true);
            for (OnesLayer1d layer : layers) {
                interior = interiorAfter(interior, layer);
                counts = layer.carry(counts);
            }
            return new Axis(counts, interior);
        }

        /**
         * Output cell {@code o} sits at {@code o + padBefore} in the full output; the input cells that can write to
         * it lie, in zero-inserted coordinates ({@code q*stride}), in {@code [o + padBefore - d*(k-1), o + padBefore]}.
         * It is interior when that span is inside {@code [0, (n-1)*stride]} and every input cell in it is interior.
         */
        private static boolean[] interiorAfter(boolean[] inputInterior, OnesLayer1d layer) {
            int stride = layer.stride();
            int last = (inputInterior.length - 1) * stride;
            int size = ConvArithmetic.transposedOutputSize(layer.axis(), inputInterior.length, layer.padBefore(),
                    layer.padAfter(), layer.kernel(), stride, layer.dilation(), layer.outputPadding());
            boolean[] interior = new boolean[size];
            for (int o = 0; o < size; o++) {
                int high = o + layer.padBefore();
                int low = high - layer.dilation() * (layer.kernel() - 1);
                boolean inside = low >= 0 && high <= last;
                for (int q = (low + stride - 1) / stride; inside && q <= high / stride; q++) {
                    inside = inputInterior[q];
                }
                interior[o] = inside;
            }
            return interior;
        }

        /** {@code {min, max}} of the interior counts, or null when no cell is interior. */
        double[] interiorRange() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < counts.length; o++) {
                if (interior[o]) {
                    min = Math.min(min, counts[o]);
                    max = Math.max(max, counts[o]);
                }
            }
            return min <= max ? new double[] {min, max} : null;
        }
    }

    private final Axis rows;
    private final Axis columns;

    private TransposedOverlap(Axis rows, Axis columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * The counts of one transposed layer over an {@code inputH x inputW} input.
     *
     * @throws InvalidArgumentException as {@link ConvArithmetic#transposedOutputSize}
     */
    public static TransposedOverlap of(int inputH, int inputW, Layer layer) {
        return ofStack(inputH, inputW, List.of(layer));
    }

    /**
     * The path counts of a stack of transposed layers over an {@code inputH x inputW} input; layer 1 reads the
     * input.
     *
     * @throws InvalidArgumentException if the list is empty or has a missing layer, or a layer's sizes are invalid
     *                                  (as {@link ConvArithmetic#transposedOutputSize})
     */
    public static TransposedOverlap ofStack(int inputH, int inputW, List<Layer> layers) {
        Checks.items("layers", layers);
        Checks.atLeast("input height", inputH, 1);
        Checks.atLeast("input width", inputW, 1);
        Axis rows = Axis.through(inputH, layers.stream().map(Layer::vertical).toList());
        Axis columns = Axis.through(inputW, layers.stream().map(Layer::horizontal).toList());
        return new TransposedOverlap(rows, columns);
    }

    /** The output height {@code Ho}. */
    public int height() {
        return rows.counts.length;
    }

    /** The output width {@code Wo}. */
    public int width() {
        return columns.counts.length;
    }

    /** {@code counts [Ho, Wo]}: {@code counts[oy*Wo + ox] = rows[oy] * columns[ox]}, exact up to 2^24. */
    public Tensor counts() {
        return Vectors.outer(rows.counts, columns.counts);
    }

    /** Whether output cell {@code (oy, ox)} is away from the border effects (see the class comment). */
    public boolean isInterior(int oy, int ox) {
        return rows.interior[oy] && columns.interior[ox];
    }

    /**
     * Max/min of the counts over the interior cells: 1 when the interior is written evenly, infinite when some
     * interior cell is never written (a hole), NaN when the output has no interior cell (the input is too small
     * for the kernel).
     */
    public double unevenness() {
        double[] down = rows.interiorRange();
        double[] across = columns.interiorRange();
        if (down == null || across == null) {
            return Double.NaN;
        }
        return down[1] * across[1] / (down[0] * across[0]);
    }
}
