package org.convatlas.compute;

/**
 * What an operation costs and holds: {@code multiplies}, the scalar multiplications a direct implementation
 * performs (every kernel tap at every output position, taps on padding included, bias additions excluded),
 * and {@code parameters}, the learned weights plus biases.
 */
public record OpCount(long multiplies, long parameters) {

    /** The cost of running this and then {@code next}. */
    public OpCount plus(OpCount next) {
        return new OpCount(multiplies + next.multiplies, parameters + next.parameters);
    }
}
