package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TransportViewModelTest {

    private static TransportViewModel withSteps(long count) {
        TransportViewModel transport = new TransportViewModel();
        transport.setStepCount(count);
        return transport;
    }

    @Test
    void steppingIsClampedToTheSteps() {
        TransportViewModel t = withSteps(3);
        t.stepBack();
        assertEquals(0, t.getCurrentStep());
        t.stepForward();
        t.stepForward();
        t.stepForward();
        assertEquals(2, t.getCurrentStep());
        t.goTo(-7);
        assertEquals(0, t.getCurrentStep());
        t.goTo(99);
        assertEquals(2, t.getCurrentStep());
        t.first();
        assertEquals(0, t.getCurrentStep());
        t.last();
        assertEquals(2, t.getCurrentStep());
    }

    @Test
    void firstAndLastAreKnown() {
        TransportViewModel t = withSteps(3);
        assertTrue(t.atFirstProperty().get());
        assertFalse(t.atLastProperty().get());
        t.last();
        assertFalse(t.atFirstProperty().get());
        assertTrue(t.atLastProperty().get());
    }

    @Test
    void fewerStepsMoveTheCurrentStepBack() {
        TransportViewModel t = withSteps(10);
        t.goTo(8);
        t.setStepCount(4);
        assertEquals(3, t.getCurrentStep());
        t.setStepCount(0);
        assertEquals(0, t.getCurrentStep());
        t.stepForward();
        assertEquals(0, t.getCurrentStep());
    }

    @Test
    void playingAdvancesBySpeedTimesTimeAndCarriesFractions() {
        TransportViewModel t = withSteps(100);
        t.setSpeed(4);
        t.play();
        t.advance(0.1); // 0.4 of a step
        assertEquals(0, t.getCurrentStep());
        t.advance(0.2); // 1.2 steps in all
        assertEquals(1, t.getCurrentStep());
        t.advance(1.0); // 5.2 steps in all
        assertEquals(5, t.getCurrentStep());
        assertTrue(t.isPlaying());
    }

    @Test
    void playingStopsAtTheLastStepAndRestartsFromTheFirst() {
        TransportViewModel t = withSteps(5);
        t.setSpeed(1000);
        t.play();
        t.advance(10);
        assertEquals(4, t.getCurrentStep());
        assertFalse(t.isPlaying());
        t.togglePlaying();
        assertTrue(t.isPlaying());
        assertEquals(0, t.getCurrentStep());
    }

    @Test
    void pausedTransportIgnoresTime() {
        TransportViewModel t = withSteps(5);
        t.advance(3);
        assertEquals(0, t.getCurrentStep());
    }

    @Test
    void steppingByHandPauses() {
        TransportViewModel t = withSteps(5);
        t.play();
        t.stepForward();
        assertFalse(t.isPlaying());
        assertEquals(1, t.getCurrentStep());
    }

    @Test
    void scrubbingKeepsPlaying() {
        TransportViewModel t = withSteps(50);
        t.play();
        t.goTo(30);
        assertTrue(t.isPlaying());
        assertEquals(30, t.getCurrentStep());
    }

    @Test
    void oneStepCannotPlay() {
        TransportViewModel t = withSteps(1);
        t.play();
        assertFalse(t.isPlaying());
    }

    @Test
    void stepsBeyondTheIntRangeWork() {
        long huge = 3L * Integer.MAX_VALUE;
        TransportViewModel t = withSteps(huge);
        t.last();
        assertEquals(huge - 1, t.getCurrentStep());
    }

    @Test
    void badArgumentsAreRefused() {
        TransportViewModel t = new TransportViewModel();
        assertThrows(IllegalArgumentException.class, () -> t.setStepCount(-1));
        assertThrows(IllegalArgumentException.class, () -> t.setSpeed(0));
        assertThrows(IllegalArgumentException.class, () -> t.setSpeed(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> t.setSpeed(Double.POSITIVE_INFINITY));
    }

    @Test
    void theSpeedPlaysALessonThroughInSecondsUntilTheUserChoosesOne() {
        assertEquals(1.0, TransportViewModel.speedFor(4), "four steps, one a second");
        assertEquals(2.0, TransportViewModel.speedFor(25));
        assertEquals(4.0, TransportViewModel.speedFor(80));
        assertEquals(16384.0, TransportViewModel.speedFor(260_100), "a 512x512 picture in 16 seconds");
        assertEquals(16384.0, TransportViewModel.speedFor(Long.MAX_VALUE), "the fastest there is");
        TransportViewModel t = new TransportViewModel();
        t.setStepCount(4);
        assertEquals(1.0, t.speedProperty().get());
        t.setStepCount(4096);
        assertEquals(256.0, t.speedProperty().get(), "a preset that makes many more steps plays faster");
        t.setSpeed(8);
        t.setStepCount(4);
        assertEquals(8.0, t.speedProperty().get(), "the user's choice stays");
    }
}
