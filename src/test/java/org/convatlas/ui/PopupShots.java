package org.convatlas.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.imagefilter.ImageFilterLesson;

/**
 * Photographs every {@link Popup} of the window from the screen, in each look asked for: the real window on a real X
 * display with JavaFX's own platform (run it under Xvfb, with {@code -Dprism.order=sw} for the software renderer of
 * machines without a GPU), the image lesson open so that every menu item is enabled. Saves each as
 * {@code <language>-<theme>-<popup>.png} (see {@link Popup#fileName}) and, in {@value #BACKGROUNDS}, the background
 * colour each popup's content paints, as {@code #rrggbb}. Run by {@code PopupsOnScreenTest} in a JVM of its own and
 * by {@code tools/popup-screenshots.sh}; not a test.
 *
 * <p>Arguments: the output folder, then looks such as {@code en-light} and {@code zh-dark}. Exits with status 1 when a
 * popup could not be opened or saved. Like the app's launcher, the main class does not extend {@link Application}.
 */
public final class PopupShots {

    /** The file, in the output folder, of the background colours. */
    static final String BACKGROUNDS = "backgrounds.properties";

    /** A language and a theme, named like {@code zh-dark}. */
    record Look(Locale language, AppTheme theme) {

        static Look parse(String name) {
            String[] parts = name.split("-");
            Locale language = I18n.SUPPORTED.stream().filter(l -> l.getLanguage().equals(parts[0])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no language " + parts[0]));
            return new Look(language, AppTheme.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }

        String name() {
            return language.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT);
        }
    }

    private static volatile int status;

    private PopupShots() {
    }

    public static void main(String[] args) {
        Application.launch(Shooter.class, args);
        System.exit(status);
    }

    /** Opens the window, then shoots from a thread of its own. */
    public static final class Shooter extends Application {

        @Override
        public void start(Stage primary) throws IOException {
            AppFonts.load();
            List<String> args = getParameters().getRaw();
            Path folder = Path.of(args.get(0));
            List<Look> looks = args.subList(1, args.size()).stream().map(Look::parse).toList();
            I18n i18n = new I18n(Locale.ENGLISH);
            MainViewModel model = new MainViewModel(LessonRegistry.builtIn(), TaskExecutor.currentThread());
            MainWindow window = new MainWindow(model, i18n);
            window.show(primary);
            window.open(ImageFilterLesson.ID);
            Path folderOfBroken = Files.createTempDirectory("popup-shots");
            folderOfBroken.toFile().deleteOnExit();
            // named the same in every run, so that the alert reads the same in every picture
            Path broken = Files.writeString(folderOfBroken.resolve("not-a-picture.png"), "not a picture");
            broken.toFile().deleteOnExit();
            PopupDriver driver = new PopupDriver(primary, window, new Robot(), broken);
            Thread shooter = new Thread(() -> {
                try {
                    shootAll(folder, looks, driver, look -> {
                        i18n.setLocale(look.language());
                        model.setTheme(look.theme());
                    });
                } catch (IOException | InterruptedException | RuntimeException e) {
                    e.printStackTrace();
                    status = 1;
                } finally {
                    Platform.exit();
                }
            }, "popup-shooter");
            shooter.setDaemon(true);
            shooter.start();
        }
    }

    /** Shoots every popup in each of {@code looks}, which {@code dress} puts the window in. */
    private static void shootAll(Path folder, List<Look> looks, PopupDriver driver, Consumer<Look> dress)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Properties backgrounds = new Properties();
        for (Look look : looks) {
            FxThread.run(() -> dress.accept(look));
            for (Popup popup : Popup.values()) {
                popup.open(driver);
                PopupDriver.Shot shot = driver.shoot();
                String name = popup.fileName(look);
                ImageIO.write(SwingFXUtils.fromFXImage(shot.picture(), null), "png", folder.resolve(name).toFile());
                backgrounds.setProperty(name, hex(shot.background()));
                driver.closeAll();
                System.out.println("shot " + name);
            }
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(BACKGROUNDS))) {
            backgrounds.store(out, "the background colour each popup's content paints");
        }
    }

    /** {@code colour} as {@code #rrggbb}, its opacity left out. */
    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }
}
