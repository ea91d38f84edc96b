package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.convatlas.i18n.Message;
import org.junit.jupiter.api.Test;

class LessonViewModelTest {

    private final FixtureLesson lesson = new FixtureLesson("fixture", Chapter.BASICS);

    @Test
    void opensAtDefaultValuesWithTheirPlayback() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        assertEquals(5, vm.valuesProperty().get().get(FixtureLesson.STEPS));
        assertEquals(5, vm.transport().getStepCount());
        assertFalse(vm.computingProperty().get());
        assertNull(vm.problemProperty().get());
        assertEquals(List.of(Message.of("transport.position.tooltip", 1L, 5)), vm.countsProperty().get());
        assertEquals("y_{0} = 1.0 x_{0}", vm.formulaProperty().get());
    }

    @Test
    void theFrameFollowsTheCurrentStep() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        vm.transport().last();
        assertEquals(List.of(Message.of("transport.position.tooltip", 5L, 5)), vm.countsProperty().get());
        assertEquals("y_{4} = 1.0 x_{4}", vm.formulaProperty().get());
    }

    @Test
    void changingAValuePreparesAgainAndKeepsTheStepInRange() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        vm.transport().last();
        vm.set(FixtureLesson.STEPS, 3);
        assertEquals(3, vm.transport().getStepCount());
        assertEquals(2, vm.transport().getCurrentStep());
        assertEquals(List.of(Message.of("transport.position.tooltip", 3L, 3)), vm.countsProperty().get());
        vm.set(FixtureLesson.KERNEL, FixtureLesson.KERNEL.defaultValue().withWeight(0, 0, 7));
        assertEquals("y_{2} = 7.0 x_{2}", vm.formulaProperty().get());
    }

    @Test
    void anUnchangedValuePreparesNothing() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        vm.set(FixtureLesson.STEPS, 5);
        assertEquals(1, lesson.preparations());
    }

    @Test
    void presetSetsItsValuesAndKeepsTheOthers() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        Kernel edited = Kernel.of(1, 2, 4, 5);
        vm.set(FixtureLesson.KERNEL, edited);
        vm.apply(FixtureLesson.TEN_STEPS);
        ParameterValues values = vm.valuesProperty().get();
        assertEquals(10, values.get(FixtureLesson.STEPS));
        assertEquals("round", values.get(FixtureLesson.SHAPE));
        assertEquals(edited, values.get(FixtureLesson.KERNEL));
        assertEquals(10, vm.transport().getStepCount());
    }

    @Test
    void refusedValuesKeepTheLastPictureAndSayWhy() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        vm.transport().goTo(3);
        Playback shown = vm.playbackProperty().get();
        Frame frame = vm.frameProperty().get();
        vm.set(FixtureLesson.REFUSE, true);
        assertSame(shown, vm.playbackProperty().get(), "the last playback stays");
        assertEquals(0, lesson.releases(), "and is not released");
        assertEquals(5, vm.transport().getStepCount());
        assertEquals(3, vm.transport().getCurrentStep());
        assertEquals(frame, vm.frameProperty().get());
        assertEquals(Message.of("inspector.invalid", "refuse must be off (got on)"), vm.problemProperty().get());
        vm.set(FixtureLesson.REFUSE, false);
        assertNull(vm.problemProperty().get());
        assertNotSame(shown, vm.playbackProperty().get());
        assertEquals(1, lesson.releases(), "replaced by a playback of values that work, it is released");
    }


    @Test
    void valuesOutsideTheirRangeAreRefusedAtOnce() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        assertThrows(IllegalArgumentException.class, () -> vm.set(FixtureLesson.STEPS, 101));
        assertThrows(IllegalArgumentException.class, () -> vm.set(FixtureLesson.SHAPE, "triangle"));
        assertThrows(IllegalArgumentException.class, () -> vm.set(FixtureLesson.KERNEL, Kernel.zeros(6, 6)));
        assertEquals(5, vm.valuesProperty().get().get(FixtureLesson.STEPS));
    }

    @Test
    void workRunsOnTheBackgroundExecutorAndAnOvertakenResultIsDroppedAndReleased() {
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> fxThread = new ArrayDeque<>();
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.of(background::add, fxThread::add));
        assertTrue(vm.computingProperty().get());
        assertEquals(0, lesson.preparations(), "nothing runs on the calling thread");
        runAll(background);

        vm.set(FixtureLesson.STEPS, 8);
        runAll(background);
        assertEquals(2, lesson.preparations());
        runAll(fxThread);
        assertFalse(vm.computingProperty().get());
        assertEquals(8, vm.transport().getStepCount(), "only the latest values' playback is shown");
        assertEquals(1, lesson.releases(), "the overtaken playback is released");
    }

    @Test
    void editsFasterThanTheWorkerArePreparedOnceWithTheNewestValues() {
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> fxThread = new ArrayDeque<>();
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.of(background::add, fxThread::add));
        for (int steps = 6; steps <= 9; steps++) {
            vm.set(FixtureLesson.STEPS, steps);
        }
        assertEquals(5, background.size(), "every edit asks for a preparation");
        runAll(background);
        runAll(fxThread);
        assertEquals(1, lesson.preparations(), "the overtaken preparations are skipped before they start");
        assertEquals(9, vm.transport().getStepCount());
        assertFalse(vm.computingProperty().get());
    }

    @Test
    void theReplacedPlaybackIsReleasedOnceTheNewOneIsShown() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        Playback first = vm.playbackProperty().get();
        vm.set(FixtureLesson.STEPS, 8);
        assertNotSame(first, vm.playbackProperty().get());
        assertEquals(1, lesson.releases());
    }

    private static void runAll(Queue<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.remove().run();
        }
    }
}
