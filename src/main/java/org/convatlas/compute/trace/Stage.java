package org.convatlas.compute.trace;

import org.convatlas.compute.InvalidArgumentException;

/**
 * A named part of a {@link StagedTrace}, e.g. the depthwise step of a depthwise separable convolution. Its steps'
 * {@link TapSource.Input input} coordinates refer to the stage's own input, which is the previous stage's output
 * unless the trace says otherwise.
 *
 * @param name  a stable identifier, e.g. {@code "depthwise"}
 * @param trace the stage's steps
 */
public record Stage<S extends Step>(String name, Trace<S> trace) {

    public Stage {
        if (name == null || trace == null) {
            throw new InvalidArgumentException("a stage needs a name and a trace");
        }
    }
}
