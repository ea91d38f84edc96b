package org.convatlas.compute;

/**
 * Depthwise separable convolution: a depthwise step ({@code conv2d} with {@code groups = Cin},
 * {@code w_depthwise [Cin*m, 1, kH, kW]}: channel {@code c*m + q} reads input channel {@code c}) followed by a
 * pointwise step ({@code w_pointwise [Cout, Cin*m, 1, 1]}). No biases.
 *
 * <pre>
 * depthwise[c*m + q, oy, ox] = sum over i &lt; kH, j &lt; kW of
 *                              x[c, oy*sH - top + i*dH, ox*sW - left + j*dW] * w_depthwise[c*m + q, 0, i, j]
 * y[co, oy, ox]              = sum over d &lt; Cin*m of w_pointwise[co, d, 0, 0] * depthwise[d, oy, ox]
 * </pre>
 * The window (stride, padding, dilation) belongs to the depthwise step; the pointwise step keeps the size.
 * The depth multiplier {@code m} is {@code w_depthwise.shape[0] / Cin}.
 *
 * <p>MobileNetV2's block puts an <b>expansion</b> before the two steps: a 1×1 convolution
 * {@code w_expand [t*Cin, Cin, 1, 1]} widens the input {@code t} times, and the depthwise and pointwise (there called
 * projection) steps run on the expanded channels. The methods that take {@code wExpand} accept null for none. The
 * block's ReLU6 activations and residual sum are left out: they change no multiplication count.
 */
public final class DepthwiseSeparable {

    /** The intermediate {@code depthwise [Cin*m, Ho, Wo]} and the output {@code y [Cout, Ho, Wo]}. */
    public record Result(Tensor depthwise, Tensor y) {
    }

    /**
     * The intermediate values (rows of every depthwise channel) computed at a time before the pointwise step reads
     * them: 128 KB, so that they are still in the second-level cache when it does.
     */
    private static final int CHUNK_VALUES = 1 << 15;

    private DepthwiseSeparable() {
    }

    /** Checks the shapes and the window and returns the output shape {@code [Cout, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] wDepthwise, int[] wPointwise, Window2d window) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("depthwise weights w_depthwise", wDepthwise, 4, "[Cin*m, 1, kH, kW]");
        Checks.rank("pointwise weights w_pointwise", wPointwise, 4, "[Cout, Cin*m, 1, 1]");
        if (window == null) {
            throw new InvalidArgumentException("window is missing");
        }
        int cin = x[0];
        Checks.divides("input channels", cin, "depthwise filters w_depthwise.shape[0]", wDepthwise[0]);
        if (wDepthwise[1] != 1) {
            throw new InvalidArgumentException("depthwise weights' input channels w_depthwise.shape[1] must be 1, "
                    + "as each depthwise filter reads one channel (got " + wDepthwise[1] + ")");
        }
        if (wPointwise[2] != 1 || wPointwise[3] != 1) {
            throw new InvalidArgumentException("pointwise weights w_pointwise must be 1x1 (got "
                    + wPointwise[2] + "x" + wPointwise[3] + ")");
        }
        Checks.equal("pointwise weights' input channels w_pointwise.shape[1]", wPointwise[1],
                "depthwise channels Cin*m", wDepthwise[0]);
        int[] depthwise = Conv2d.outputShape(x, wDepthwise, depthwiseParams(cin, window));
        return Conv2d.outputShape(depthwise, wPointwise, Conv2dParams.DEFAULT);
    }

    /**
     * Checks the expansion {@code w_expand [Cexp, Cin, 1, 1]} (null for none) and the steps after it, and returns the
     * output shape {@code [Cout, Ho, Wo]}.
     */
    public static int[] outputShape(int[] x, int[] wExpand, int[] wDepthwise, int[] wPointwise, Window2d window) {
        return outputShape(expandedShape(x, wExpand), wDepthwise, wPointwise, window);
    }

