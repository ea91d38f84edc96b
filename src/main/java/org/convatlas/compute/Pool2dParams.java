package org.convatlas.compute;

/**
 * Parameters of {@link MaxPool2d} and {@link AvgPool2d}: window size, stride and padding (no dilation,
 * no ceil mode). As in PyTorch each pad must be at most half the kernel along its axis.
 */
public record Pool2dParams(int kernelH, int kernelW, int strideH, int strideW, Pads2d pads) {

    public Pool2dParams {
        Checks.atLeast("kernel size", Math.min(kernelH, kernelW), 1);
        Checks.atLeast("stride", Math.min(strideH, strideW), 1);
        if (pads == null) {
            throw new InvalidArgumentException("pads are missing");
        }
        checkHalfKernel("top", pads.top(), kernelH);
        checkHalfKernel("bottom", pads.bottom(), kernelH);
        checkHalfKernel("left", pads.left(), kernelW);
        checkHalfKernel("right", pads.right(), kernelW);
    }

    private static void checkHalfKernel(String side, int pad, int kernel) {
        if (pad > kernel / 2) {
            throw new InvalidArgumentException("padding " + side + " " + pad + " must be at most half the kernel ("
                    + kernel / 2 + ")");
        }
    }

    /** A square window of size {@code k}, stride {@code s}, the same padding {@code p} on every side. */
    public static Pool2dParams of(int k, int s, int p) {
        return new Pool2dParams(k, k, s, s, Pads2d.uniform(p));
    }

    /** The equivalent sliding window (dilation 1). */
    public Window2d window() {
        return new Window2d(strideH, strideW, pads, 1, 1);
    }

    /**
     * The windows over cell {@code (row, column)} of an input {@code height × width}, or of its padding ring (a row or
     * column outside the input): the outputs {@code (oy, ox)} whose window rows {@code oy·sH − top ... oy·sH − top +
     * kH − 1} hold {@code row} and whose window columns {@code ox·sW − left ... ox·sW − left + kW − 1} hold
     * {@code column} ({@link ConvArithmetic#positionsReading} at dilation 1), as flat indices {@code oy·Wo + ox} of one
     * output channel, in increasing order. None for a cell no window reaches.
     *
     * @throws InvalidArgumentException if a window does not fit the padded input
     */
    public int[] windowsOver(int height, int width, int row, int column) {
        Window2d window = window();
        int outputWidth = window.outputWidth(width, kernelW);
        int[] rows = ConvArithmetic.positionsReading(row, window.outputHeight(height, kernelH), strideH, pads.top(),
                kernelH, 1);
        int[] columns = ConvArithmetic.positionsReading(column, outputWidth, strideW, pads.left(), kernelW, 1);
        int[] windows = new int[rows.length * columns.length];
        int i = 0;
        for (int oy : rows) {
            for (int ox : columns) {
                windows[i++] = oy * outputWidth + ox;
            }
        }
        return windows;
    }
}
