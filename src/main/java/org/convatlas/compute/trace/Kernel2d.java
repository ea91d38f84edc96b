package org.convatlas.compute.trace;

import org.convatlas.compute.Tensor;

/**
 * Weights {@code [outer, inner, kH, kW]} read one at a time: {@code w[o, n, i, j] = data[((o*inner + n)*kH + i)*kW + j]}.
 * A convolution's {@code [Cout, Cin/groups, kH, kW]}, or a transposed one's {@code [Cin, Cout/groups, kH, kW]}.
 */
record Kernel2d(float[] data, int inner, int height, int width) {

    static Kernel2d of(Tensor w) {
        return new Kernel2d(w.data(), w.dim(1), w.dim(2), w.dim(3));
    }

    /** {@code w[outer, n, i, j]}. */
    float at(int outer, int n, int i, int j) {
        return data[((outer * inner + n) * height + i) * width + j];
    }

    /** The number of weights per {@code (outer, inner)} pair, {@code kH*kW}. */
    int taps() {
        return height * width;
    }
}
