package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.FixtureLesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.TaskExecutor;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final FixtureLesson first = new FixtureLesson("first", Chapter.BASICS);
    private final FixtureLesson second = new FixtureLesson("second", Chapter.UPSAMPLING);
    private final MainViewModel model =
            new MainViewModel(new LessonRegistry(List.of(first, second)), TaskExecutor.currentThread());

    @Test
    void startsWithNoLessonInTheLightThemeAtTheDefaultSize() {
        assertNull(model.getCurrentLesson());
        assertEquals(AppTheme.LIGHT, model.themeProperty().get());
        assertEquals(MainViewModel.DEFAULT_FONT_SIZE, model.fontSizeProperty().get());
    }

    @Test
    void aReopenedLessonComesBackAsItWasLeftAndTheLeftOneIsPaused() {
        model.open(first);
        LessonViewModel opened = model.getCurrentLesson();
        opened.set(FixtureLesson.STEPS, 9);
        opened.transport().goTo(4);
        opened.transport().play();
        int preparations = first.preparations();

        model.open(second);
        assertFalse(opened.transport().isPlaying());
        assertEquals("second", model.getCurrentLesson().lesson().id());

        model.open(first);
        assertSame(opened, model.getCurrentLesson());
        assertEquals(4, opened.transport().getCurrentStep());
        assertEquals(preparations, first.preparations(), "reopening prepares nothing again");
    }

    @Test
    void zoomStaysWithinItsRange() {
        for (int i = 0; i < 100; i++) {
            model.zoomIn();
        }
        assertEquals(MainViewModel.MAX_FONT_SIZE, model.fontSizeProperty().get());
        for (int i = 0; i < 100; i++) {
            model.zoomOut();
        }
        assertEquals(MainViewModel.MIN_FONT_SIZE, model.fontSizeProperty().get());
        model.resetZoom();
        assertEquals(MainViewModel.DEFAULT_FONT_SIZE, model.fontSizeProperty().get());
    }
}
