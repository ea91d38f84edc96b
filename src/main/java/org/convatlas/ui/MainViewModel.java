package org.convatlas.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.TaskExecutor;

/**
 * The state of the window: the open lesson, the theme, the size of type and which side panes (the atlas on the left,
 * the inspector on the right) are shown. A lesson opened again comes back as it
 * was left (its values and step); the one left is paused. Knows no scene-graph node.
 */
public final class MainViewModel {

    /** The type size the window starts at, in pixels: large enough to read on a projector. */
    public static final int DEFAULT_FONT_SIZE = 16;
    public static final int MIN_FONT_SIZE = 10;
    public static final int MAX_FONT_SIZE = 40;
    /** How much one zoom step changes the type size, in pixels. */
    public static final int ZOOM_STEP = 2;

    private final LessonRegistry registry;
    private final TaskExecutor tasks;
    private final Map<String, LessonViewModel> opened = new HashMap<>();

    private final ReadOnlyObjectWrapper<LessonViewModel> currentLesson =
            new ReadOnlyObjectWrapper<>(this, "currentLesson");
    private final ReadOnlyObjectWrapper<AppTheme> theme = new ReadOnlyObjectWrapper<>(this, "theme", AppTheme.LIGHT);
    private final ReadOnlyIntegerWrapper fontSize = new ReadOnlyIntegerWrapper(this, "fontSize", DEFAULT_FONT_SIZE);
    private final BooleanProperty atlasShown = new SimpleBooleanProperty(this, "atlasShown", true);
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(this, "inspectorShown", true);

    /** A window over {@code registry}'s lessons, preparing their playbacks through {@code tasks}. */
    public MainViewModel(LessonRegistry registry, TaskExecutor tasks) {
        this.registry = registry;
        this.tasks = tasks;
    }

    public LessonRegistry registry() {
        return registry;
    }

    /** The open lesson, or null before one is chosen. */
    public ReadOnlyObjectProperty<LessonViewModel> currentLessonProperty() {
        return currentLesson.getReadOnlyProperty();
    }

    public LessonViewModel getCurrentLesson() {
        return currentLesson.get();
    }

    public ReadOnlyObjectProperty<AppTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The base type size in pixels; everything in the window scales with it. */
    public ReadOnlyIntegerProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    /** Whether the atlas of lessons is shown on the left; hidden, the stage has its width. */
    public BooleanProperty atlasShownProperty() {
        return atlasShown;
    }

    /** Whether the inspector is shown on the right; hidden, the stage has its width. */
    public BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    /** Opens {@code lesson} (as it was left, if it was open before) and pauses the one shown so far. */
    public void open(Lesson lesson) {
        LessonViewModel leaving = currentLesson.get();
        if (leaving != null) {
            leaving.transport().pause();
        }
        currentLesson.set(opened.computeIfAbsent(lesson.id(), id -> new LessonViewModel(lesson, tasks)));
    }

    /** The lesson a picture opened now goes to: the open lesson if it takes one, else the first one that does. */
    public Optional<Lesson> lessonTakingImages() {
        LessonViewModel current = currentLesson.get();
        if (current != null && current.imageParameter().isPresent()) {
            return Optional.of(current.lesson());
        }
        return registry.lessons().stream().filter(l -> l.imageParameter().isPresent()).findFirst();
    }

    public void setTheme(AppTheme newTheme) {
        theme.set(newTheme);
    }

    /** Makes the type one step larger, up to {@link #MAX_FONT_SIZE}. */
    public void zoomIn() {
        fontSize.set(Math.min(MAX_FONT_SIZE, fontSize.get() + ZOOM_STEP));
    }

    /** Makes the type one step smaller, down to {@link #MIN_FONT_SIZE}. */
    public void zoomOut() {
        fontSize.set(Math.max(MIN_FONT_SIZE, fontSize.get() - ZOOM_STEP));
    }

    /** Sets the type size, kept within {@link #MIN_FONT_SIZE} and {@link #MAX_FONT_SIZE}. */
    public void setFontSize(int size) {
        fontSize.set(Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size)));
    }

    /** Back to {@link #DEFAULT_FONT_SIZE}. */
    public void resetZoom() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }
}
