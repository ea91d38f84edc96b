package org.convatlas.lesson.singlechannel;

import static org.convatlas.lesson.grid.GridLessons.figure;
import static org.convatlas.lesson.grid.GridLessons.results;
import static org.convatlas.lesson.grid.GridLessons.strip;
import static org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson.DILATION;
import static org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson.HEIGHT;
import static org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson.KERNEL;
import static org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson.PADDING;
import static org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson.PAD_TOP;
import static org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson.STRIDE;
import static org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson.WIDTH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.grid.PaddingChoice;
import org.convatlas.lesson.grid.SingleChannelConv2d;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.junit.jupiter.api.Test;

class SingleChannelConv2dLessonTest {

    private static final String MINUS = "\u2212";
    private final SingleChannelConv2dLesson lesson = new SingleChannelConv2dLesson();
    private final LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());

    /** A preset with what it must give: output size, multiplications, the first line of the formula's numbers. */
    private record Expected(Preset preset, int outputSize, long multiplies, String heightLine) {
    }

    @Test
    void theLessonOpensOnTheClassicWorkedExample() {
        assertArrayEquals(new float[] {1, 5, 6, 2}, results(vm));
        assertEquals(List.of(Message.of("counts.multiplies", 9L, 36L), Message.of("counts.parameters", 9L),
                Message.of("counts.outputSize", 2, 2), Message.of("counts.padding", 0, 0, 0, 0)),
                vm.countsProperty().get());
        assertEquals("y[0,0] = 1\u00B71 + 2\u00B70 + 0\u00B7(" + MINUS + "1) + 0\u00B72 + 1\u00B71 + 2\u00B70 + 3\u00B70 "
                + "+ 1\u00B7(" + MINUS + "1) + 0\u00B71 = 1", strip(vm));
        vm.transport().last();
        assertEquals(Message.of("counts.multiplies", 36L, 36L), vm.countsProperty().get().get(0));
        assertTrue(strip(vm).startsWith("y[1,1] = "));
    }

    @Test
    void everyPresetPlaysTheEnginesNumbers() {
        List<Expected> expected = List.of(
                new Expected(SingleChannelConv2dLesson.CLASSIC, 2, 36, "H_o = \\left\\lfloor \\frac{4 + 0 + 0 - 3}{1} "
                        + "\\right\\rfloor + 1 = 2"),
                new Expected(SingleChannelConv2dLesson.PADDED, 5, 225, "H_o = \\left\\lfloor \\frac{5 + 1 + 1 - 3}{1} "
                        + "\\right\\rfloor + 1 = 5"),
                new Expected(SingleChannelConv2dLesson.STRIDED, 3, 81, "H_o = \\left\\lfloor \\frac{5 + 1 + 1 - 3}{2} "
                        + "\\right\\rfloor + 1 = 3"),
                new Expected(SingleChannelConv2dLesson.DILATED, 3, 81, "H_o = \\left\\lfloor \\frac{7 + 0 + 0 - "
                        + "(2\\cdot(3 - 1) + 1)}{1} \\right\\rfloor + 1 = 3"),
                new Expected(SingleChannelConv2dLesson.FULL, 6, 324, "H_o = \\left\\lfloor \\frac{4 + 2 + 2 - 3}{1} "
                        + "\\right\\rfloor + 1 = 6"),
                new Expected(SingleChannelConv2dLesson.HEAT_MAP, 64, 36864, "H_o = \\left\\lfloor \\frac{64 + 1 + 1 - "
                        + "3}{1} \\right\\rfloor + 1 = 64"));
        for (Expected e : expected) {
            vm.apply(e.preset());
            String name = e.preset().labelKey();
            SingleChannelConv2d engine = SingleChannelConv2dLesson.convolution(vm.valuesProperty().get());
            Tensor y = Conv2d.apply(engine.input(), engine.weights(), null, engine.params());
            OpCount count = Counts.conv2d(engine.input().shape(), engine.weights().shape(), false, engine.params());
            assertArrayEquals(new int[] {1, e.outputSize(), e.outputSize()}, y.shape(), name);
            assertEquals(y.size(), vm.transport().getStepCount(), name);
            assertEquals(e.multiplies(), count.multiplies(), name + ": Counts agrees with the hand count");
            assertTrue(vm.formulaProperty().get().contains(e.heightLine()), name + ": " + vm.formulaProperty().get());
            assertTrue(vm.formulaProperty().get().contains("W_o = "), name);
            for (long step : new long[] {0, y.size() / 2, y.size() - 1}) {
                vm.transport().goTo(step);
                assertEquals(y.data()[(int) step], figure(vm.frameProperty().get()).step().orElseThrow().result(),
                        1e-5, name + " step " + step);
                assertEquals(Message.of("counts.multiplies", 9 * (step + 1), e.multiplies()),
                        vm.countsProperty().get().get(0), name);
                assertEquals(Message.of("counts.outputSize", e.outputSize(), e.outputSize()),
                        vm.countsProperty().get().get(2), name);
            }
        }
    }

    @Test
    void theResolvedPaddingIsCounted() {
        vm.set(PADDING, PaddingChoice.SAME);
        assertEquals(Message.of("counts.padding", 1, 1, 1, 1), vm.countsProperty().get().get(3));
        vm.set(KERNEL, Kernel.zeros(2, 2));
        assertEquals(Message.of("counts.padding", 0, 0, 1, 1), vm.countsProperty().get().get(3),
                "an odd total: the extra row and column go to the bottom and the right");
        assertEquals(Message.of("counts.outputSize", 4, 4), vm.countsProperty().get().get(2));
    }

    @Test
    void invalidValuesAreExplainedWithTheEnginesMessageAndRecovered() {
        Playback before = vm.playbackProperty().get();
        vm.set(HEIGHT, 2);
        assertEquals(Message.of("inspector.invalid",
                "kernel reach 3 exceeds padded input 2 (height); add padding or enlarge the input"),
                vm.problemProperty().get());
        assertSame(before, vm.playbackProperty().get(), "the last picture stays, under the reason");
        assertEquals(4, vm.transport().getStepCount());

        vm.set(PADDING, PaddingChoice.SAME);
        assertNull(vm.problemProperty().get());
        assertEquals(8, vm.transport().getStepCount(), "2x4 with same padding");

        vm.set(PADDING, PaddingChoice.VALID);
        vm.set(KERNEL, Kernel.zeros(7, 7));
        vm.set(DILATION, 4);
        assertEquals(Message.of("inspector.invalid",
                "kernel reach 25 exceeds padded input 2 (height); add padding or enlarge the input"),
                vm.problemProperty().get());
    }

    @Test
    void thePadsOfEachSideCountOnlyWhenThePaddingIsExplicit() {
        ParameterValues values = vm.valuesProperty().get();
        assertFalse(lesson.isRelevant(PAD_TOP, values));
        assertTrue(lesson.isRelevant(STRIDE, values));
        assertTrue(lesson.isRelevant(PAD_TOP, values.with(PADDING, PaddingChoice.EXPLICIT)));
    }

    @Test
    void pointingAtAnOutputShowsItsStepAndAtAnInputTheOutputsItFeeds() {
        vm.hover(new Hit(Role.OUTPUT, Coordinates.of(0, 1, 0)));
        assertEquals(0, vm.transport().getCurrentStep());
        assertEquals(Coordinates.of(0, 1, 0), figure(vm.frameProperty().get()).step().orElseThrow().output());
        assertEquals(Message.of("counts.multiplies", 27L, 36L), vm.countsProperty().get().get(0));
        assertTrue(strip(vm).startsWith("y[1,0] = ") && strip(vm).endsWith(" = 6"), strip(vm));

        vm.hover(new Hit(Role.INPUT, Coordinates.of(0, 1, 1)));
        assertEquals("x[1,1] = 1 \u2192 y[0,0], y[0,1], y[1,0], y[1,1]", strip(vm));
        assertEquals(Message.of("counts.multiplies", 9L, 36L), vm.countsProperty().get().get(0),
                "the counts of the current step");
        vm.hover(new Hit(Role.INPUT, Coordinates.of(0, 3, 0)));
        assertEquals("x[3,0] = 2 \u2192 y[1,0]", strip(vm));
    }

    @Test
    void aStrideLongerThanTheKernelLeavesInputsUnread() {
        vm.apply(SingleChannelConv2dLesson.CLASSIC);
        vm.set(HEIGHT, 5);
        vm.set(WIDTH, 5);
        vm.set(KERNEL, Kernel.of(1, 1, 2));
        vm.set(STRIDE, 2);
        assertEquals(9, vm.transport().getStepCount());
        vm.hover(new Hit(Role.INPUT, Coordinates.of(0, 1, 1)));
        assertEquals("x[1,1] = 1 \u2192 \u2014", strip(vm));
        vm.hover(new Hit(Role.INPUT, Coordinates.of(0, 2, 4)));
        assertEquals("x[2,4] = 3 \u2192 y[1,2]", strip(vm));
        assertNotNull(vm.probeProperty().get());
    }

    @Test
    void paddingCellsAreReadToo() {
        vm.apply(SingleChannelConv2dLesson.PADDED);
        vm.hover(new Hit(Role.INPUT, Coordinates.of(0, -1, -1)));
        assertEquals("x[" + MINUS + "1," + MINUS + "1] = 0 \u2192 y[0,0]", strip(vm));
    }
}
