package org.convatlas.lesson.checkerboard;

import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.TransposedOverlap;
import org.convatlas.compute.Window2d;

/**
 * A transposed convolution with a {@code k × k} kernel and stride {@code s} set up to upsample by exactly {@code s}:
 * its output {@code (n − 1)s − 2p + k + p_out} is {@code s·n} with the pad {@code p = ⌈(k − s)/2⌉} on every side
 * and the output padding {@code p_out = 2p − (k − s)} (0 or 1); a kernel smaller than the stride takes no pad and
 * the output padding {@code s − k}.
 *
 * @param kernel the kernel side {@code k}, at least 1
 * @param stride the stride {@code s}, at least 2
 */
record UpsamplingLayer(int kernel, int stride) {

    /** The pad {@code p} of every side. */
    int pad() {
        return Math.max(0, (kernel - stride + 1) / 2);
    }

    /** The output padding {@code p_out} at the bottom and right. */
    int outputPadding() {
        return 2 * pad() - (kernel - stride);
    }

    /** The transposed convolution's parameters, with {@code groups} groups. */
    ConvTranspose2dParams params(int groups) {
        return new ConvTranspose2dParams(window(), outputPadding(), outputPadding(), groups);
    }

    /** The layer as the overlap analysis takes it. */
    TransposedOverlap.Layer overlapLayer() {
        return new TransposedOverlap.Layer(kernel, kernel, window(), outputPadding(), outputPadding());
    }

    private Window2d window() {
        return new Window2d(stride, stride, Pads2d.uniform(pad()), 1, 1);
    }
}
