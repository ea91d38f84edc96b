package org.convatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** Which playback steps a selection picks, and how the command line writes selections. */
class StepSelectionTest {

    @Test
    void picksTheCurrentStepAllStepsOrARangeCountedFromOne() {
        assertEquals(List.of(3L), StepSelection.current().steps(10, 3));
        assertEquals(List.of(0L, 1L, 2L), StepSelection.all().steps(3, 1));
        assertEquals(List.of(1L, 2L, 3L), StepSelection.range(2, 4).steps(10, 0));
    }

    @Test
    void thinnedSelectionsStillEndOnTheirLastStep() {
        assertEquals(List.of(0L, 3L, 6L, 9L), StepSelection.all().every(3).steps(10, 0));
        assertEquals(List.of(0L, 4L, 8L, 9L), StepSelection.all().every(4).steps(10, 0));
        assertEquals(List.of(0L), StepSelection.all().every(5).steps(1, 0));
    }

    @Test
    void parsesTheCommandLineForms() {
        assertEquals(StepSelection.all(), StepSelection.parse("all"));
        assertEquals(StepSelection.current(), StepSelection.parse("current"));
        assertEquals(StepSelection.range(3, 7), StepSelection.parse("3-7"));
    }

    @Test
    void refusesWhatIsNoSelectionOrGoesPastTheLastStep() {
        for (String text : List.of("", "some", "3", "3-", "-3", "1-2-3", "5-2", "0-2")) {
            assertThrows(InvalidArgumentException.class, () -> StepSelection.parse(text), text);
        }
        assertThrows(InvalidArgumentException.class, () -> StepSelection.all().every(0));
        assertThrows(InvalidArgumentException.class, () -> StepSelection.range(2, 11).steps(10, 0));
    }
}
