package org.convatlas.lesson.grid;

import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.lesson.Kernel;

/**
 * The arguments of a single-channel 2-D convolution as a grid lesson sets them up: one input channel, one kernel,
 * one output channel, no bias.
 *
 * @param input  the input {@code [1, H, W]}
 * @param kernel the kernel {@code kH × kW}
 * @param params the window (stride, padding, dilation), one group; with {@code flip} a true convolution
 */
public record SingleChannelConv2d(Tensor input, Kernel kernel, Conv2dParams params) {

    /** The kernel as the engine's weights {@code [1, 1, kH, kW]}. */
    public Tensor weights() {
        return kernel.toTensor().reshape(1, 1, kernel.rows(), kernel.columns());
    }
}
