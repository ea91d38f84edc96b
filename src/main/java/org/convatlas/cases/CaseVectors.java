package org.convatlas.cases;

import org.convatlas.compute.Tensor;

/** One-dimensional results of the analysis operations as tensors; a single number is a tensor of shape {@code [1]}. */
final class CaseVectors {

    private CaseVectors() {
    }

    /** A tensor of shape {@code [n]} holding {@code values}. */
    static Tensor of(double... values) {
        float[] data = new float[values.length];
        for (int n = 0; n < values.length; n++) {
            data[n] = (float) values[n];
        }
        return Tensor.of(data, data.length);
    }
}
