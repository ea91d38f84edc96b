package org.convatlas.lesson.squeezeexcitation;

import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.squeezeexcitation.ChannelWeightingFigure.Part;
import org.convatlas.render.Hit;

/**
 * One stage of squeeze-and-excitation, step for step of the engine's trace of that stage; pointing at a cell of a
 * channel shows the step of the stage that works on that channel (at the scale stage, on that cell).
 */
final class ExcitationStage implements Playback {

    private final ChannelWeightingSteps steps;
    private final Part part;
    private final long stepCount;

    ExcitationStage(ChannelWeightingSteps steps, Part part, long stepCount) {
        this.steps = steps;
        this.part = part;
        this.stepCount = stepCount;
    }

    @Override
    public long stepCount() {
        return stepCount;
    }

    @Override
    public Frame frame(long step) {
        return steps.frame(part, step);
    }

    @Override
    public Frame probe(long step, Hit hit) {
        int channel = hit.at().get(0);
        return switch (part) {
            case SQUEEZE, EXPAND -> frame(channel);
            case REDUCE -> frame(step);
            case SCALE -> frame((long) channel * steps.plane() + (long) hit.at().get(1) * steps.columns()
                    + hit.at().get(2));
        };
    }
}
