package org.convatlas.compute.trace;

import org.convatlas.compute.InvalidArgumentException;

/** The check every trace makes on a step index. */
final class StepIndex {

    private StepIndex() {
    }

    /** {@code 0 <= index < stepCount}, or a message naming the range. */
    static void check(long index, long stepCount) {
        if (index < 0 || index >= stepCount) {
            throw new InvalidArgumentException("step index must be between 0 and " + (stepCount - 1)
                    + " (got " + index + ")");
        }
    }
}
