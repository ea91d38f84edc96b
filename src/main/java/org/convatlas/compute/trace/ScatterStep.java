package org.convatlas.compute.trace;

import java.util.List;

/**
 * One input element of a transposed convolution stamping the kernel, scaled by its value, onto the output.
 *
 * @param input      the element's coordinates {@code (ci, iy, ix)} in the input
 * @param value      the element's value: the input factor of every write
 * @param writes     one per kernel weight of each output channel of the element's group, in the order
 *                   {@code (co', i, j)}
 * @param multiplies one per write
 */
public record ScatterStep(Coordinates input, float value, List<ScatterWrite> writes, int multiplies) implements Step {

    public ScatterStep {
        writes = List.copyOf(writes);
    }
}
