package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every popup of the window is drawn on a real screen: menus, submenus, dialogs, an alert, a drop-down list and a
 * tooltip are separate windows, which the headless tests on Monocle never put on a display. Here the window runs in a
 * JVM of its own on an Xvfb display this test starts, with JavaFX's GTK platform and its software renderer (as on a
 * machine without a GPU); {@link PopupShots} photographs each popup from the screen, in English with the light theme
 * and in Chinese with the dark one, into {@code target/popup-shots}, where the pictures stay to be looked at. Each
 * picture must show the background colour the popup paints, not one dark colour all over, and text standing out from
 * it.
 */
@EnabledOnOs(OS.LINUX)
class PopupsOnScreenTest {

    private static final Path SHOTS = Path.of("target", "popup-shots");
    private static final List<String> LOOKS = List.of("en-light", "zh-dark");
    /** The screen: the floor of the design, 1280×800, a common projector's. */
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    /** The least share of a popup's pixels that must stand out from its background as text does. */
    private static final double MIN_INK = 0.01;

    private static final Properties backgrounds = new Properties();

    @BeforeAll
    static void shootEveryPopup() throws IOException, InterruptedException {
        Files.createDirectories(SHOTS);
        Path log = SHOTS.resolve("shots.log");
        try (VirtualDisplay display = VirtualDisplay.start(WIDTH, HEIGHT)) {
            ProcessBuilder child = new ProcessBuilder(childCommand()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            child.environment().put("DISPLAY", display.name());
            Process shooter = child.start();
            if (!shooter.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                shooter.destroyForcibly().waitFor();
                throw new IllegalStateException("the popups were not shot within " + CHILD_TIMEOUT_SECONDS + " s: "
                        + Files.readString(log));
            }
            if (shooter.exitValue() != 0) {
                throw new IllegalStateException("the popups could not all be shot: " + Files.readString(log));
            }
        }
        try (InputStream in = Files.newInputStream(SHOTS.resolve(PopupShots.BACKGROUNDS))) {
            backgrounds.load(in);
        }
    }

    /** A JVM on this test's class path running {@link PopupShots} with the GTK platform and the software renderer. */
    private static List<String> childCommand() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), "-Dprism.order=sw", "-Djava.awt.headless=true",
                PopupShots.class.getName(), SHOTS.toString()));
        command.addAll(LOOKS);
        return command;
    }

    static Stream<Arguments> shots() {
        return LOOKS.stream().map(PopupShots.Look::parse)
                .flatMap(look -> Stream.of(Popup.values()).map(popup -> Arguments.of(look.name(), popup)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("shots")
    void popupIsDrawnInItsBackgroundWithText(String look, Popup popup) throws IOException {
        String name = popup.fileName(PopupShots.Look.parse(look));
        ScreenPicture picture = ScreenPicture.read(SHOTS.resolve(name));
        String background = backgrounds.getProperty(name);

        assertFalse(picture.isSolidDark(), () -> name + " is a dark rectangle on the screen: " + picture);
        assertTrue(picture.mainColourIsNear(Integer.parseInt(background.substring(1), 16)),
                () -> name + " is not mostly the " + background + " it paints: " + picture);
        assertTrue(picture.inkShare() >= MIN_INK, () -> name + " shows no text: " + picture);
    }
}
