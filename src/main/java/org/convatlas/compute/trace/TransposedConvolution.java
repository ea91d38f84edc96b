package org.convatlas.compute.trace;

import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/**
 * The arguments of a transposed convolution as its scatter and gather traces read them: the input {@code [Cin, H, W]}
 * along the {@link ZeroInsertedAxis zero-inserted} rows and columns, the kernel {@code [Cin, Cout/groups, kH, kW]},
 * the bias and the window (stride, pads, dilation).
 */
record TransposedConvolution(float[] input, ZeroInsertedAxis rows, ZeroInsertedAxis columns, Kernel2d kernel,
                             int cinPerGroup, Bias bias, Window2d window) {

    /** Arguments already checked by {@link org.convatlas.compute.ConvTranspose2d#outputShape}. */
    static TransposedConvolution of(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        Window2d window = p.window();
        return new TransposedConvolution(x.data(), new ZeroInsertedAxis(x.dim(1), window.strideH()),
                new ZeroInsertedAxis(x.dim(2), window.strideW()), Kernel2d.of(w), x.dim(0) / p.groups(), Bias.of(b),
                window);
    }

    int coutPerGroup() {
        return kernel.inner();
    }

    /** The flat index of {@code x[ci, iy, ix]}, {@code (ci*H + iy)*W + ix}. */
    int inputIndex(int ci, int iy, int ix) {
        return (ci * rows.size() + iy) * columns.size() + ix;
    }
}
