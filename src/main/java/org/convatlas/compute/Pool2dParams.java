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
}
