package org.convatlas.lesson.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
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
 * output sheet, whose step has a tap reading it; pointing at an output cell shows the step that writes it.
 */
public final class StackedPlayback implements Playback {

    private final Trace<? extends WeightedSumStep> trace;
    private final StackedSteps steps;
    private final int pulledOut;
    private final long totalMultiplies;
    private final List<Message> counts;
    private final String formula;

    /**
     * @param pulledOut       the input sheet drawn flat, or -1 for none
     * @param totalMultiplies the multiplications of the whole operation, from {@link org.convatlas.compute.Counts}
     * @param counts          the lines of the counts card after the multiplications
     * @param formula         the formula the inspector shows, in LaTeX
     */
    public StackedPlayback(Trace<? extends WeightedSumStep> trace, StackedSteps steps, int pulledOut,
                           long totalMultiplies, List<Message> counts, String formula) {
        this.trace = trace;
        this.steps = steps;
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
