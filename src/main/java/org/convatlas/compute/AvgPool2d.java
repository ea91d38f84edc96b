package org.convatlas.compute;

/**
 * Average pooling over {@code x [C, H, W]}. With {@code countIncludePad} every window is divided by
 * {@code kH*kW}; without it, by the number of its cells inside {@code x}.
 *
 * <pre>
 * y[c, oy, ox] = (sum of x[c, h, w] over the cells of the window inside x) / n,
 *   n = kH*kW (countIncludePad) or the number of those cells (otherwise)
 * </pre>
 * Windows and sizes are those of {@link MaxPool2d}; padding adds nothing to the sum.
 */
public final class AvgPool2d {

    private AvgPool2d() {
    }

    /** Checks the input shape and parameters and returns the output shape {@code [C, Ho, Wo]}, as for max pooling. */
    public static int[] outputShape(int[] x, Pool2dParams p) {
        return MaxPool2d.outputShape(x, p);
    }

    /** The window averages {@code [C, Ho, Wo]}. */
    public static Tensor apply(Tensor x, Pool2dParams p, boolean countIncludePad) {
        PoolWindows windows = PoolWindows.over(x, p);
        Tensor out = Tensor.zeros(windows.outputShape());
        float[] xs = x.data();
        float[] ys = out.data();
        int w = x.dim(2);
        int windowSize = p.kernelH() * p.kernelW();
        windows.forEach((o, plane, rowFirst, rowEnd, columnFirst, columnEnd) -> {
            double sum = 0;
            for (int row = rowFirst; row < rowEnd; row++) {
                for (int cell = plane + row * w + columnFirst; cell < plane + row * w + columnEnd; cell++) {
                    sum += xs[cell];
                }
            }
            int inside = (rowEnd - rowFirst) * (columnEnd - columnFirst);
            ys[o] = (float) (sum / (countIncludePad ? windowSize : inside));
        });
        return out;
    }
}
