package org.convatlas.compute.trace;

import org.convatlas.compute.Tensor;

/**
 * The ordered steps an animation of one operation plays, with random access: {@link #step(long)} computes the step
 * it is asked for from the operation's inputs, so any step costs what its taps cost, backwards as forwards, and a
 * trace over a large image holds nothing proportional to the image but the inputs it was given.
 *
 * <p>Traces are made by {@link Traces}. Every number in a step is the engine's: the step's result equals the
 * operation's output element (up to float rounding), and {@link #multipliesAfter} at the last step equals the
 * operation's multiplies from {@link org.convatlas.compute.Counts}. Safe to use from several threads.
 *
 * @param <S> the kind of step
 */
public interface Trace<S extends Step> {

    /** The number of steps, at least 1. */
    long stepCount();

    /**
     * Step {@code index}, computed now in time proportional to its taps.
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the index is outside {@code [0, stepCount())}
     */
    S step(long index);

    /**
     * The multiplications done once steps {@code 0 ... index} have played (the sum of their
     * {@link Step#multiplies()}), in closed form.
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the index is outside {@code [0, stepCount())}
     */
    long multipliesAfter(long index);

    /** The multiplications of the whole trace: {@code multipliesAfter(stepCount() - 1)}. */
    default long totalMultiplies() {
        return multipliesAfter(stepCount() - 1);
    }

    /** The shape of the output the steps compute. */
    int[] outputShape();

    /**
     * The whole output, as the engine computes it: computed on the first call (which may take as long as the
     * operation), then kept.
     */
    Tensor output();
}
