package org.convatlas.cases.analysis;

import org.convatlas.cases.CaseParams;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/** Reading the shared parameters of the analysis cases, and writing their one-dimensional results. */
final class CaseValues {

    private CaseValues() {
    }

    /** The window of {@code stride [sh, sw]}, {@code pads [top, left, bottom, right]} and {@code dilation [dh, dw]}. */
    static Window2d window(CaseParams params) {
        int[] stride = params.ints("stride", 2);
        int[] pads = params.ints("pads", 4);
        int[] dilation = params.ints("dilation", 2);
        return new Window2d(stride[0], stride[1], Pads2d.of(pads), dilation[0], dilation[1]);
    }

    /** A tensor of shape {@code [n]} holding {@code values}. */
    static Tensor vector(double... values) {
        float[] data = new float[values.length];
        for (int n = 0; n < values.length; n++) {
            data[n] = (float) values[n];
        }
        return Tensor.of(data, data.length);
    }
}
