package org.convatlas.compute;

/**
 * Spatially separable convolution: a {@code kH x kW} convolution whose kernel is a column times a row, done as a
 * column step ({@code w_column [Cmid, Cin, kH, 1]}, with the window's vertical stride, pads and dilation) followed by
 * a row step ({@code w_row [Cout, Cmid, 1, kW]}, with its horizontal ones). No biases.
 *
 * <pre>
 * middle[cm, oy, x] = sum over ci &lt; Cin, i &lt; kH of x[ci, oy*sH - top + i*dH, x] * w_column[cm, ci, i, 0]
 * y[co, oy, ox]     = sum over cm &lt; Cmid, j &lt; kW of middle[cm, oy, ox*sW - left + j*dW] * w_row[co, cm, 0, j]
 * </pre>
 * The middle map keeps the input's width {@code W}; the output has the shape of the {@code kH x kW} convolution with
 * the same window. On one channel {@code y} is that convolution with the kernel
 * {@code w[i, j] = w_column[i] * w_row[j]} (the order of the sums changes, so floats may round differently).
 */
public final class SpatiallySeparable {

    /** The column step's output {@code middle [Cmid, Ho, W]} and the output {@code y [Cout, Ho, Wo]}. */
    public record Result(Tensor middle, Tensor y) {
    }

    private SpatiallySeparable() {
    }

    /** The column step's parameters: the window's vertical stride, pads and dilation, none across. */
    public static Conv2dParams columnStep(Window2d window) {
        Pads2d pads = window.pads();
        return new Conv2dParams(new Window2d(window.strideH(), 1, new Pads2d(pads.top(), 0, pads.bottom(), 0),
                window.dilationH(), 1), 1, false);
    }

    /** The row step's parameters: the window's horizontal stride, pads and dilation, none down. */
    public static Conv2dParams rowStep(Window2d window) {
        Pads2d pads = window.pads();
        return new Conv2dParams(new Window2d(1, window.strideW(), new Pads2d(0, pads.left(), 0, pads.right()), 1,
                window.dilationW()), 1, false);
    }

    /** Checks the shapes and the window and returns the shape of the column step's output {@code [Cmid, Ho, W]}. */
    public static int[] middleShape(int[] x, int[] wColumn, int[] wRow, Window2d window) {
        Checks.rank("column weights wColumn", wColumn, 4, "[Cmid, Cin, kH, 1]");
        Checks.rank("row weights wRow", wRow, 4, "[Cout, Cmid, 1, kW]");
        Checks.equal("column kernel width wColumn.shape[3]", wColumn[3], "one column", 1);
        Checks.equal("row kernel height wRow.shape[2]", wRow[2], "one row", 1);
        if (window == null) {
            throw new InvalidArgumentException("window is missing");
        }
        int[] middle = Conv2d.outputShape(x, wColumn, columnStep(window));
        Conv2d.outputShape(middle, wRow, rowStep(window));
        return middle;
    }

    /** Checks the shapes and the window and returns the output shape {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] wColumn, int[] wRow, Window2d window) {
        return Conv2d.outputShape(middleShape(x, wColumn, wRow, window), wRow, rowStep(window));
    }

    /** Both steps on all the machine's threads; checks every argument first. */
    public static Result apply(Tensor x, Tensor wColumn, Tensor wRow, Window2d window) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("column weights wColumn", wColumn, 4, "[Cmid, Cin, kH, 1]");
        Checks.rank("row weights wRow", wRow, 4, "[Cout, Cmid, 1, kW]");
        middleShape(x.shape(), wColumn.shape(), wRow.shape(), window);
        Tensor middle = Conv2d.apply(x, wColumn, null, columnStep(window));
        return new Result(middle, Conv2d.apply(middle, wRow, null, rowStep(window)));
    }
}
