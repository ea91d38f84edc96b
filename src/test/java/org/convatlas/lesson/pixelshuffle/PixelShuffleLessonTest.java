package org.convatlas.lesson.pixelshuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convatlas.compute.PixelShuffle;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Boards;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrid;
import org.junit.jupiter.api.Test;

class PixelShuffleLessonTest {

    private static final String KEYS = "lesson." + PixelShuffleLesson.ID + ".";
    private final PixelShuffleLesson lesson = new PixelShuffleLesson();
    private final LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());

    @Test
    void everyPresetTracesEachOutputPixelBackToTheEnginesSource() {
        for (Preset preset : lesson.presets()) {
            vm.apply(preset);
            ParameterValues v = vm.valuesProperty().get();
            int r = v.get(PixelShuffleLesson.FACTOR);
            int depth = v.get(PixelShuffleLesson.CHANNELS) * r * r;
            int h = v.get(PixelShuffleLesson.HEIGHT);
            int w = v.get(PixelShuffleLesson.WIDTH);
            Tensor x = InputPattern.COUNTING.tensor(depth * h, w).reshape(depth, h, w);
            Tensor y = PixelShuffle.apply(x, r);
            Playback playback = vm.playbackProperty().get();
            assertEquals(y.size(), playback.stepCount(), preset.labelKey());
            for (int step = 0; step < y.size(); step++) {
                Coordinates at = Coordinates.ofFlatIndex(step, y.shape());
                Frame frame = playback.frame(step);
                String strip = Boards.board(frame).stripText();
                // the strip names its source x[k,h,w]; the engine's input there holds the engine's output value
                String source = strip.substring(strip.indexOf("x[") + 2, strip.indexOf("] = ", strip.indexOf("x[")));
                String[] k = source.split(",");
                float value = y.get(at.get(0), at.get(1), at.get(2));
                assertEquals(value, x.get(Integer.parseInt(k[0]), Integer.parseInt(k[1]), Integer.parseInt(k[2])),
                        preset.labelKey() + " " + strip);
                assertTrue(strip.endsWith(" = " + NumberText.of(value)), strip);
                assertEquals(Message.of(KEYS + "counts.channel", Integer.parseInt(k[0]), at.get(0), at.get(1) % r,
                        at.get(2) % r), frame.counts().get(0));
                BoardGrid channel = Boards.board(frame).grids().stream()
                        .filter(g -> g.role() == Role.INPUT && g.channel() == Integer.parseInt(k[0])).findFirst()
                        .orElseThrow();
                assertEquals(Role.HIGHLIGHT, channel.looks().at(Integer.parseInt(k[1]), Integer.parseInt(k[2])));
            }
        }
    }

    @Test
    void pointingAtAnInputCellShowsThePixelItBecomes() {
        vm.apply(PixelShuffleLesson.THREE);
        // channel 5 = 0·9 + 1·3 + 2: row 1, column 2 of each 3×3 block; its cell (1, 0) lands at (4, 2)
        Frame frame = vm.playbackProperty().get().probe(0, new Hit(Role.INPUT, Coordinates.of(5, 1, 0)));
        assertTrue(Boards.board(frame).stripText().startsWith("y[0,4,2] = x[5,1,0] = "),
                Boards.board(frame).stripText());
    }
}
