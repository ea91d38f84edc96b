package org.convatlas.compute;

/**
 * Max unpooling: {@code x [C, Hp, Wp]} values are put back at their {@code indices} (flat {@code h*W + w}
 * within their channel of the {@code [C, H, W]} output); every other cell is 0.
 *
 * <pre>
 * y[c, i / W, i % W] = x[c, p, q]  where i = indices[c, p, q];  y = 0 elsewhere
 * </pre>
 * The indices are those {@link MaxPool2d} returns: whole numbers in {@code [0, H*W)}, distinct within a channel.
 */
public final class MaxUnpool2d {

    private MaxUnpool2d() {
    }

    /** The {@code [C, outputH, outputW]} map holding each value of {@code x} at its index. */
    public static Tensor apply(Tensor x, Tensor indices, int outputH, int outputW) {
        Checks.rank("input x", x, 3, "[C, Hp, Wp]");
        Checks.shape("indices", indices, x.shape());
        Checks.atLeast("output height", outputH, 1);
        Checks.atLeast("output width", outputW, 1);
        Tensor out = Tensor.zeros(x.dim(0), outputH, outputW); // also rejects outputs too large for a tensor
        int cells = outputH * outputW;
        checkIndices(indices.data(), x.dim(1) * x.dim(2), cells, outputH + "x" + outputW);
        float[] xs = x.data();
        float[] positions = indices.data();
        float[] ys = out.data();
        int perChannel = x.dim(1) * x.dim(2);
        for (int i = 0; i < xs.length; i++) {
            ys[i / perChannel * cells + (int) positions[i]] = xs[i];
        }
        return out;
    }

    /**
     * Each index a whole number in {@code [0, cells)}, none twice within one channel. {@code owner[cell]} records
     * the channel (plus 1) that last claimed a cell, so one pass over the indices finds every repeat.
     */
    private static void checkIndices(float[] indices, int perChannel, int cells, String outputSize) {
        int[] owner = new int[cells];
        for (int i = 0; i < indices.length; i++) {
            float index = indices[i];
            int channel = i / perChannel;
            if (!(index >= 0 && index < cells)) {
                throw new InvalidArgumentException("index " + plain(index) + " in channel " + channel + " is outside [0, "
                        + cells + ") for a " + outputSize + " output");
            }
            if (index != (int) index) {
                throw new InvalidArgumentException("index " + plain(index) + " in channel " + channel
                        + " is not a whole number");
            }
            if (owner[(int) index] == channel + 1) {
                throw new InvalidArgumentException("index " + (int) index + " appears twice in channel " + channel
                        + "; indices must be distinct within a channel");
            }
            owner[(int) index] = channel + 1;
        }
    }

    /** A value as a person would write it: {@code 17} rather than {@code 17.0}, but {@code 2.5} and {@code NaN} as they are. */
    private static String plain(float value) {
        return value == Math.rint(value) && !Float.isInfinite(value) ? Long.toString((long) value) : Float.toString(value);
    }
}
