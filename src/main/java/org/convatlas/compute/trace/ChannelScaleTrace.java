package org.convatlas.compute.trace;

import java.util.function.Supplier;
import org.convatlas.compute.Tensor;

/**
 * Every channel of {@code x [C, H, W]} times its own factor: {@code y[c, i, j] = x[c, i, j] * scale[c]}. One step per
 * element, row-major, with one tap whose kernel coordinates are {@code (c)} in {@code scale}; one multiply each.
 */
final class ChannelScaleTrace extends GridTrace<WeightedSumStep> {

    private final float[] input;
    private final float[] scale;
    private final int height;
    private final int width;

    /** @param engine the whole output as the engine computes it */
    ChannelScaleTrace(Tensor x, Tensor scale, Supplier<Tensor> engine) {
        super(x.shape(), 1, engine);
        this.input = x.data();
        this.scale = scale.data();
        this.height = x.dim(1);
        this.width = x.dim(2);
    }

    @Override
    WeightedSumStep stepAt(Coordinates at) {
        int c = at.get(0);
        WeightedSum product = new WeightedSum(1);
        product.add(new TapSource.Input(at), Coordinates.of(c), input[(c * height + at.get(1)) * width + at.get(2)],
                scale[c]);
        return product.finish(at, 0, Activation.NONE, multipliesPerStep());
    }
}
