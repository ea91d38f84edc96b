package org.convatlas.compute.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the taps of one {@link WeightedSumStep}: each product {@code input * weight} is rounded to {@code float}
 * (as a {@code float} multiplication gives it) and added to a running sum kept in {@code double}.
 */
final class WeightedSum {

    private static final Coordinates NO_KERNEL = Coordinates.of();

    private final List<Tap> taps;
    private double sum;

    WeightedSum(int expectedTaps) {
        taps = new ArrayList<>(expectedTaps);
    }

    /** Adds {@code input * weight}. */
    void add(TapSource source, Coordinates kernel, float input, float weight) {
        float product = input * weight;
        sum += product;
        taps.add(new Tap(source, kernel, input, weight, product, (float) sum));
    }

    /** Records a dilation hole: no weight, no product; the running sum carries over. */
    void addHole(Coordinates at) {
        taps.add(new Tap(new TapSource.DilationHole(at), NO_KERNEL, 0, 0, 0, (float) sum));
    }

    /** The step: {@code result = activation(sum + bias)}. */
    WeightedSumStep finish(Coordinates output, float bias, Activation activation, int multiplies) {
        return new WeightedSumStep(output, taps, bias, activation, activation.apply(sum + bias), multiplies);
    }
}
