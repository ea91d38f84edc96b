package org.convatlas.compute.trace;

import org.convatlas.compute.Tensor;

/** An optional bias per output channel; reads 0 for every channel when there is none. */
record Bias(float[] values) {

    /** The bias {@code b [C]}, or none when {@code b} is null. */
    static Bias of(Tensor b) {
        return new Bias(b == null ? null : b.data());
    }

    /** {@code b[channel]}, or 0 without a bias. */
    float of(int channel) {
        return values == null ? 0 : values[channel];
    }
}
