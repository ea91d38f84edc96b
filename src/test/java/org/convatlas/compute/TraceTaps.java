package org.convatlas.compute;

import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;

/** The brute-force count the closed-form counts are checked against: the taps of every step of a trace. */
final class TraceTaps {

    private TraceTaps() {
    }

    /** The taps of all the steps of {@code trace}, one by one. */
    static long of(Trace<? extends WeightedSumStep> trace) {
        long taps = 0;
        for (long i = 0; i < trace.stepCount(); i++) {
            taps += trace.step(i).taps().size();
        }
        return taps;
    }
}
