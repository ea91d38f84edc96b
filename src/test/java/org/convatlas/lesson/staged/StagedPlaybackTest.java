package org.convatlas.lesson.staged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.StagedTrace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Figure;
import org.convatlas.render.StagedFigure;
import org.junit.jupiter.api.Test;

/** The staged playback over stage playbacks that say which step they show, in their counts card. */
class StagedPlaybackTest {

    /** A 1×3×3 input, one 2×2 depthwise filter (4 steps of 4 products), two 1×1 pointwise filters (8 steps of 1). */
    private static final StagedTrace<WeightedSumStep> TRACE = Traces.depthwiseSeparable(
            Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3), Tensor.of(new float[] {1, 0, 0, 1}, 1, 1, 2, 2),
            Tensor.of(new float[] {1, 2}, 2, 1, 1, 1), Window2d.DEFAULT);

    /** Plays {@code steps} steps; its card counts {@code perStep} multiplications a step, and it says nothing else. */
    private static Playback counting(long steps, int perStep) {
        return new Playback() {
            @Override
            public long stepCount() {
                return steps;
            }

            @Override
            public Frame frame(long step) {
                return new Frame(Figure.NONE, List.of(Message.of("counts.multiplies", (step + 1) * perStep,
                        steps * perStep), Message.of("counts.parameters", step)), "f" + step);
            }
        };
    }

    private static StagedPlayback staged() {
        return new StagedPlayback(TRACE, List.of(new StagedPlayback.Part(Message.of("a"), counting(4, 4)),
                new StagedPlayback.Part(Message.of("b"), counting(8, 1))), List.of(Message.of("lesson")));
    }

    @Test
    void theCardCountsTheWholeOperationThenTheStageThenTheStagesOwnLinesThenTheLessons() {
        Frame crossing = staged().frame(4);
        assertEquals(List.of(Message.of("counts.multiplies", 17L, 24L),
                Message.of("counts.stage", 2, 2, Message.of("b"), 8L), Message.of("counts.parameters", 0L),
                Message.of("lesson")), crossing.counts());
        assertEquals("f0", crossing.formula());
        StagedFigure band = (StagedFigure) crossing.figure();
        assertEquals(1, band.current());
        assertEquals(List.of(Message.of("a"), Message.of("b")), band.stages());
        assertEquals(Message.of("counts.multiplies", 16L, 24L), staged().frame(3).counts().get(0));
    }

    @Test
    void partsMustMatchTheStagesOneForOne() {
        assertThrows(IllegalArgumentException.class, () -> new StagedPlayback(TRACE,
                List.of(new StagedPlayback.Part(Message.of("a"), counting(4, 4))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new StagedPlayback(TRACE, List.of(
                new StagedPlayback.Part(Message.of("a"), counting(4, 4)),
                new StagedPlayback.Part(Message.of("b"), counting(7, 1))), List.of()));
    }
}
