package org.convatlas.export;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.InvalidArgumentException;

/**
 * Which steps of a lesson an export shows. Steps count from 1 here, as the transport shows them; the playback's
 * steps count from 0. A selection is the current step, every step, or the range {@code first..last}, thinned to
 * every {@code every}-th step; a thinned animation still ends on the range's last step, so that it ends on the
 * finished output.
 *
 * @param kind  which steps
 * @param first the first step of a range, from 1 (unused otherwise)
 * @param last  the last step of a range, from 1, at least {@code first} (unused otherwise)
 * @param every keep every {@code every}-th step of the range, at least 1
 */
public record StepSelection(Kind kind, long first, long last, int every) {

    /** Which steps, before thinning. */
    public enum Kind {
        /** The step on show (headless: the first). */
        CURRENT,
        /** From the first step to the last. */
        ALL,
        /** The steps {@code first..last}. */
        RANGE
    }

    public StepSelection {
        if (every < 1) {
            throw new InvalidArgumentException("every must be at least 1 (got " + every + ")");
        }
        if (kind == Kind.RANGE && (first < 1 || last < first)) {
            throw new InvalidArgumentException("steps must be a range A-B with 1 <= A <= B (got " + first + "-"
                    + last + ")");
        }
    }

    /** The step on show. */
    public static StepSelection current() {
        return new StepSelection(Kind.CURRENT, 0, 0, 1);
    }

    /** Every step. */
    public static StepSelection all() {
        return new StepSelection(Kind.ALL, 0, 0, 1);
    }

    /** The steps {@code first..last}, from 1. */
    public static StepSelection range(long first, long last) {
        return new StepSelection(Kind.RANGE, first, last, 1);
    }

    /** This selection keeping every {@code n}-th step (and the last). */
    public StepSelection every(int n) {
        return new StepSelection(kind, first, last, n);
    }

    /**
     * The selection written {@code all}, {@code current} or {@code A-B} (from 1) on the command line.
     *
     * @throws InvalidArgumentException if it is none of these
     */
    public static StepSelection parse(String text) {
        switch (text) {
            case "all":
                return all();
            case "current":
                return current();
            default:
                String[] ends = text.split("-", -1);
                try {
                    if (ends.length == 2) {
                        return range(Long.parseLong(ends[0].strip()), Long.parseLong(ends[1].strip()));
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new InvalidArgumentException("steps must be all, current or a range A-B such as 1-12 (got "
                        + text + ")");
        }
    }

    /**
     * The playback steps (from 0) of a playback of {@code stepCount} steps on show at {@code currentStep}, in order.
     *
     * @throws InvalidArgumentException if a range goes past the last step
     */
    public List<Long> steps(long stepCount, long currentStep) {
        long from = switch (kind) {
            case CURRENT -> currentStep;
            case ALL -> 0;
            case RANGE -> first - 1;
        };
        long to = switch (kind) {
            case CURRENT -> currentStep;
            case ALL -> stepCount - 1;
            case RANGE -> last - 1;
        };
        if (to >= stepCount) {
            throw new InvalidArgumentException("steps " + first + "-" + last + " go past the last step, "
                    + stepCount);
        }
        List<Long> steps = new ArrayList<>();
        for (long step = from; step <= to; step += every) {
            steps.add(step);
        }
        if (steps.get(steps.size() - 1) != to) {
            steps.add(to);
        }
        return steps;
    }
}
