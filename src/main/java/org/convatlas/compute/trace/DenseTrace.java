package org.convatlas.compute.trace;

import java.util.function.Supplier;
import org.convatlas.compute.Tensor;

/**
 * A fully connected layer {@code out[r] = activation(b[r] + sum over k of w[r, k] * v[k])} for {@code w [R, K]}:
 * one step per output {@code r}, its taps over {@code k}, each {@code v[k]} an {@link TapSource.Input} of the
 * layer's input vector. {@code K} multiplies per step.
 */
final class DenseTrace extends GridTrace<WeightedSumStep> {

    private final float[] vector;
    private final float[] weights;
    private final float[] bias;
    private final int columns;
    private final Activation activation;

    /**
     * @param v      the input vector {@code [K]}
     * @param w      the weights {@code [R, K]}
     * @param b      the bias {@code [R]}
     * @param engine the layer's output {@code [R]} as the engine computes it
     */
    DenseTrace(Tensor v, Tensor w, Tensor b, Activation activation, Supplier<Tensor> engine) {
        super(new int[] {w.dim(0)}, w.dim(1), engine);
        this.vector = v.data();
        this.weights = w.data();
        this.bias = b.data();
        this.columns = w.dim(1);
        this.activation = activation;
    }

    @Override
    WeightedSumStep stepAt(Coordinates at) {
        int r = at.get(0);
        WeightedSum sum = new WeightedSum(columns);
        for (int k = 0; k < columns; k++) {
            sum.add(new TapSource.Input(Coordinates.of(k)), Coordinates.of(r, k), vector[k], weights[r * columns + k]);
        }
        return sum.finish(at, bias[r], activation, multipliesPerStep());
    }
}
