package org.convatlas.lesson.grid;

import java.util.List;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Playback;
import org.convatlas.render.SlidingWindowFigure;

/** What the tests of the grid lessons read from a lesson view model. */
final class GridLessons {

    private GridLessons() {
    }

    /** The figure of {@code frame}, a sliding window's. */
    static SlidingWindowFigure figure(Frame frame) {
        return (SlidingWindowFigure) frame.figure();
    }

    /** The result of every step the lesson plays, in order: the output as the stage writes it. */
    static float[] results(LessonViewModel vm) {
        Playback playback = vm.playbackProperty().get();
        float[] results = new float[(int) playback.stepCount()];
        for (int step = 0; step < results.length; step++) {
            results[step] = figure(playback.frame(step)).step().orElseThrow().result();
        }
        return results;
    }

    /** The strip of the frame on show. */
    static String strip(LessonViewModel vm) {
        return figure(vm.frameProperty().get()).stripText();
    }

    /** The counts card's lines, by key. */
    static List<String> countKeys(LessonViewModel vm) {
        return vm.countsProperty().get().stream().map(m -> m.key()).toList();
    }
}
