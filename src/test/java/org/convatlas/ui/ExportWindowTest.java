package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.awaitShowing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export… (Ctrl+E) over the classic convolution: a GIF written, and a target that cannot be written. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage primary) {
        AppFonts.load();
        MainViewModel model = new MainViewModel(new LessonRegistry(List.of(new SingleChannelConv2dLesson())),
                TaskExecutor.currentThread());
        window = new MainWindow(model, i18n);
        window.show(primary);
    }

    /** Opens the lesson, then the dialog with Ctrl+E, and types {@code target} as its file. */
    private void openDialog(FxRobot robot, Path target) throws TimeoutException {
        assertTrue(robot.lookup("#transport-export").queryButton().isDisabled(), "nothing to export yet");
        robot.interact(() -> window.open(SingleChannelConv2dLesson.ID));
        assertFalse(robot.lookup("#transport-export").queryButton().isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        awaitShowing(robot, "Export Single-channel 2D convolution");
        robot.interact(() -> dialogNode(robot, "#export-file", TextField.class).setText(target.toString()));
    }

    private static <T extends Node> T dialogNode(FxRobot robot, String query, Class<T> type) {
        return robot.listWindows().stream().filter(Window::isShowing).map(w -> robot.from(w.getScene().getRoot())
                .lookup(query).tryQueryAs(type)).flatMap(Optional::stream).findFirst().orElseThrow();
    }

    private static void clickExport(FxRobot robot) {
        Button export = robot.listWindows().stream().filter(Window::isShowing)
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".button").queryAllAs(Button.class).stream())
                .filter(b -> "Export".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(export::fire);
    }

    @Test
    void ctrlEExportsTheAnimationAsALoopingGif(FxRobot robot) throws Exception {
        Path gif = folder.resolve("classic.gif");
        openDialog(robot, gif);
        clickExport(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(gif)
                && robot.listWindows().stream().filter(Window::isShowing).count() == 1);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true), "every step of the classic 4×4 ∗ 3×3");
            assertEquals(720, reader.getHeight(0));
        }
    }

    @Test
    void aTargetThatCannotBeWrittenIsExplainedInTheDialog(FxRobot robot) throws Exception {
        File notAFolder = Files.writeString(folder.resolve("file"), "").toFile();
        Path target = notAFolder.toPath().resolve("x.gif");
        openDialog(robot, target);
        clickExport(robot);
        String expected = i18n.get("export.error.write", target, i18n.get("export.error.noFolder"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> expected.equals(dialogNode(robot, "#export-status", Label.class).getText()));
        assertFalse(Files.exists(target));
    }
}
