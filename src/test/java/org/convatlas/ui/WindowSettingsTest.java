package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the window remembers from one start to the next, kept in a preferences node of the test's own. */
@ExtendWith(ApplicationExtension.class)
class WindowSettingsTest {

    private final Preferences store = Preferences.userRoot().node("org/convatlas/test/settings-" + System.nanoTime());
    /** A window of the test's own, so that what it follows ends with the test. */
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @AfterEach
    void removeTheStore() throws BackingStoreException {
        store.removeNode();
    }

    private static MainViewModel model() {
        return new MainViewModel(LessonRegistry.builtIn(), TaskExecutor.currentThread());
    }

    @Test
    void aFirstStartIsInTheDefaultsOnTheFirstLesson() {
        WindowSettings settings = new WindowSettings(store);
        MainViewModel model = model();
        settings.restore(model);
        assertEquals(AppTheme.LIGHT, model.themeProperty().get());
        assertEquals(MainViewModel.DEFAULT_FONT_SIZE, model.fontSizeProperty().get());
        assertTrue(model.inspectorShownProperty().get());
        assertEquals(Screen.getPrimary().getVisualBounds().getWidth() >= 1200, model.atlasShownProperty().get(),
                "the atlas beside the lesson on a wide screen only");
        assertEquals(LessonRegistry.builtIn().lessons().get(0).id(),
                settings.lesson(model.registry()).orElseThrow().id());
        assertEquals(I18n.forSystemLocale().getLocale(), settings.language().getLocale());
    }

    @Test
    void aFirstStartFillsAProjectorsScreen(FxRobot robot) {
        WindowSettings settings = new WindowSettings(store);
        robot.interact(() -> settings.place(stage));
        boolean maximized = stage.isMaximized();
        robot.interact(() -> stage.setMaximized(false));
        assertEquals(Screen.getPrimary().getVisualBounds().getWidth() < 1200, maximized,
                "maximized on a screen too narrow for the atlas beside a lesson");
    }

    @Test
    void whatChangesIsThereAtTheNextStart(FxRobot robot) {
        WindowSettings first = new WindowSettings(store);
        MainViewModel before = model();
        I18n i18n = new I18n(Locale.ENGLISH);
        robot.interact(() -> {
            first.follow(i18n, before, stage);
            before.setTheme(AppTheme.DARK);
            before.zoomIn();
            before.atlasShownProperty().set(false);
            before.open(before.registry().find("pooling").orElseThrow());
            i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            stage.setWidth(1111);
            stage.setHeight(777);
        });
        first.flush();

        WindowSettings next = new WindowSettings(store);
        MainViewModel after = model();
        next.restore(after);
        assertEquals(AppTheme.DARK, after.themeProperty().get());
        assertEquals(MainViewModel.DEFAULT_FONT_SIZE + MainViewModel.ZOOM_STEP, after.fontSizeProperty().get());
        assertFalse(after.atlasShownProperty().get());
        assertTrue(after.inspectorShownProperty().get());
        assertEquals("pooling", next.lesson(after.registry()).orElseThrow().id());
        assertEquals(Locale.SIMPLIFIED_CHINESE, next.language().getLocale());
        assertEquals("1111.0", store.get("width", null));
        assertEquals("777.0", store.get("height", null));
    }

    @Test
    void rememberedValuesThatNoLongerMakeSenseFallBackToTheDefaults() {
        store.put("theme", "PURPLE");
        store.put("fontSize", "many");
        store.put("lesson", "a-lesson-since-removed");
        store.put("language", "xx");
        WindowSettings settings = new WindowSettings(store);
        MainViewModel model = model();
        settings.restore(model);
        assertEquals(AppTheme.LIGHT, model.themeProperty().get());
        assertEquals(MainViewModel.DEFAULT_FONT_SIZE, model.fontSizeProperty().get());
        assertEquals(LessonRegistry.builtIn().lessons().get(0).id(),
                settings.lesson(model.registry()).orElseThrow().id());
        assertEquals(Locale.ENGLISH, settings.language().getLocale());
    }

    @Test
    void theDefaultsRememberNothing(FxRobot robot) {
        WindowSettings defaults = WindowSettings.defaults();
        MainViewModel model = model();
        robot.interact(() -> {
            defaults.follow(new I18n(Locale.ENGLISH), model, stage);
            model.setTheme(AppTheme.DARK);
        });
        defaults.flush();
        MainViewModel again = model();
        WindowSettings.defaults().restore(again);
        assertEquals(AppTheme.LIGHT, again.themeProperty().get());
    }
}
