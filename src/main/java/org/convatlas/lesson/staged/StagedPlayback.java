package org.convatlas.lesson.staged;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convatlas.compute.trace.StagedTrace;
import org.convatlas.compute.trace.Trace;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Hit;
import org.convatlas.render.StagedFigure;

/**
 * What a lesson made of stages plays (depthwise then pointwise; squeeze, excite, scale; grouped 1×1, shuffle,
 * depthwise, grouped 1×1; im2col then a product): the steps of the engine's {@link StagedTrace}, one stage after the
 * other, each stage's steps drawn by a playback of its own over that stage's trace. The figure is the stage's, under a
 * {@link StagedFigure} band that names the stages and marks the one on show; the counts card starts with the whole
 * operation's multiplications so far and the stage's line ({@code Stage 2 of 2: pointwise, 9,600 multiplications}),
 * then the stage playback's own lines (its running count left out: the first line counts for every stage), then the
 * lesson's. Pointing is answered by the stage's playback.
 */
public final class StagedPlayback implements Playback {

    /**
     * One stage as a lesson draws it.
     *
     * @param name     the stage's name, for the band and the counts card
     * @param playback the playback of the stage's steps: step {@code i} of it is step {@code i} of the trace's stage
     *                 of the same index
     */
    public record Part(Message name, Playback playback) {

        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(playback, "playback");
        }
    }

    private static final String RUNNING_COUNT = "counts.multiplies";

    private final StagedTrace<?> trace;
    private final List<Part> parts;
    private final List<Message> names;
    private final List<Message> lessonCounts;

    /**
     * @param trace        the stages, as the engine traces them
     * @param parts        one part per stage of the trace, in the same order, each playing that stage's steps
     * @param lessonCounts lines the counts card shows after the stage's own
     * @throws IllegalArgumentException if the parts do not match the trace's stages one for one
     */
    public StagedPlayback(StagedTrace<?> trace, List<Part> parts, List<Message> lessonCounts) {
        this.trace = Objects.requireNonNull(trace, "trace");
        this.parts = List.copyOf(parts);
        this.lessonCounts = List.copyOf(lessonCounts);
        if (this.parts.size() != trace.stages().size()) {
            throw new IllegalArgumentException("one part per stage: " + trace.stages().size() + " stages, "
                    + this.parts.size() + " parts");
        }
        for (int k = 0; k < this.parts.size(); k++) {
            long steps = trace.stages().get(k).trace().stepCount();
            if (this.parts.get(k).playback().stepCount() != steps) {
                throw new IllegalArgumentException("stage " + k + " has " + steps + " steps, its part plays "
                        + this.parts.get(k).playback().stepCount());
            }
        }
        this.names = this.parts.stream().map(Part::name).toList();
    }

    /** The stage that step {@code step} belongs to, from 0. */
    public int stageAt(long step) {
        return trace.stageIndexAt(step);
    }

    @Override
    public long stepCount() {
        return trace.stepCount();
    }

    @Override
    public Frame frame(long step) {
        int k = trace.stageIndexAt(step);
        return staged(k, step, parts.get(k).playback().frame(step - trace.firstStepOf(k)));
    }

    /** What the stage's playback answers for the step within its stage. */
    @Override
    public Frame probe(long step, Hit hit) {
        int k = trace.stageIndexAt(step);
        return staged(k, step, parts.get(k).playback().probe(step - trace.firstStepOf(k), hit));
    }

    /**
     * The stage's frame in the band, its counts after the whole operation's: the multiplications of the earlier
     * stages plus those the stage's frame says it has made (the step it shows may be another than {@code step}: a
     * probed output's), else those of the trace up to {@code step}.
     */
    private Frame staged(int k, long step, Frame inner) {
        long before = k == 0 ? 0 : trace.multipliesAfter(trace.firstStepOf(k) - 1);
        long soFar = inner.counts().stream().filter(line -> line.key().equals(RUNNING_COUNT)).findFirst()
                .map(line -> before + ((Number) line.arguments().get(0)).longValue())
                .orElse(trace.multipliesAfter(step));
        List<Message> counts = new ArrayList<>();
        counts.add(Message.of(RUNNING_COUNT, soFar, trace.totalMultiplies()));
        counts.add(Message.of("counts.stage", k + 1, parts.size(), names.get(k),
                trace.stages().get(k).trace().totalMultiplies()));
        inner.counts().stream().filter(line -> !line.key().equals(RUNNING_COUNT)).forEach(counts::add);
        counts.addAll(lessonCounts);
        return new Frame(new StagedFigure(names, k, inner.figure()), counts, inner.formula());
    }

    @Override
    public Optional<Trace<?>> playedTrace() {
        return Optional.of(trace);
    }

    @Override
    public void release() {
        parts.forEach(part -> part.playback().release());
    }
}
