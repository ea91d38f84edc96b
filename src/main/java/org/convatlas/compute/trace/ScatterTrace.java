package org.convatlas.compute.trace;

import org.convatlas.compute.Tensor;

/** A trace in scatter form: each step adds one input element's products to the output, which fills up step by step. */
public interface ScatterTrace extends Trace<ScatterStep> {

    /**
     * The output once steps {@code 0 ... index} have played: every cell holds its bias plus the products those steps
     * wrote to it. After the last step it is the operation's output. Costs as much as the whole operation.
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the index is outside {@code [0, stepCount())}
     */
    Tensor partialOutputAfter(long index);
}
