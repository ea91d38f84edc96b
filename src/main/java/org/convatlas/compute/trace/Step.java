package org.convatlas.compute.trace;

/**
 * One step of a {@link Trace}: what one frame of an animation shows. A step is immutable and computed on demand.
 * Three kinds: a {@link WeightedSumStep} computes one output element as a sum of products (convolutions, their
 * depthwise and pointwise steps, dense layers, rescaling), a {@link PoolStep} one output element as the maximum or
 * the mean of a window, and a {@link ScatterStep} stamps one input element, times the kernel, onto the output.
 */
public sealed interface Step permits WeightedSumStep, PoolStep, ScatterStep {

    /** The scalar multiplications this step performs, counted as {@link org.convatlas.compute.Counts} counts them. */
    int multiplies();
}
