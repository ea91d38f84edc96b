package org.convatlas.compute.trace;

/**
 * One output cell that a {@link ScatterStep} adds to: {@code product = input * weight} with {@code input} the step's
 * value.
 *
 * @param output  the cell's coordinates {@code (co, oy, ox)} in the output; a cell of the padding that a transposed
 *                convolution cuts from its full output has a row or column outside the output
 * @param cropped whether the cell is cut away (the product is computed, and counted, but not kept)
 * @param kernel  the weight's coordinates {@code (ci, co', i, j)} in {@code w [Cin, Cout/groups, kH, kW]}
 * @param weight  the kernel factor
 * @param product {@code input * weight}, rounded to {@code float}
 * @param partial the cell's value once this step has written: the bias plus every product written to it by this
 *                and the earlier steps
 */
public record ScatterWrite(Coordinates output, boolean cropped, Coordinates kernel, float weight, float product,
                           float partial) {
}
