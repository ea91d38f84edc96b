package org.convatlas.compute;

/**
 * One layer with an all-ones kernel along one axis, in the scatter form of a transposed convolution: input
 * cell {@code q} writes to output cell {@code q*stride - padBefore + i*dilation} for every tap {@code i < kernel},
 * over an output of {@code (n-1)*stride - padBefore - padAfter + dilation*(kernel-1) + outputPadding + 1} cells
 * (writes outside it fall away). Counting paths through a stack of such layers is the analysis behind
 * {@link TransposedOverlap} and {@link GriddingCoverage}.
 *
 * @param axis the axis' name for messages ("height", "width")
 */
record OnesLayer1d(String axis, int kernel, int stride, int dilation, int padBefore, int padAfter, int outputPadding) {

    /** A stride-1 layer with no padding: the full convolution with a dilated all-ones kernel. */
    static OnesLayer1d full(String axis, int kernel, int dilation) {
        return new OnesLayer1d(axis, kernel, 1, dilation, 0, 0, 0);
    }

    /**
     * The number of paths into each output cell, given the number into each input cell: {@code out[o]} is the sum
     * of {@code paths[q]} over the (input cell {@code q}, tap) pairs that write to {@code o}.
     *
     * @throws InvalidArgumentException as {@link ConvArithmetic#transposedOutputSize}
     */
    double[] carry(double[] paths) {
        int size = ConvArithmetic.transposedOutputSize(axis, paths.length, padBefore, padAfter, kernel, stride,
                dilation, outputPadding);
        double[] out = new double[size];
        for (int q = 0; q < paths.length; q++) {
            int first = q * stride - padBefore;
            for (int i = 0; i < kernel; i++) {
                int o = first + i * dilation;
                if (o >= 0 && o < size) {
                    out[o] += paths[q];
                }
            }
        }
        return out;
    }
}
