package org.convatlas.ui;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;

/**
 * Makes the screenshots of the README: the real window, on a real display (run it under Xvfb), for each lesson
 * shot in each language and theme, in a window of 1280×800 and one of 1920×1080 (each laid out at that size from the
 * start), saved as {@code <lesson>-<preset>-<language>-<theme>-<w>x<h>.png}; or, with {@code --projector}, in a
 * window of a projector's 1024×768 in English light and Chinese dark, the atlas hidden as the app starts there. Run by {@code tools/screenshots.sh}; not a
 * test.
 *
 * <p>Arguments: {@code --projector} or not, the output folder, then shots as {@code lesson-id:preset-name:step},
 * where the preset name is the last part of its bundle key and the step counts from 1. Like the app's launcher, the main class does not extend
 * {@link Application}, so that JavaFX may sit on the plain class path.
 */
public final class Screenshots {

    private static final int[][] SIZES = {{1280, 800}, {1920, 1080}};
    private static final int[][] PROJECTOR = {{1024, 768}};
    /** How long a frame is given to lay itself out and typeset its formula before the shot, in milliseconds. */
    private static final long SETTLE_MILLIS = 700;

    private record Shot(String lesson, String preset, long step) {

        static Shot parse(String text) {
            String[] parts = text.split(":");
            return new Shot(parts[0], parts[1], Long.parseLong(parts[2]));
        }
    }

    /** One window of one size, over the built-in lessons. */
    private record Window(Stage stage, MainViewModel model, MainWindow main, I18n i18n) {

        static Window open(int width, int height, boolean projector) {
            I18n i18n = new I18n(Locale.ENGLISH);
            MainViewModel model = new MainViewModel(LessonRegistry.builtIn(), TaskExecutor.currentThread());
            // as the app starts on a projector's screen: the stage has the atlas's width (Ctrl+L brings it back)
            model.atlasShownProperty().set(!projector);
            MainWindow main = new MainWindow(model, i18n);
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            main.show(stage);
            return new Window(stage, model, main, i18n);
        }

        /** Shows {@code shot} in {@code language} and {@code theme}. */
        void show(Shot shot, Locale language, AppTheme theme) {
            i18n.setLocale(language);
            model.setTheme(theme);
            main.open(shot.lesson());
            LessonViewModel lesson = model.getCurrentLesson();
            lesson.apply(preset(lesson, shot.preset()));
            lesson.transport().goTo(shot.step() - 1);
        }
    }

    private Screenshots() {
    }

    public static void main(String[] args) {
        Application.launch(Shooter.class, args);
    }

    /** The application that opens the windows and takes the shots, from a thread of its own. */
    public static final class Shooter extends Application {

        @Override
        public void start(Stage primary) {
            Platform.setImplicitExit(false);
            AppFonts.load();
            List<String> raw = getParameters().getRaw();
            boolean projector = raw.get(0).equals("--projector");
            List<String> args = projector ? raw.subList(1, raw.size()) : raw;
            File folder = new File(args.get(0));
            List<Shot> shots = args.subList(1, args.size()).stream().map(Shot::parse).toList();
            Thread shooter = new Thread(() -> {
                try {
                    shootAll(folder, shots, projector);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    Platform.exit();
                }
            });
            shooter.setDaemon(true);
            shooter.start();
        }
    }

    private static void shootAll(File folder, List<Shot> shots, boolean projector)
            throws IOException, InterruptedException {
        for (int[] size : projector ? PROJECTOR : SIZES) {
            Window window = FxThread.call(() -> Window.open(size[0], size[1], projector));
            for (Locale language : I18n.SUPPORTED) {
                for (AppTheme theme : AppTheme.values()) {
                    // a projector's shots: English in the light theme, Chinese in the dark one
                    if (projector && (language.equals(Locale.ENGLISH) != (theme == AppTheme.LIGHT))) {
                        continue;
                    }
                    for (Shot shot : shots) {
                        FxThread.call(() -> {
                            window.show(shot, language, theme);
                            return null;
                        });
                        Thread.sleep(SETTLE_MILLIS);
                        WritableImage image = FxThread.call(() -> window.stage().getScene().snapshot(null));
                        String name = shot.lesson() + "-" + shot.preset() + "-" + language.getLanguage() + "-"
                                + theme.name().toLowerCase(Locale.ROOT) + "-" + size[0] + "x" + size[1] + ".png";
                        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(folder, name));
                        System.out.println("wrote " + name);
                    }
                }
            }
            FxThread.call(() -> {
                window.stage().close();
                return null;
            });
        }
    }

    private static Preset preset(LessonViewModel lesson, String name) {
        return lesson.lesson().presets().stream().filter(p -> p.labelKey().endsWith("." + name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preset " + name + " in " + lesson.lesson().id()));
    }
}
