package org.convatlas.compute;

import java.util.ArrayList;
import java.util.List;

/**
 * A single-channel convolution (cross-correlation) written as a sparse matrix: {@code y = C x} for an
 * {@code H x W} input {@code x} and a {@code kH x kW} kernel {@code w}, with {@code x} and {@code y} flattened row
 * by row ({@code x[iy*W + ix]}, {@code y[oy*Wo + ox]}). {@code C} has {@code Ho*Wo} rows and {@code H*W} columns:
 * <pre>
 * C[oy*Wo + ox, iy*W + ix] = w[i, j]   where (iy, ix) = (oy*sH - top + i*dH, ox*sW - left + j*dW) is inside x
 * </pre>
 * and 0 elsewhere; taps that land on padding fall away. Each row holds at most {@code kH*kW} entries, and since
 * distinct taps of a window read distinct cells, every entry belongs to exactly one tap.
 *
 * <p>The transposed matrix is the transposed convolution: {@code x' = C^T y'} is {@code conv_transpose2d(y', w)}
 * with the same stride, pads and dilation and the output padding of {@link #transposedParams()}, which gives back
 * an {@code H x W} map; input cells that no window reads get 0.
 */
public final class ConvMatrix {

    /**
     * One structural entry of {@code C} (it may hold a zero weight): row {@code outputCell = oy*Wo + ox}, column
     * {@code inputCell = iy*W + ix}, and the kernel tap {@code (tapRow, tapColumn)} whose weight it holds.
     */
    public record Entry(int outputCell, int inputCell, int tapRow, int tapColumn, float weight) {
    }

    private final int inputHeight;
    private final int inputWidth;
    private final int outputHeight;
    private final int outputWidth;
    private final ConvTranspose2dParams transposedParams;
    private final List<Entry> entries;

    private ConvMatrix(int inputHeight, int inputWidth, int outputHeight, int outputWidth,
                       ConvTranspose2dParams transposedParams, List<Entry> entries) {
        this.inputHeight = inputHeight;
        this.inputWidth = inputWidth;
        this.outputHeight = outputHeight;
        this.outputWidth = outputWidth;
        this.transposedParams = transposedParams;
        this.entries = entries;
    }

    /**
     * The matrix of the convolution of an {@code inputHeight x inputWidth} map with {@code kernel [kH, kW]}.
     *
     * @throws InvalidArgumentException if the kernel is not 2-D, or the sizes do not fit (as {@link Conv2d})
     */
    public static ConvMatrix of(Tensor kernel, int inputHeight, int inputWidth, Window2d window) {
        Checks.rank("kernel w", kernel, 2, "[kH, kW]");
        int kh = kernel.dim(0);
        int kw = kernel.dim(1);
        ConvTranspose2dParams transposed = Conv2dGrad.inputGradientParams(new int[] {1, inputHeight, inputWidth},
                new int[] {1, 1, kh, kw}, new Conv2dParams(window, 1, false));
        int ho = window.outputHeight(inputHeight, kh);
        int wo = window.outputWidth(inputWidth, kw);
        float[] weights = kernel.data();
        List<Entry> entries = new ArrayList<>();
        for (int oy = 0; oy < ho; oy++) {
            for (int ox = 0; ox < wo; ox++) {
                for (int i = 0; i < kh; i++) {
                    int iy = oy * window.strideH() - window.pads().top() + i * window.dilationH();
                    for (int j = 0; j < kw; j++) {
                        int ix = ox * window.strideW() - window.pads().left() + j * window.dilationW();
                        if (iy >= 0 && iy < inputHeight && ix >= 0 && ix < inputWidth) {
                            entries.add(new Entry(oy * wo + ox, iy * inputWidth + ix, i, j, weights[i * kw + j]));
                        }
                    }
                }
            }
        }
        return new ConvMatrix(inputHeight, inputWidth, ho, wo, transposed, List.copyOf(entries));
    }

    /** {@code Ho * Wo}, one row per output cell. */
    public int rows() {
        return outputHeight * outputWidth;
    }

    /** {@code H * W}, one column per input cell. */
    public int columns() {
        return inputHeight * inputWidth;
    }

    public int inputHeight() {
        return inputHeight;
    }

    public int inputWidth() {
        return inputWidth;
    }

    public int outputHeight() {
        return outputHeight;
    }

    public int outputWidth() {
        return outputWidth;
    }

    /** The structural entries of {@code C}, row by row and, within a row, tap by tap (so by rising column). */
    public List<Entry> entries() {
        return entries;
    }

    /** {@code C [Ho*Wo, H*W]} as a dense tensor. */
    public Tensor dense() {
        Tensor c = Tensor.zeros(rows(), columns());
        float[] data = c.data();
        for (Entry e : entries) {
            data[e.outputCell() * columns() + e.inputCell()] = e.weight();
        }
        return c;
    }

    /** {@code y = C x}: the convolution of {@code x [H, W]}, as {@code [Ho, Wo]}. */
    public Tensor multiply(Tensor x) {
        Checks.shape("input x", x, inputHeight, inputWidth);
        return product(x, false);
    }

    /** {@code x' = C^T y}: the transposed convolution of {@code y [Ho, Wo]}, as {@code [H, W]}. */
    public Tensor multiplyTransposed(Tensor y) {
        Checks.shape("output-side map y", y, outputHeight, outputWidth);
        return product(y, true);
    }

    /** {@code C v}, or {@code C^T v} when {@code transposed}, walking the entries once. */
    private Tensor product(Tensor v, boolean transposed) {
        Tensor out = transposed ? Tensor.zeros(inputHeight, inputWidth) : Tensor.zeros(outputHeight, outputWidth);
        float[] in = v.data();
        float[] sums = out.data();
        for (Entry e : entries) {
            int row = transposed ? e.inputCell() : e.outputCell();
            int column = transposed ? e.outputCell() : e.inputCell();
            sums[row] += e.weight() * in[column];
        }
        return out;
    }

    /**
     * The {@link ConvTranspose2d} parameters under which {@code C^T y} is {@code conv_transpose2d(y, w)}: the same
     * window, one group, and output padding {@code (H + top + bottom - dH*(kH-1) - 1) mod sH} (likewise for the width).
     */
    public ConvTranspose2dParams transposedParams() {
        return transposedParams;
    }
}
