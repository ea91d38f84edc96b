package org.convatlas.compute.trace;

import org.convatlas.compute.Tensor;

/** The values of a map {@code [C, H, W]}, read one at a time; the map may be computed on demand, element by element. */
interface FeatureMap {

    /** The value at {@code (c, y, x)}, all inside the map. */
    float valueAt(int c, int y, int x);

    /** A tensor {@code [C, H, W]}: {@code data[(c*H + y)*W + x]}. */
    static FeatureMap of(Tensor t) {
        float[] data = t.data();
        int h = t.dim(1);
        int w = t.dim(2);
        return (c, y, x) -> data[(c * h + y) * w + x];
    }
}
