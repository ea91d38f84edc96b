package org.convatlas.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;

/**
 * What the window remembers from one start to the next, in the user's preferences: the language, the theme, the type
 * size, which side panes are shown, the window's place and size, and the lesson last open. A first start (or a
 * remembered value that no longer makes sense: a lesson since removed, a window off every screen) falls back to the
 * defaults: the machine's language, the light theme, the default type size, the first lesson, the atlas shown on a
 * screen at least {@link #WIDE_SCREEN} pixels wide, a window sized to the screen. A store that cannot be written is ignored; {@link #defaults()} remembers nothing.
 */
public final class WindowSettings {

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String FONT_SIZE = "fontSize";
    private static final String ATLAS = "atlasShown";
    private static final String INSPECTOR = "inspectorShown";
    private static final String LESSON = "lesson";
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    /** The narrowest screen, in pixels, on which the atlas is shown from the first start. */
    private static final double WIDE_SCREEN = 1200;

    /** Where the settings are kept, or null to keep none. */
    private final Preferences store;

    /** Settings kept in {@code store}. */
    WindowSettings(Preferences store) {
        this.store = store;
    }

    /** The user's settings of the app. */
    static WindowSettings ofUser() {
        return new WindowSettings(Preferences.userNodeForPackage(WindowSettings.class));
    }

    /** The defaults, every time: for windows that measure or test the app and must not change what a user keeps. */
    public static WindowSettings defaults() {
        return new WindowSettings(null);
    }

    /** The language to start in: the one last used, else the machine's. */
    I18n language() {
        String tag = get(LANGUAGE);
        return tag == null ? I18n.forSystemLocale() : new I18n(I18n.supported(Locale.forLanguageTag(tag)));
    }

    /** Puts the remembered theme, type size and side panes into {@code model}. */
    void restore(MainViewModel model) {
        String theme = get(THEME);
        model.setTheme(Arrays.stream(AppTheme.values()).filter(t -> t.name().equals(theme)).findFirst()
                .orElse(AppTheme.LIGHT));
        model.setFontSize(number(FONT_SIZE, MainViewModel.DEFAULT_FONT_SIZE));
        String atlas = get(ATLAS);
        model.atlasShownProperty().set(atlas == null ? roomForTheAtlas() : Boolean.parseBoolean(atlas));
        model.inspectorShownProperty().set(!"false".equals(get(INSPECTOR)));
    }

    /**
     * Whether the screen is wide enough to show the atlas beside a lesson from the start: on a projector's 1024 or
     * 1152 pixels the stage needs the atlas's width, and the atlas is a click (or Ctrl+L) away.
     */
    private static boolean roomForTheAtlas() {
        return Screen.getPrimary().getVisualBounds().getWidth() >= WIDE_SCREEN;
    }

    /** The lesson to open: the one last open, else the first of {@code registry}; empty without lessons. */
    Optional<Lesson> lesson(LessonRegistry registry) {
        String last = get(LESSON);
        return registry.find(last == null ? "" : last).or(() -> registry.lessons().stream().findFirst());
    }

    /**
     * Puts the window where it was, at the size it had, if that is still on a screen; the first time, a projector's
     * screen is filled (maximized), as every pixel of its 1024×768 counts.
     */
    void place(Stage stage) {
        double width = number(WIDTH, -1);
        double height = number(HEIGHT, -1);
        double x = number(X, 0);
        double y = number(Y, 0);
        if (width > 0 && height > 0 && !Screen.getScreensForRectangle(x, y, width, height).isEmpty()) {
            Rectangle2D screen = Screen.getScreensForRectangle(x, y, width, height).get(0).getVisualBounds();
            stage.setWidth(Math.min(width, screen.getWidth()));
            stage.setHeight(Math.min(height, screen.getHeight()));
            stage.setX(Math.max(screen.getMinX(), x));
            stage.setY(Math.max(screen.getMinY(), y));
        }
        String maximized = get(MAXIMIZED);
        stage.setMaximized(maximized == null ? !roomForTheAtlas() : Boolean.parseBoolean(maximized));
    }

    /** Remembers every later change of the language, the model's settings, the open lesson and the window. */
    void follow(I18n i18n, MainViewModel model, Stage stage) {
        i18n.localeProperty().subscribe(locale -> save(LANGUAGE, locale.toLanguageTag()));
        model.themeProperty().subscribe(theme -> save(THEME, theme.name()));
        model.fontSizeProperty().subscribe(size -> save(FONT_SIZE, String.valueOf(size)));
        model.atlasShownProperty().subscribe(shown -> save(ATLAS, String.valueOf(shown)));
        model.inspectorShownProperty().subscribe(shown -> save(INSPECTOR, String.valueOf(shown)));
        model.currentLessonProperty().subscribe(lesson -> {
            if (lesson != null) {
                save(LESSON, lesson.lesson().id());
            }
        });
        stage.maximizedProperty().subscribe(maximized -> save(MAXIMIZED, String.valueOf(maximized)));
        stage.xProperty().subscribe(x -> saveBounds(stage));
        stage.yProperty().subscribe(y -> saveBounds(stage));
        stage.widthProperty().subscribe(w -> saveBounds(stage));
        stage.heightProperty().subscribe(h -> saveBounds(stage));
    }

    /** The window's bounds while it is neither maximized nor full screen: those to come back to. */
    private void saveBounds(Stage stage) {
        if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            save(X, String.valueOf(stage.getX()));
            save(Y, String.valueOf(stage.getY()));
            save(WIDTH, String.valueOf(stage.getWidth()));
            save(HEIGHT, String.valueOf(stage.getHeight()));
        }
    }

    private String get(String key) {
        return store == null ? null : store.get(key, null);
    }

    /** The number kept under {@code key}, or {@code otherwise} if there is none or it is not a number. */
    private int number(String key, int otherwise) {
        String text = get(key);
        try {
            return text == null ? otherwise : (int) Math.round(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private void save(String key, String value) {
        if (store != null && !value.equals(store.get(key, null))) {
            store.put(key, value);
        }
    }

    /** Writes what changed to the store now (it is also written when the program ends). */
    void flush() {
        try {
            if (store != null) {
                store.flush();
            }
        } catch (BackingStoreException | IllegalStateException unwritable) {
            // the settings are a convenience: a store that cannot be written loses them, nothing else
        }
    }
}
