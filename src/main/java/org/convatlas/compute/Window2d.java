package org.convatlas.compute;

/**
 * How a 2-D window slides: stride, padding and dilation per axis. Shared by convolution, its
 * transposed form, deformable convolution, the depthwise step and the analysis views.
 *
 * <p>Output position {@code (oy, ox)} puts kernel tap {@code (i, j)} on input cell
 * {@code (oy*strideH - pads.top + i*dilationH, ox*strideW - pads.left + j*dilationW)}; cells outside
 * the input are padding and read 0.
 */
public record Window2d(int strideH, int strideW, Pads2d pads, int dilationH, int dilationW) {

    /** Stride 1, no padding, no dilation. */
    public static final Window2d DEFAULT = new Window2d(1, 1, Pads2d.NONE, 1, 1);

    public Window2d {
        Checks.atLeast("stride", Math.min(strideH, strideW), 1);
        Checks.atLeast("dilation", Math.min(dilationH, dilationW), 1);
        if (pads == null) {
            throw new InvalidArgumentException("pads are missing");
        }
    }

    /** The same stride, padding on every side and dilation along both axes. */
    public static Window2d of(int stride, int pad, int dilation) {
        return new Window2d(stride, stride, Pads2d.uniform(pad), dilation, dilation);
    }

    public Window2d withStride(int strideH, int strideW) {
        return new Window2d(strideH, strideW, pads, dilationH, dilationW);
    }

    public Window2d withPads(Pads2d newPads) {
        return new Window2d(strideH, strideW, newPads, dilationH, dilationW);
    }

    public Window2d withDilation(int dilationH, int dilationW) {
        return new Window2d(strideH, strideW, pads, dilationH, dilationW);
    }

    /** The input row that kernel row {@code i} of output row {@code oy} reads: {@code oy*strideH - pads.top + i*dilationH}. */
    public int inputRow(int oy, int i) {
        return ConvArithmetic.tapPosition(oy, strideH, pads.top(), i, dilationH);
    }

    /** The input column that kernel column {@code j} of output column {@code ox} reads: {@code ox*strideW - pads.left + j*dilationW}. */
    public int inputColumn(int ox, int j) {
        return ConvArithmetic.tapPosition(ox, strideW, pads.left(), j, dilationW);
    }

    /** Number of window rows over an input of height {@code h} with a kernel of height {@code kH}. */
    public int outputHeight(int h, int kH) {
        return ConvArithmetic.outputSize("height", h, pads.top(), pads.bottom(), kH, strideH, dilationH);
    }

    /** Number of window columns over an input of width {@code w} with a kernel of width {@code kW}. */
    public int outputWidth(int w, int kW) {
        return ConvArithmetic.outputSize("width", w, pads.left(), pads.right(), kW, strideW, dilationW);
    }
}
