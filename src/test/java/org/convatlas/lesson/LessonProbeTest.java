package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.junit.jupiter.api.Test;

/** Hovering and pinning a cell of the figure, through the lesson view model. */
class LessonProbeTest {

    private static final Hit FIRST = new Hit(Role.OUTPUT, Coordinates.of(0, 0, 1));
    private static final Hit SECOND = new Hit(Role.INPUT, Coordinates.of(0, 2, 2));

    /** Plays 5 steps; its formula says the step, and the probed cell when there is one. */
    private static final Lesson PROBED = new Lesson() {
        @Override
        public LessonInfo info() {
            return new LessonInfo("probed", Chapter.BASICS, List.of(FixtureLesson.STEPS), List.of());
        }

        @Override
        public Playback prepare(ParameterValues values) {
            return new Playback() {
                @Override
                public long stepCount() {
                    return values.get(FixtureLesson.STEPS);
                }

                @Override
                public Frame frame(long step) {
                    return new Frame(Figure.NONE, List.of(), "step " + step);
                }

                @Override
                public Frame probe(long step, Hit hit) {
                    return new Frame(Figure.NONE, List.of(), "step " + step + " at " + hit.role() + hit.at());
                }
            };
        }
    };

    private final LessonViewModel vm = new LessonViewModel(PROBED, TaskExecutor.currentThread());

    @Test
    void hoveringShowsTheProbeWithoutMovingTheTransport() {
        vm.transport().goTo(2);
        vm.hover(FIRST);
        assertEquals("step 2 at OUTPUT(0, 0, 1)", vm.formulaProperty().get());
        assertEquals(2, vm.transport().getCurrentStep());
        vm.hover(null);
        assertEquals("step 2", vm.formulaProperty().get());
    }

    @Test
    void aClickPinsTheCellUntilItIsClickedAgain() {
        vm.pin(FIRST);
        assertTrue(vm.pinnedProperty().get());
        vm.hover(SECOND);
        assertEquals(FIRST, vm.probeProperty().get(), "the pointer moves on, the pin holds");
        vm.pin(SECOND);
        assertEquals(SECOND, vm.probeProperty().get(), "a click on another cell moves the pin");
        assertTrue(vm.pinnedProperty().get());
        vm.pin(SECOND);
        assertFalse(vm.pinnedProperty().get(), "a click on the pinned cell releases it");
        assertEquals(SECOND, vm.probeProperty().get(), "back to the cell under the pointer");
        vm.pin(FIRST);
        vm.pin(null);
        assertFalse(vm.pinnedProperty().get(), "a click beside the cells releases it");
        assertNull(vm.probeProperty().get());
    }

    @Test
    void movingTheTransportOrChangingAValueEndsTheProbe() {
        vm.pin(FIRST);
        vm.transport().stepForward();
        assertNull(vm.probeProperty().get());
        assertFalse(vm.pinnedProperty().get());
        assertEquals("step 1", vm.formulaProperty().get());

        vm.hover(SECOND);
        vm.set(FixtureLesson.STEPS, 9);
        assertNull(vm.probeProperty().get());
        assertEquals("step 1", vm.formulaProperty().get());
    }
}
