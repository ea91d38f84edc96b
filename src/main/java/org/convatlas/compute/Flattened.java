package org.convatlas.compute;

/**
 * Flattened convolution: a {@code C x kH x kW} convolution done as three 1-D steps, a channel step across the input
 * channels ({@code w_channel [C1, Cin, 1, 1]}, a 1x1 convolution: stride 1, no padding), a column step down the
 * columns ({@code w_column [C2, C1, kH, 1]}, with the window's vertical stride, pads and dilation) and a row step
 * along the rows ({@code w_row [Cout, C2, 1, kW]}, with its horizontal ones). No biases.
 *
 * <pre>
 * mixed[c1, y, x]   = sum over ci &lt; Cin of x[ci, y, x] * w_channel[c1, ci, 0, 0]
 * middle[c2, oy, x] = sum over c1 &lt; C1, i &lt; kH of mixed[c1, oy*sH - top + i*dH, x] * w_column[c2, c1, i, 0]
 * y[co, oy, ox]     = sum over c2 &lt; C2, j &lt; kW of middle[c2, oy, ox*sW - left + j*dW] * w_row[co, c2, 0, j]
 * </pre>
 * The mixed map keeps the input's height and width {@code [C1, H, W]}, the middle map the width {@code [C2, Ho, W]};
 * the output has the shape of the {@code C x kH x kW} convolution with the same window. With one filter of each
 * ({@code C1 = C2 = Cout = 1}) {@code y} is that convolution with the rank-1 filter
 * {@code w[0, c, i, j] = w_channel[c] * w_column[i] * w_row[j]} (the order of the sums changes, so floats may round
 * differently); {@link FlattenedKernel} finds those three factors, or those of the best rank-1 approximation, of any
 * filter. The column and row steps are {@link SpatiallySeparable}'s.
 */
public final class Flattened {

    /** The channel step's output {@code mixed [C1, H, W]}, the column step's {@code middle [C2, Ho, W]}, the output. */
    public record Result(Tensor mixed, Tensor middle, Tensor y) {
    }

    /** The channel step's parameters: a 1x1 window, stride 1, no padding, one group. */
    public static final Conv2dParams CHANNEL_STEP = Conv2dParams.DEFAULT;

    private Flattened() {
    }

    /**
     * Checks the shapes and the window and returns the shape of the channel step's output {@code [C1, H, W]}.
     *
     * @throws InvalidArgumentException if a shape or the window is wrong, or the steps do not chain
     */
    public static int[] mixedShape(int[] x, int[] wChannel, int[] wColumn, int[] wRow, Window2d window) {
        Checks.rank("channel weights wChannel", wChannel, 4, "[C1, Cin, 1, 1]");
        Checks.equal("channel kernel height wChannel.shape[2]", wChannel[2], "one row", 1);
        Checks.equal("channel kernel width wChannel.shape[3]", wChannel[3], "one column", 1);
        int[] mixed = Conv2d.outputShape(x, wChannel, CHANNEL_STEP);
        SpatiallySeparable.outputShape(mixed, wColumn, wRow, window);
        return mixed;
    }

    /** Checks the shapes and the window and returns the shape of the column step's output {@code [C2, Ho, W]}. */
    public static int[] middleShape(int[] x, int[] wChannel, int[] wColumn, int[] wRow, Window2d window) {
        return SpatiallySeparable.middleShape(mixedShape(x, wChannel, wColumn, wRow, window), wColumn, wRow, window);
    }

    /** Checks the shapes and the window and returns the output shape {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] wChannel, int[] wColumn, int[] wRow, Window2d window) {
        return SpatiallySeparable.outputShape(mixedShape(x, wChannel, wColumn, wRow, window), wColumn, wRow, window);
    }

    /** The three steps on all the machine's threads; checks every argument first. */
    public static Result apply(Tensor x, Tensor wChannel, Tensor wColumn, Tensor wRow, Window2d window) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("channel weights wChannel", wChannel, 4, "[C1, Cin, 1, 1]");
        Checks.rank("column weights wColumn", wColumn, 4, "[C2, C1, kH, 1]");
        Checks.rank("row weights wRow", wRow, 4, "[Cout, C2, 1, kW]");
        mixedShape(x.shape(), wChannel.shape(), wColumn.shape(), wRow.shape(), window);
        Tensor mixed = Conv2d.apply(x, wChannel, null, CHANNEL_STEP);
        SpatiallySeparable.Result rest = SpatiallySeparable.apply(mixed, wColumn, wRow, window);
        return new Result(mixed, rest.middle(), rest.y());
    }
}
