package org.convatlas.compute.trace;

import java.util.List;

/**
 * One output element computed as a sum of products: {@code result = activation(sum of tap products + bias)}.
 *
 * @param output     the coordinates of the element in the (stage's) output
 * @param taps       the products in the order they are added; the last tap's running sum is the sum
 * @param bias       added after the taps; 0 when the operation has no bias
 * @param activation applied to the sum plus the bias
 * @param result     the output element, {@code activation(sum + bias)} with the sum in {@code double}
 * @param multiplies the multiplications of this step: one per tap that is not a dilation hole, plus, in a
 *                   deformable convolution, those of the bilinear samples the step computes first
 */
public record WeightedSumStep(Coordinates output, List<Tap> taps, float bias, Activation activation, float result,
                              int multiplies) implements Step {

    public WeightedSumStep {
        taps = List.copyOf(taps);
    }

    /** The running sum after the last tap (0 without taps): the sum before the bias and the activation. */
    public float sum() {
        return taps.isEmpty() ? 0 : taps.get(taps.size() - 1).runningSum();
    }
}
