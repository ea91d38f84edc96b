package org.convatlas.lesson.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.stack.StackConvolution;
import org.convatlas.render.stack.StackConvolutionFigure;

/**
 * The playback of a lesson on stacks of sheets: one step of the engine's trace per frame, drawn as a
 * {@link StackConvolutionFigure}; the counts card starts with the multiplications done so far out of the total,
 * followed by the lesson's own lines; the inspector's formula is the lesson's (the output sizes). Pointing at an
 * input or kernel cell pulls its input sheet out of the stack, and an input cell also marks every output, in every
 * output sheet, whose step has a tap reading it; pointing at an output cell shows the step that writes it. A lesson
 * whose values choose the sheet pulled out ({@link PullOut}) hears of the sheet the pointer pulls out
 * ({@link #probedValues}).
 */
public final class StackedPlayback implements Playback {

    private final Trace<? extends WeightedSumStep> trace;
    private final StackedSteps steps;
    /** The parameters that choose the sheet pulled out; null when the lesson has none. */
    private final PullOut pullOut;
    private final int pulledOut;
    private final long totalMultiplies;
    private final List<Message> counts;
    private final String formula;

    /**
     * A playback with the input sheet that {@code values} choose with {@code pullOut} drawn flat.
     *
     * @param totalMultiplies the multiplications of the whole operation, from {@link org.convatlas.compute.Counts}
     * @param counts          the lines of the counts card after the multiplications
     * @param formula         the formula the inspector shows, in LaTeX
     * @throws org.convatlas.compute.InvalidArgumentException if the sheet chosen is not in the input
     */
    public StackedPlayback(Trace<? extends WeightedSumStep> trace, StackedSteps steps, PullOut pullOut,
                           ParameterValues values, long totalMultiplies, List<Message> counts, String formula) {
        this(trace, steps, pullOut, pullOut.sheet(values, steps.inputSheets()), totalMultiplies, counts, formula);
    }

    /** A playback with no sheet drawn flat but the one the pointer pulls out, and no parameters choosing one. */
    public StackedPlayback(Trace<? extends WeightedSumStep> trace, StackedSteps steps, long totalMultiplies,
                           List<Message> counts, String formula) {
        this(trace, steps, null, -1, totalMultiplies, counts, formula);
    }

    private StackedPlayback(Trace<? extends WeightedSumStep> trace, StackedSteps steps, PullOut pullOut, int pulledOut,
                            long totalMultiplies, List<Message> counts, String formula) {
        this.trace = trace;
        this.steps = steps;
        this.pullOut = pullOut;
        this.pulledOut = pulledOut;
        this.totalMultiplies = totalMultiplies;
        this.counts = List.copyOf(counts);
        this.formula = formula;
    }

    @Override
    public Optional<Trace<?>> playedTrace() {
        return Optional.of(trace);
    }

    @Override
    public long stepCount() {
        return trace.stepCount();
    }

    @Override
    public Frame frame(long step) {
        return frame(step, pulledOut);
    }

    @Override
    public Frame probe(long step, Hit hit) {
        if (hit.role() == Role.OUTPUT) {
            return frame(hit.at().flatIndexIn(trace.outputShape()));
        }
        int pulled = steps.sheetPulledOutBy(step, hit).orElse(pulledOut);
        if (hit.role() == Role.INPUT) {
            return frame(step, steps.readers(step, pulled, hit.at()));
        }
        return frame(step, pulled);
    }

    /** The sheet an input or kernel cell pulls out, when the lesson's values choose the sheet pulled out. */
    @Override
    public ParameterValues probedValues(ParameterValues values, long step, Hit hit) {
        if (pullOut == null || hit.role() == Role.OUTPUT) {
            return values;
        }
        return steps.sheetPulledOutBy(step, hit).map(sheet -> pullOut.pulling(values, sheet)).orElse(values);
    }

    private Frame frame(long step, int pulled) {
        return frame(step, steps.picture(step, pulled));
    }

    private Frame frame(long step, StackConvolution picture) {
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("counts.multiplies", trace.multipliesAfter(step), totalMultiplies));
        lines.addAll(counts);
        return new Frame(new StackConvolutionFigure(picture), lines, formula);
    }
}
