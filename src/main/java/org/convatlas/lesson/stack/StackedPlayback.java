package org.convatlas.lesson.stack;

import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Frame;
import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.StackConvolutionFigure;

/**
 * The playback of a lesson on stacks of sheets: one step of the engine's trace per frame, drawn as a
 * {@link StackConvolutionFigure}; the counts card starts with the multiplications done so far out of
 * {@code totalMultiplies}, followed by the lesson's own lines, and the formula shows the lesson's lines (output sizes)
 * over the step's sum.
 */
final class StackedPlayback implements Playback {

    private final Trace<WeightedSumStep> trace;
    private final StackedSteps steps;
    private final int pulledOut;
    private final long totalMultiplies;
    private final List<Message> counts;
    private final List<String> formulas;

    /**
     * @param pulledOut       the input sheet drawn flat, or -1 for none
     * @param totalMultiplies the multiplications of the whole operation, from {@link org.convatlas.compute.Counts}
     * @param counts          the lines of the counts card after the multiplications
     * @param formulas        the lines of the formula over the step's sum, in LaTeX
     */
    StackedPlayback(Trace<WeightedSumStep> trace, StackedSteps steps, int pulledOut, long totalMultiplies,
                    List<Message> counts, List<String> formulas) {
        this.trace = trace;
        this.steps = steps;
        this.pulledOut = pulledOut;
        this.totalMultiplies = totalMultiplies;
        this.counts = List.copyOf(counts);
        this.formulas = List.copyOf(formulas);
    }

    @Override
    public long stepCount() {
        return trace.stepCount();
    }

    @Override
    public Frame frame(long step) {
        StackedSteps.Picture picture = steps.picture(step, pulledOut);
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("counts.multiplies", trace.multipliesAfter(step), totalMultiplies));
        lines.addAll(counts);
        List<String> formula = new ArrayList<>(formulas);
        formula.add(picture.formula());
        return new Frame(new StackConvolutionFigure(picture.scene()), lines, StackedFormulas.lines(formula));
    }
}
