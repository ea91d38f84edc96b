package org.convatlas.compute;

/**
 * The windows of a 2-D pooling over {@code x [C, H, W]}, clipped to the input: output {@code (c, oy, ox)}
 * covers input rows {@code [max(0, oy*sH - top), min(H, oy*sH - top + kH))} and columns
 * {@code [max(0, ox*sW - left), min(W, ox*sW - left + kW))} of channel {@code c}. Cells outside those ranges
 * are padding, which pooling never reads.
 */
final class PoolWindows {

    /** What a pooling computes from one window. */
    @FunctionalInterface
    interface Reduction {

        /**
         * Reduces the window of output element {@code o} (flat, row-major in {@code [C, Ho, Wo]}): input rows
         * {@code [rowFirst, rowEnd)} and columns {@code [columnFirst, columnEnd)} of the channel whose first
         * element is at flat offset {@code plane} of {@code x}.
         */
        void reduce(int o, int plane, int rowFirst, int rowEnd, int columnFirst, int columnEnd);
    }

    private final int inputHeight;
    private final int inputWidth;
    private final int[] outputShape;
    private final Pool2dParams params;

    private PoolWindows(int inputHeight, int inputWidth, int[] outputShape, Pool2dParams params) {
        this.inputHeight = inputHeight;
        this.inputWidth = inputWidth;
        this.outputShape = outputShape;
        this.params = params;
    }

    /** Checks {@code x} and {@code p} as {@link MaxPool2d#outputShape} does and returns the windows over {@code x}. */
    static PoolWindows over(Tensor x, Pool2dParams p) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        return new PoolWindows(x.dim(1), x.dim(2), MaxPool2d.outputShape(x.shape(), p), p);
    }

    /** {@code [C, Ho, Wo]}. */
    int[] outputShape() {
        return outputShape.clone();
    }

    /** Calls {@code reduction} for every output element in row-major order. */
    void forEach(Reduction reduction) {
        int o = 0;
        for (int c = 0; c < outputShape[0]; c++) {
            int plane = c * inputHeight * inputWidth;
            for (int oy = 0; oy < outputShape[1]; oy++) {
                int top = oy * params.strideH() - params.pads().top();
                int rowFirst = Math.max(0, top);
                int rowEnd = Math.min(inputHeight, top + params.kernelH());
                for (int ox = 0; ox < outputShape[2]; ox++) {
                    int left = ox * params.strideW() - params.pads().left();
                    reduction.reduce(o++, plane, rowFirst, rowEnd, Math.max(0, left),
                            Math.min(inputWidth, left + params.kernelW()));
                }
            }
        }
    }
}
