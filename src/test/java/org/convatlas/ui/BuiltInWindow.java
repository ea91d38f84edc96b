package org.convatlas.ui;

import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.TaskExecutor;

/**
 * The ConvAtlas window over the built-in lessons, as the application opens it, for the window tests: the lessons
 * are prepared on the calling thread, so that a test sees a new playback as soon as its change is made.
 *
 * @param model  the window's view model
 * @param window the window
 */
record BuiltInWindow(MainViewModel model, MainWindow window) {

    /** Loads the shipped fonts and shows the window in {@code stage}, in the language of {@code i18n}. */
    static BuiltInWindow show(Stage stage, I18n i18n) {
        AppFonts.load();
        MainViewModel model = new MainViewModel(LessonRegistry.builtIn(), TaskExecutor.currentThread());
        MainWindow window = new MainWindow(model, i18n);
        window.show(stage);
        return new BuiltInWindow(model, window);
    }
}
