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
import org.convatlas.render.grid.CellRange;
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

    /**
     * Each cell of the input points at the pooled cell whose window holds it, and says whether max unpooling puts it
     * back: only the maximum the pooling remembered, as the engine's indices say.
     */
    @Test
    void pointingAtAnInputCellShowsWhetherUnpoolingPutsItBack() {
        vm.apply(UnpoolingLesson.TIMES_THREE);
        Playback playback = vm.playbackProperty().get();
        Tensor x = vm.valuesProperty().get().get(UnpoolingLesson.INPUT).tensor(6, 6);
        Tensor indices = MaxPool2d.apply(x, Pool2dParams.of(3, 3, 0)).indices();
        int kept = 0;
        for (int row = 0; row < 6; row++) {
            for (int column = 0; column < 6; column++) {
                Frame probed = playback.probe(7, new Hit(Role.INPUT, Coordinates.of(UnpoolingPlayback.INPUT, row,
                        column)));
                boolean maximum = indices.get(0, row / 3, column / 3) == row * 6 + column;
                kept += maximum ? 1 : 0;
                assertEquals(playback.frame(7).counts(), probed.counts().subList(0, 3), "the transport's counts");
                assertEquals(Message.of(KEYS + (maximum ? "counts.inputKept" : "counts.inputDropped"), row, column,
                        row / 3, column / 3), probed.counts().get(3));
                assertEquals(List.of(CellRange.cell(row / 3, column / 3)), marked(probed, KEYS + "figure.pooled"));
                assertEquals(maximum ? List.of(CellRange.cell(row, column)) : List.of(),
                        marked(probed, KEYS + "figure.unpooled"));
            }
        }
        assertEquals(4, kept, "one maximum per pooled cell");
    }

    /**
     * Pooled cell (1, 1) of ×2 goes to its remembered index by max unpooling, to its 2×2 block by nearest upsampling
     * and, by bilinear upsampling, to the cells that change when it alone is 1.
     */
    @Test
    void pointingAtAPooledCellShowsWhereEachWayWritesIt() {
        vm.apply(UnpoolingLesson.TIMES_TWO);
        Tensor x = vm.valuesProperty().get().get(UnpoolingLesson.INPUT).tensor(6, 6);
        MaxPool2d.Result pooled = MaxPool2d.apply(x, Pool2dParams.of(2, 2, 0));
        int at = (int) pooled.indices().get(0, 1, 1);
        Tensor impulse = Tensor.zeros(1, 3, 3);
        impulse.data()[4] = 1;
        float[] reached = Upsample.apply(impulse, 2, 2, UpsampleMode.BILINEAR).data();
        CellRange weighing = CellRange.EMPTY;
        for (int i = 0; i < reached.length; i++) {
            if (reached[i] != 0) {
                weighing = weighing.isEmpty() ? CellRange.cell(i / 6, i % 6) : weighing.including(i / 6, i % 6);
            }
        }
        assertEquals(new CellRange(1, 1, 4, 4), weighing, "source coordinates within 1 of the pooled cell");

        Frame probed = vm.playbackProperty().get().probe(0, new Hit(Role.INPUT,
                Coordinates.of(UnpoolingPlayback.POOLED, 1, 1)));
        assertEquals(List.of(CellRange.cell(at / 6, at % 6)), marked(probed, KEYS + "figure.unpooled"));
        assertEquals(List.of(new CellRange(2, 2, 2, 2)), marked(probed, KEYS + "figure.nearest"));
        assertEquals(List.of(weighing), marked(probed, KEYS + "figure.bilinear"));
        assertEquals(Message.of(KEYS + "counts.pooledWritten", 1, 1, NumberText.of(pooled.values().get(0, 1, 1)),
                at / 6, at % 6, 4, 16), probed.counts().get(3));
    }

    private static List<CellRange> marked(Frame frame, String captionKey) {
        return Boards.grid(frame, captionKey).marks().stream()
                .filter(BoardGrid.Mark::strong).map(BoardGrid.Mark::cells).toList();
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
