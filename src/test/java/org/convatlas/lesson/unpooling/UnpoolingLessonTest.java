package org.convatlas.lesson.unpooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.MaxUnpool2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Upsample;
import org.convatlas.compute.UpsampleMode;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Boards;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrid;
import org.junit.jupiter.api.Test;

class UnpoolingLessonTest {

    private static final String KEYS = "lesson." + UnpoolingLesson.ID + ".";
    private final UnpoolingLesson lesson = new UnpoolingLesson();
    private final LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());

    @Test
    void everyPresetShowsTheEnginesThreeWaysBack() {
        for (Preset preset : lesson.presets()) {
            vm.apply(preset);
            ParameterValues v = vm.valuesProperty().get();
            int s = v.get(UnpoolingLesson.SCALE);
            Tensor x = v.get(UnpoolingLesson.INPUT).tensor(s * v.get(UnpoolingLesson.POOLED_HEIGHT),
                    s * v.get(UnpoolingLesson.POOLED_WIDTH));
            MaxPool2d.Result pooled = MaxPool2d.apply(x, Pool2dParams.of(s, s, 0));
            Tensor unpooled = MaxUnpool2d.apply(pooled.values(), pooled.indices(), x.dim(1), x.dim(2));
            Tensor nearest = Upsample.apply(pooled.values(), s, s, UpsampleMode.NEAREST);
            Tensor bilinear = Upsample.apply(pooled.values(), s, s, UpsampleMode.BILINEAR);
            Playback playback = vm.playbackProperty().get();
            assertEquals(x.size(), playback.stepCount(), preset.labelKey());
            int columns = x.dim(2);
            for (int step = 0; step < x.size(); step++) {
                int oy = step / columns;
                int ox = step % columns;
                Frame frame = playback.frame(step);
                boolean here = pooled.indices().get(0, oy / s, ox / s) == step;
                assertEquals(List.of(
                        Message.of(KEYS + (here ? "counts.unpooledHere" : "counts.unpooledElsewhere"),
                                NumberText.of(unpooled.get(0, oy, ox)), oy / s, ox / s),
                        Message.of(KEYS + "counts.nearest", NumberText.of(nearest.get(0, oy, ox)), oy / s, ox / s),
                        Message.of(KEYS + "counts.bilinear", NumberText.of(bilinear.get(0, oy, ox)))),
                        frame.counts(), preset.labelKey() + " step " + step);
                assertTrue(Boards.board(frame).stripText().endsWith(" = " + NumberText.of(bilinear.get(0, oy, ox))));
            }
            Frame last = playback.frame(x.size() - 1);
            BoardGrid shownUnpooled = Boards.grid(last, KEYS + "figure.unpooled");
            for (int i = 0; i < x.size(); i++) {
                assertEquals(unpooled.data()[i], shownUnpooled.values().at(i / columns, i % columns));
            }
        }
    }

    @Test
    void theStripWeighsTheFourNearestPooledValues() {
        vm.apply(UnpoolingLesson.TIMES_TWO);
        // output (1, 1) of ×2 reads pooled rows and columns 0 and 1 with weights 3/4 and 1/4 (source 0.25)
        Frame frame = vm.playbackProperty().get().probe(0, new Hit(Role.OUTPUT,
                Coordinates.of(UnpoolingPlayback.BILINEAR, 1, 1)));
        assertTrue(Boards.board(frame).stripText().startsWith("y[1,1] = 0.562\u00B7"), Boards.board(frame).stripText());
        assertTrue(Boards.board(frame).stripText().contains(" + 0.0625\u00B7"), Boards.board(frame).stripText());
        BoardGrid pooled = Boards.grid(frame, KEYS + "figure.pooled");
        assertEquals(2, pooled.marks().size(), "the bilinear sources and the nearest cell");
    }
}