    /**
     * The shape {@code [Cexp, H, W]} the expansion {@code w_expand [Cexp, Cin, 1, 1]} gives {@code x}, or {@code x}'s
     * own without one (null).
     */
    public static int[] expandedShape(int[] x, int[] wExpand) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        if (wExpand == null) {
            return x.clone();
        }
        Checks.rank("expansion weights w_expand", wExpand, 4, "[Cexp, Cin, 1, 1]");
        if (wExpand[2] != 1 || wExpand[3] != 1) {
            throw new InvalidArgumentException("expansion weights w_expand must be 1x1 (got "
                    + wExpand[2] + "x" + wExpand[3] + ")");
        }
        return Conv2d.outputShape(x, wExpand, Conv2dParams.DEFAULT);
    }

    /** Both steps on all the machine's threads; checks every argument first. */
    public static Result apply(Tensor x, Tensor wDepthwise, Tensor wPointwise, Window2d window) {
        int[] shape = outputShape(shapeOf(x), shapeOf(wDepthwise), shapeOf(wPointwise), window);
        Result out = new Result(Tensor.zeros(Conv2d.outputShape(x.shape(), wDepthwise.shape(),
                depthwiseParams(x.dim(0), window))), Tensor.zeros(shape));
        apply(x, wDepthwise, wPointwise, window, out, Parallelism.ALL);
        return out;
    }

    /**
     * Both steps into {@code out}, whose tensors must have the shapes of the intermediate and of the output, on
     * at most {@code parallelism} threads; checks every argument first. Allocates nothing once the threads have
     * seen the shapes. The steps take turns over a few rows at a time: a pointwise output row needs only the
     * depthwise row at the same place, which it then reads from the cache rather than from memory.
     */
    public static void apply(Tensor x, Tensor wDepthwise, Tensor wPointwise, Window2d window, Result out,
                             Parallelism parallelism) {
        int[] shape = outputShape(shapeOf(x), shapeOf(wDepthwise), shapeOf(wPointwise), window);
        if (out == null) {
            throw new InvalidArgumentException("output is missing");
        }
        Conv2dParams depthwiseParams = depthwiseParams(x.dim(0), window);
        Checks.shape("depthwise output", out.depthwise(), Conv2d.outputShape(x.shape(), wDepthwise.shape(),
                depthwiseParams));
        Checks.shape("output", out.y(), shape);
        int rows = shape[1], width = shape[2], channels = wDepthwise.dim(0);
        long workPerRow = (long) width * (channels * wDepthwise.dim(2) * wDepthwise.dim(3) + shape[0] * channels);
        int chunk = Math.max(1, CHUNK_VALUES / (channels * width));
        Parallelism.required(parallelism).forEachBand(rows, workPerRow, (first, end) -> {
            for (int row = first; row < end; row += chunk) {
                int chunkEnd = Math.min(end, row + chunk);
                Conv2d.computeRows(x, wDepthwise, null, depthwiseParams, out.depthwise(), row, chunkEnd);
                Conv2d.computeRows(out.depthwise(), wPointwise, null, Conv2dParams.DEFAULT, out.y(), row, chunkEnd);
            }
        });
    }

    /**
     * The filters of the standard convolution that gives the same output, the two steps multiplied out: each output
     * channel {@code co} reads input channel {@code c} through
     * <pre>
     * w[co, c, i, j] = sum over q &lt; m of w_pointwise[co, c*m + q, 0, 0] * w_depthwise[c*m + q, 0, i, j]
     * </pre>
     * a {@code [Cout, Cin, kH, kW]} kernel, to run with the depthwise step's window and one group. Every such filter
     * is a weighted sum of the {@code m} depthwise filters of its input channel, which is why a depthwise separable
     * convolution can stand in for only some standard ones.
     *
     * @throws InvalidArgumentException as {@link #outputShape} does
     */
    public static Tensor standardWeights(int[] x, Tensor wDepthwise, Tensor wPointwise, Window2d window) {
        outputShape(x, shapeOf(wDepthwise), shapeOf(wPointwise), window);
        int cin = x[0], cout = wPointwise.dim(0), multiplier = wDepthwise.dim(0) / cin;
        int taps = wDepthwise.dim(2) * wDepthwise.dim(3);
        float[] d = wDepthwise.data(), p = wPointwise.data();
        float[] w = new float[cout * cin * taps];
        for (int co = 0; co < cout; co++) {
            for (int c = 0; c < cin; c++) {
                for (int q = 0; q < multiplier; q++) {
                    int channel = c * multiplier + q;
                    float weight = p[co * wDepthwise.dim(0) + channel];
                    for (int t = 0; t < taps; t++) {
                        w[(co * cin + c) * taps + t] += weight * d[channel * taps + t];
                    }
                }
            }
        }
        return Tensor.of(w, cout, cin, wDepthwise.dim(2), wDepthwise.dim(3));
    }

    /**
     * The filters of the standard convolution that gives the same output as the expansion {@code w_expand} (null for
     * none) and the two steps: with no activation between them the expansion is a linear map of the channels, so
     * <pre>
     * w[co, c, i, j] = sum over e &lt; Cexp of w_steps[co, e, i, j] * w_expand[e, c, 0, 0]
     * </pre>
     * with {@code w_steps} the two steps multiplied out ({@link #standardWeights(int[], Tensor, Tensor, Window2d)}
     * over the expanded channels). The padding's zeros stay zeros through the expansion, so the window is the same.
     *
     * @throws InvalidArgumentException as {@link #outputShape(int[], int[], int[], int[], Window2d)} does
     */
    public static Tensor standardWeights(int[] x, Tensor wExpand, Tensor wDepthwise, Tensor wPointwise,
                                         Window2d window) {
        int[] expanded = expandedShape(x, shapeOf(wExpand));
        Tensor steps = standardWeights(expanded, wDepthwise, wPointwise, window);
        if (wExpand == null) {
            return steps;
        }
        int cin = x[0], cexp = expanded[0], cout = steps.dim(0), taps = steps.dim(2) * steps.dim(3);
        float[] e = wExpand.data(), ws = steps.data();
        float[] w = new float[cout * cin * taps];
        for (int co = 0; co < cout; co++) {
            for (int c = 0; c < cin; c++) {
                for (int ex = 0; ex < cexp; ex++) {
                    float weight = e[ex * cin + c];
                    for (int t = 0; t < taps; t++) {
                        w[(co * cin + c) * taps + t] += ws[(co * cexp + ex) * taps + t] * weight;
                    }
                }
            }
        }
        return Tensor.of(w, cout, cin, steps.dim(2), steps.dim(3));
    }

    private static int[] shapeOf(Tensor t) {
        return t == null ? null : t.shape();
    }

    /** One group per input channel: each depthwise filter sees only its own channel. */
    private static Conv2dParams depthwiseParams(int inputChannels, Window2d window) {
        return new Conv2dParams(window, inputChannels, false);
    }
}
