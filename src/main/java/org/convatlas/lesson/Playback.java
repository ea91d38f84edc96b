package org.convatlas.lesson;

import java.util.Optional;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Trace;
import org.convatlas.render.GridPoint;
import org.convatlas.render.Handle;
import org.convatlas.render.Hit;

/**
 * What a lesson plays for one set of parameter values: a number of steps and the frame of any of them, in any
 * order, so that scrubbing backwards costs what stepping forwards does. Usually a thin view over an engine
 * trace. Immutable until {@link #release released}.
 */
public interface Playback {

    /** The number of steps, at least 1. */
    long stepCount();

    /**
     * What step {@code step} shows, {@code 0 <= step < stepCount()}; fast enough to call once per animation
     * frame.
     */
    Frame frame(long step);

    /**
     * What the stage shows at step {@code step} while the pointer rests on (or has pinned) the cell {@code hit} of
     * the figure, without moving the transport; by default the step itself. A grid lesson shows the step that writes
     * a pointed output cell, and marks every output that reads a pointed input cell.
     */
    default Frame probe(long step, Hit hit) {
        return frame(step);
    }

    /**
     * The parameter values the stage shows while {@link #probe probe(step, hit)} is on it, given the lesson's values:
     * by default those values. A probe that changes what a parameter chooses says so here, so that the inspector
     * shows what the stage shows: pointing at a cell of a stack pulls that cell's sheet out of it.
     */
    default ParameterValues probedValues(ParameterValues values, long step, Hit hit) {
        return values;
    }

    /**
     * The step whose computation the stage shows at step {@code step} while {@link #probe probe(step, hit)} is on it
     * ({@code hit} null: no probe): by default {@code step} itself. A lesson that shows the step writing a pointed
     * output cell says so, so that an editor of that step's values edits what the stage shows.
     */
    default long shownStep(long step, Hit hit) {
        return step;
    }

    /**
     * The values that putting {@code handle} of the figure shown at step {@code step} (probed at {@code hit}, or null)
     * at {@code to} gives, from {@code values}: for a deformable convolution, the dragged tap's new offset. Empty when
     * the figure has no such handle; by default always empty.
     */
    default Optional<ParameterValues> dragged(ParameterValues values, long step, Hit hit, Handle handle,
                                              GridPoint to) {
        return Optional.empty();
    }

    /**
     * The engine trace whose steps this playback plays one for one, if it plays one: step {@code i} of the playback
     * shows step {@code i} of the trace, and its counts card says the trace's multiplications so far
     * ({@code counts.multiplies}). The lesson contract checks that card against the trace's steps. Empty by default.
     */
    default Optional<Trace<?>> playedTrace() {
        return Optional.empty();
    }

    /**
     * The result the lesson builds up, as the engine computes it, if it has one tensor for a result (an export as
     * data writes it): by default the output of the {@link #playedTrace() trace played}.
     */
    default Optional<Tensor> output() {
        return playedTrace().map(Trace::output);
    }

    /**
     * Called once the playback is shown no more (replaced by the playback of newer values, or overtaken before it was
     * shown): it may hand the memory its frames draw from to the lesson's next playback, and is not used again. By
     * default nothing happens.
     */
    default void release() {
    }
}
