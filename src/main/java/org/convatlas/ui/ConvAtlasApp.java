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
 * The ConvAtlas application: opens the window over the built-in lessons in the machine's language. Lessons are
 * prepared on one worker thread and handed back to the JavaFX thread.
 */
public class ConvAtlasApp extends Application {

    private ExecutorService worker;

    @Override
    public void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "lesson-worker");
            thread.setDaemon(true);
            return thread;
        });
        MainViewModel model = new MainViewModel(LessonRegistry.builtIn(),
                TaskExecutor.of(worker, Platform::runLater));
        MainWindow window = new MainWindow(model, I18n.forSystemLocale());
        window.show(stage);
        shown(stage, model, window);
    }

    /** Called once the window is shown; nothing happens here, an application that measures the window starts there. */
    protected void shown(Stage stage, MainViewModel model, MainWindow window) {
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
