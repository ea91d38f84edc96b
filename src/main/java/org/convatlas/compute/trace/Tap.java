package org.convatlas.compute.trace;

/**
 * One product of a {@link WeightedSumStep}: {@code input * weight = product}, after which the step's running sum
 * (bias not included) is {@code runningSum}.
 *
 * @param source     where the input factor comes from: an input element, padding, an inserted zero, a dilation
 *                   hole or a bilinear sample
 * @param kernel     the coordinates of the weight in the operation's weight tensor (for a squeeze-and-excitation
 *                   scale, the channel of the scale vector); empty for a dilation hole, which has no weight
 * @param input      the input factor: the element's value; 0 on padding, inserted zeros and holes
 * @param weight     the kernel factor; 0 for a dilation hole
 * @param product    {@code input * weight}, rounded to {@code float}
 * @param runningSum the sum of the products of this and every earlier tap of the step, accumulated in
 *                   {@code double} and rounded to {@code float}
 */
public record Tap(TapSource source, Coordinates kernel, float input, float weight, float product, float runningSum) {
}
