package org.convatlas.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.TaskExecutor;

/**
 * The ConvAtlas application: opens the window over the built-in lessons as the user left it (language, theme, type
 * size, panes, place, lesson; see {@link WindowSettings}), on the first lesson the first time. Lessons are
 * prepared on one worker thread and handed back to the JavaFX thread.
 */
public class ConvAtlasApp extends Application {

    private ExecutorService worker;
    private WindowSettings settings;

    @Override
    public void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "lesson-worker");
            thread.setDaemon(true);
            return thread;
        });
        MainViewModel model = new MainViewModel(LessonRegistry.builtIn(),
                TaskExecutor.of(worker, Platform::runLater));
        settings = settings();
        I18n i18n = settings.language();
        settings.restore(model);
        MainWindow window = new MainWindow(model, i18n);
        settings.place(stage);
        window.show(stage);
        settings.lesson(model.registry()).ifPresent(lesson -> window.open(lesson.id()));
        settings.follow(i18n, model, stage);
        shown(stage, model, window);
    }

    /** What the window remembers from one start to the next: the user's settings. */
    protected WindowSettings settings() {
        return WindowSettings.ofUser();
    }

    /** Called once the window is shown; nothing happens here, an application that measures the window starts there. */
    protected void shown(Stage stage, MainViewModel model, MainWindow window) {
    }

    @Override
    public void stop() {
        if (settings != null) {
            settings.flush();
        }
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
