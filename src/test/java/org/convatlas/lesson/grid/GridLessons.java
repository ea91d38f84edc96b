package org.convatlas.lesson.grid;

import java.util.List;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Playback;
import org.convatlas.render.grid.SlidingWindowFigure;

/** What the tests of the grid lessons read from a lesson view model. */
public final class GridLessons {

    private GridLessons() {
    }

    /** The figure of {@code frame}, a sliding window's. */
    public static SlidingWindowFigure figure(Frame frame) {
        return (SlidingWindowFigure) frame.figure();
    }

    /** The result of every step the lesson plays, in order: the output as the stage writes it. */
    public static float[] results(LessonViewModel vm) {
        Playback playback = vm.playbackProperty().get();
        float[] results = new float[(int) playback.stepCount()];
        for (int step = 0; step < results.length; step++) {
            results[step] = figure(playback.frame(step)).step().orElseThrow().result();
        }
        return results;
    }

    /** The strip of the frame on show. */
    public static String strip(LessonViewModel vm) {
        return figure(vm.frameProperty().get()).stripText();
    }

    /** The counts card's lines, by key. */
    public static List<String> countKeys(LessonViewModel vm) {
        return vm.countsProperty().get().stream().map(m -> m.key()).toList();
    }
}
