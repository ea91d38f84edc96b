package org.convatlas.lesson;

/**
 * What a lesson plays for one set of parameter values: a number of steps and the frame of any of them, in any
 * order, so that scrubbing backwards costs what stepping forwards does. Usually a thin view over an engine
 * trace. Immutable.
 */
public interface Playback {

    /** The number of steps, at least 1. */
    long stepCount();

    /**
     * What step {@code step} shows, {@code 0 <= step < stepCount()}; fast enough to call once per animation
     * frame.
     */
    Frame frame(long step);
}
