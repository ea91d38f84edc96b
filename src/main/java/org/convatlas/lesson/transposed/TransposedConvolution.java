package org.convatlas.lesson.transposed;

import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.lesson.Kernel;

/**
 * The arguments of a single-channel transposed convolution as the lesson sets them up: one input channel, one kernel,
 * one output channel, no bias.
 *
 * @param input  the input {@code [1, H, W]}
 * @param kernel the kernel {@code kH × kW}
 * @param params stride, padding, output padding and dilation; one group
 */
public record TransposedConvolution(Tensor input, Kernel kernel, ConvTranspose2dParams params) {

    /** The kernel as the engine's weights {@code [Cin, Cout, kH, kW] = [1, 1, kH, kW]}. */
    public Tensor weights() {
        return kernel.toTensor().reshape(1, 1, kernel.rows(), kernel.columns());
    }
}
