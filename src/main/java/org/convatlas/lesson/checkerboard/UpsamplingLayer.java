package org.convatlas.lesson.checkerboard;

import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.TransposedOverlap;
import org.convatlas.compute.Window2d;

/**
 * A transposed convolution with a {@code k × k} kernel and stride {@code s} set up to upsample by exactly {@code s}:
 * its output {@code (n − 1)s − p_b − p_a + k + p_out} is {@code s·n}. As PyTorch pads it, the pad
 * {@code p = ⌈(k − s)/2⌉} goes before and after, and the output padding {@code p_out = 2p − (k − s)} (0 or 1) wins
 * back the row the pads cut too many; a kernel smaller than the stride takes no pad and the output padding
 * {@code s − k}. An output padding must be smaller than the stride, so at stride 1 an even kernel's extra row is left
 * uncut instead: the pad after is {@code p − 1} and there is no output padding.
 *
 * @param kernel the kernel side {@code k}, at least 1
 * @param stride the stride {@code s}, at least 1
 */
record UpsamplingLayer(int kernel, int stride) {

    /** The pad {@code p} before the input, at the top and on the left. */
    int padBefore() {
        return Math.max(0, (kernel - stride + 1) / 2);
    }

    /** The pad after the input, at the bottom and on the right: {@code p}, less a row no output padding wins back. */
    int padAfter() {
        return padBefore() - (cutTooMany() - outputPadding());
    }

    /** The output padding {@code p_out} at the bottom and right, smaller than the stride. */
    int outputPadding() {
        return cutTooMany() < stride ? cutTooMany() : 0;
    }

    /** The rows the pad {@code p} on both sides cuts beyond {@code k − s}: {@code 2p − (k − s)}. */
    private int cutTooMany() {
        return 2 * padBefore() - (kernel - stride);
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
        return new Window2d(stride, stride, new Pads2d(padBefore(), padBefore(), padAfter(), padAfter()), 1, 1);
    }
}
