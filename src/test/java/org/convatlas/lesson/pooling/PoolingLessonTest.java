package org.convatlas.lesson.pooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.convatlas.compute.AvgPool2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.PoolStep.Pooling;
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

class PoolingLessonTest {

    private final PoolingLesson lesson = new PoolingLesson();
    private final LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());

    @Test
    void everyPresetPlaysTheEnginesPooling() {
        for (Preset preset : lesson.presets()) {
            vm.apply(preset);
            ParameterValues v = vm.valuesProperty().get();
            Tensor x = v.get(PoolingLesson.INPUT).tensor(v.get(PoolingLesson.HEIGHT), v.get(PoolingLesson.WIDTH));
            Pool2dParams p = Pool2dParams.of(v.get(PoolingLesson.KERNEL_SIZE), v.get(PoolingLesson.STRIDE),
                    v.get(PoolingLesson.PADDING));
            boolean max = v.get(PoolingLesson.POOLING) == Pooling.MAX;
            MaxPool2d.Result maxima = MaxPool2d.apply(x, p);
            Tensor expected = max ? maxima.values() : AvgPool2d.apply(x, p, v.get(PoolingLesson.COUNT_INCLUDE_PAD));
            Playback playback = vm.playbackProperty().get();
            assertEquals(expected.size(), playback.stepCount(), preset.labelKey());
            for (int step = 0; step < expected.size(); step++) {
                Frame frame = playback.frame(step);
                String strip = Boards.board(frame).stripText();
                assertTrue(strip.endsWith(" = " + NumberText.of(expected.data()[step])), preset.labelKey() + ": " + strip);
                Message size = Message.of("counts.outputSize", expected.dim(1), expected.dim(2));
                if (max) {
                    int at = (int) maxima.indices().data()[step];
                    assertEquals(List.of(size, Message.of("lesson.pooling.counts.index", at, at / x.dim(2),
                            at % x.dim(2))), frame.counts());
                } else {
                    assertEquals(Message.of("counts.multiplies", step + 1L, Counts.avgPool2d(x.shape(), p).multiplies()),
                            frame.counts().get(0));
                }
            }
        }
    }

    @Test
    void theMaximumsPositionIsRememberedAndItsWindowsCellIsHighlighted() {
        vm.apply(PoolingLesson.OVERLAPPING);
        Frame frame = vm.playbackProperty().get().frame(3);
        BoardGrid indices = Boards.grid(frame, "lesson.pooling.figure.indices");
        Tensor x = vm.valuesProperty().get().get(PoolingLesson.INPUT).tensor(5, 5);
        Tensor engine = MaxPool2d.apply(x, Pool2dParams.of(3, 2, 1)).indices();
        assertEquals(engine.get(0, 0, 2), indices.values().at(0, 2));
        assertEquals(Role.OUTPUT, indices.looks().at(0, 2), "written");
        assertEquals(Role.HIGHLIGHT, indices.looks().at(1, 0), "being written");
        assertEquals(null, indices.looks().at(2, 2), "not yet");
        BoardGrid input = Boards.grid(frame, "figure.input");
        assertEquals(3 + 1, input.marks().size(), "three remembered positions and the window");
        int winner = (int) engine.get(0, 1, 0);
        assertEquals(Role.HIGHLIGHT, input.looks().at(winner / 5, winner % 5));
        assertEquals(Role.PADDING, input.looks().at(-1, -1));
    }

    /**
     * Input cell (1, 1) of the 5×5 input under 3×3 windows at stride 2 with padding 1 lies in the windows of outputs
     * (0, 0), (0, 1), (1, 0) and (1, 1) (rows −1..1 and 1..3, columns alike); pointing at it, or at the window's cell
     * that reads it, marks those outputs and the indices that remember it, and leaves the transport's counts.
     */
    @Test
    void pointingAtAnInputCellMarksTheWindowsOverItAndTheMaximaItIs() {
        vm.apply(PoolingLesson.OVERLAPPING);
        Playback playback = vm.playbackProperty().get();
        Tensor x = vm.valuesProperty().get().get(PoolingLesson.INPUT).tensor(5, 5);
        Tensor indices = MaxPool2d.apply(x, Pool2dParams.of(3, 2, 1)).indices();
        List<Coordinates> windows = List.of(Coordinates.of(0, 0, 0), Coordinates.of(0, 0, 1), Coordinates.of(0, 1, 0),
                Coordinates.of(0, 1, 1));
        List<CellRange> remembering = windows.stream().filter(o -> indices.get(o.toArray()) == 1 * 5 + 1)
                .map(o -> CellRange.cell(o.get(1), o.get(2))).toList();
        assertFalse(remembering.isEmpty(), "the test is not trivial: (1, 1) is some window's maximum");
        List<CellRange> over = windows.stream().map(o -> CellRange.cell(o.get(1), o.get(2))).toList();
        // at step 0, output (0, 0), the window covers rows and columns -1..1: its cell (2, 2) is input (1, 1)
        Map<Long, Hit> pointings = Map.of(5L, new Hit(Role.INPUT, Coordinates.of(0, 1, 1)),
                0L, new Hit(Role.INPUT, Coordinates.of(PoolingPlayback.WINDOW, 2, 2)));
        pointings.forEach((step, hit) -> {
            Frame atStep = playback.frame(step);
            Frame probed = playback.probe(step, hit);
            assertEquals(over, marked(Boards.grid(probed, "figure.output")), hit.toString());
            assertEquals(remembering, marked(Boards.grid(probed, "lesson.pooling.figure.indices")), hit.toString());
            assertEquals(Role.HIGHLIGHT, Boards.grid(probed, "figure.input").looks().at(1, 1));
            int lines = atStep.counts().size();
            assertEquals(atStep.counts(), probed.counts().subList(0, lines), "the transport's counts");
            assertEquals(List.of(Message.of("lesson.pooling.counts.windowsOver", 1, 1, 4),
                    Message.of("lesson.pooling.counts.remembered", remembering.size())),
                    probed.counts().subList(lines, probed.counts().size()));
        });
    }

    private static List<CellRange> marked(BoardGrid grid) {
        return grid.marks().stream().map(BoardGrid.Mark::cells).toList();
    }

    @Test
    void countIncludePadChangesTheDivisorAndShowsOnlyWhenItCounts() {
        vm.apply(PoolingLesson.PADDING_EXCLUDED);
        assertTrue(lesson.isRelevant(PoolingLesson.COUNT_INCLUDE_PAD, vm.valuesProperty().get()));
        assertEquals(Message.of("lesson.pooling.counts.divisor", 4), vm.countsProperty().get().get(2), "corner: 2×2");
        vm.set(PoolingLesson.COUNT_INCLUDE_PAD, true);
        assertEquals(Message.of("lesson.pooling.counts.divisor", 9), vm.countsProperty().get().get(2));
        vm.apply(PoolingLesson.MAX);
        assertFalse(lesson.isRelevant(PoolingLesson.COUNT_INCLUDE_PAD, vm.valuesProperty().get()));
    }

    @Test
    void pointingAtAnIndexShowsItsWindowAndTooMuchPaddingIsExplained() {
        vm.apply(PoolingLesson.MAX);
        Frame probed = vm.playbackProperty().get().probe(0, new Hit(Role.OUTPUT,
                Coordinates.of(PoolingPlayback.INDICES, 1, 1)));
        assertTrue(Boards.board(probed).stripText().startsWith("y[1,1] = max("), Boards.board(probed).stripText());

        vm.set(PoolingLesson.PADDING, 2);
        assertNotNull(vm.problemProperty().get(), "padding 2 is more than half of kernel 2");
        assertEquals(2, vm.valuesProperty().get().get(PoolingLesson.PADDING));
        vm.set(PoolingLesson.PADDING, 1);
        assertEquals(null, vm.problemProperty().get());
    }
}
