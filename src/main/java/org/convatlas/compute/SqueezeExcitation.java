package org.convatlas.compute;

/**
 * Squeeze-and-excitation: {@code y = x * sigmoid(w2 · relu(w1 · mean_hw(x) + b1) + b2)} per channel, for
 * {@code x [C, H, W]}, {@code w1 [C/r, C]}, {@code b1 [C/r]}, {@code w2 [C, C/r]}, {@code b2 [C]}.
 *
 * <p>Stage by stage, with {@code K = C/r} the hidden size (the rows of {@code w1}):
 * <pre>
 * squeezed[c] = (1 / (H*W)) * sum over i &lt; H, j &lt; W of x[c, i, j]         (squeeze: one number per channel)
 * hidden[k]   = max(0, b1[k] + sum over c of w1[k, c] * squeezed[c])      (first layer and ReLU)
 * scale[c]    = sigmoid(b2[c] + sum over k of w2[c, k] * hidden[k])       (second layer, sigmoid(z) = 1/(1+e^-z))
 * y[c, i, j]  = scale[c] * x[c, i, j]                                      (excitation: reweigh each channel)
 * </pre>
 */
public final class SqueezeExcitation {

    /**
     * The four stages: {@code squeezed [C]} (channel means), {@code hidden [C/r]} (after the ReLU),
     * {@code scale [C]} (after the sigmoid) and {@code y [C, H, W]}.
     */
    public record Result(Tensor squeezed, Tensor hidden, Tensor scale, Tensor y) {
    }

    private SqueezeExcitation() {
    }

    /**
     * The hidden size {@code C/r} of a block with reduction ratio {@code r} on {@code C} channels.
     *
     * @throws InvalidArgumentException if {@code r} is below 1 or does not divide {@code C}
     */
    public static int hiddenSize(int channels, int reduction) {
        Checks.atLeast("channels C", channels, 1);
        Checks.divides("reduction ratio r", reduction, "channels C", channels);
        return channels / reduction;
    }

    /** All four stages; checks every shape first. */
    public static Result apply(Tensor x, Tensor w1, Tensor b1, Tensor w2, Tensor b2) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        Checks.rank("first weights w1", w1, 2, "[C/r, C]");
        int channels = x.dim(0);
        int hiddenSize = w1.dim(0);
        Checks.equal("first weights' columns w1.shape[1]", w1.dim(1), "channels C", channels);
        Checks.shape("first bias b1", b1, hiddenSize);
        Checks.shape("second weights w2", w2, channels, hiddenSize);
        Checks.shape("second bias b2", b2, channels);

        float[] squeezed = channelMeans(x);
        float[] hidden = affine(w1, squeezed, b1);
        for (int k = 0; k < hiddenSize; k++) {
            hidden[k] = Math.max(0f, hidden[k]);
        }
        float[] scale = affine(w2, hidden, b2);
        for (int c = 0; c < channels; c++) {
            scale[c] = (float) (1 / (1 + Math.exp(-scale[c])));
        }
        return new Result(Tensor.of(squeezed, channels), Tensor.of(hidden, hiddenSize), Tensor.of(scale, channels),
                scaleChannels(x, scale));
    }

    /** {@code mean[c] = sum over the H*W values of channel c / (H*W)}, summed in double. */
    private static float[] channelMeans(Tensor x) {
        int channels = x.dim(0);
        int area = x.dim(1) * x.dim(2);
        float[] data = x.data();
        float[] means = new float[channels];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int q = c * area; q < (c + 1) * area; q++) {
                sum += data[q];
            }
            means[c] = (float) (sum / area);
        }
        return means;
    }

    /** {@code out[r] = b[r] + sum over k of w[r, k] * v[k]} for a matrix {@code w [R, K]}. */
    private static float[] affine(Tensor w, float[] v, Tensor b) {
        int rows = w.dim(0);
        int cols = w.dim(1);
        float[] matrix = w.data();
        float[] out = new float[rows];
        for (int r = 0; r < rows; r++) {
            double sum = b.data()[r];
            for (int k = 0; k < cols; k++) {
                sum += matrix[r * cols + k] * (double) v[k];
            }
            out[r] = (float) sum;
        }
        return out;
    }

    /** {@code y[c, i, j] = scale[c] * x[c, i, j]}. */
    private static Tensor scaleChannels(Tensor x, float[] scale) {
        Tensor y = Tensor.zeros(x.shape());
        int area = x.dim(1) * x.dim(2);
        float[] in = x.data();
        float[] out = y.data();
        for (int c = 0; c < scale.length; c++) {
            for (int q = c * area; q < (c + 1) * area; q++) {
                out[q] = scale[c] * in[q];
            }
        }
        return y;
    }
}
