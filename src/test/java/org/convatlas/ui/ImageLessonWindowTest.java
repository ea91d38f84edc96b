package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.chooseInSubmenu;
import static org.convatlas.ui.WindowRobot.clickLabelled;
import static org.convatlas.ui.WindowRobot.countsCard;
import static org.convatlas.ui.WindowRobot.editor;
import static org.convatlas.ui.WindowRobot.openMenus;
import static org.convatlas.ui.WindowRobot.scrollTo;
import static org.convatlas.ui.WindowRobot.stageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.controlsfx.control.SegmentedButton;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.PaddingMode;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Traces;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.FixtureLesson;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.imagefilter.ImageChannels;
import org.convatlas.lesson.imagefilter.ImageFilterLesson;
import org.convatlas.render.chrome.NumberText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The image lesson in the real window: opening files (as File → Open image… and a drop do), samples, credits; and
 * the lesson chosen in the atlas, its padding changed, stepped, scrubbed and read in both languages against the
 * engine.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLessonWindowTest {

    @TempDir
    Path folder;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        AppFonts.load();
        model = new MainViewModel(new LessonRegistry(List.of(new FixtureLesson("plain", Chapter.ADAPTIVE),
                new ImageFilterLesson())), TaskExecutor.currentThread());
        window = new MainWindow(model, i18n);
        window.show(primary);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> dialogs(robot).forEach(pane -> pane.getScene().getWindow().hide()));
    }

    private Path picture(String name) throws IOException {
        BufferedImage image = new BufferedImage(12, 9, BufferedImage.TYPE_INT_RGB);
        image.setRGB(4, 4, 0xFFFFFF);
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static List<DialogPane> dialogs(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .toList();
    }

    /** The text of the one dialog showing, once it shows. */
    private static String dialogText(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogs(robot).size() == 1);
        return dialogs(robot).get(0).getContentText();
    }

    private String imageName() {
        return model.getCurrentLesson().valuesProperty().get().get(ImageFilterLesson.IMAGE).name();
    }

    private String shownName(FxRobot robot) {
        return robot.lookup("." + AppStyles.IMAGE_NAME).queryAs(Label.class).getText();
    }

    @Test
    void anOpenedFileIsShownAndABrokenOneIsExplainedWithoutLosingIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(ImageFilterLesson.ID));
        assertEquals("camera.png", shownName(robot));
        Path dots = picture("dots.png");
        robot.interact(() -> window.openImage(dots));
        assertEquals("dots.png", imageName());
        assertEquals("dots.png", shownName(robot));
        assertEquals(10L * 7, model.getCurrentLesson().transport().getStepCount());

        Path broken = Files.writeString(folder.resolve("broken.png"), "not a picture");
        robot.interact(() -> window.openImage(broken));
        assertEquals("Cannot open broken.png: it is not a PNG, JPEG, GIF or BMP image.", dialogText(robot));
        assertEquals("dots.png", imageName(), "the picture shown before stays");
        assertEquals("dots.png", shownName(robot));
    }

    @Test
    void aFileDraggedOntoTheWindowIsOpenedAndADraggedBrokenOneIsExplained(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(ImageFilterLesson.ID));
        dragOntoTheStage(robot, picture("dots.png"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "dots.png".equals(imageName()));
        assertEquals("dots.png", shownName(robot));

        dragOntoTheStage(robot, Files.writeString(folder.resolve("broken.png"), "not a picture"));
        assertEquals("Cannot open broken.png: it is not a PNG, JPEG, GIF or BMP image.", dialogText(robot));
        assertEquals("dots.png", imageName(), "the picture shown before stays");
    }

    /**
     * Drags {@code file} onto the stage as another application's file would be dragged: a copy gesture whose dragboard
     * holds the file, started from a label put for the while under the menu bar (the headless platform carries a
     * drag only within one window).
     */
    private static void dragOntoTheStage(FxRobot robot, Path file) {
        Pane top = (Pane) robot.lookup(".menu-bar").query().getParent();
        Label label = new Label(file.getFileName().toString());
        label.setOnDragDetected(event -> {
            Dragboard board = label.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(file.toFile()));
            board.setContent(content);
            event.consume();
        });
        robot.interact(() -> top.getChildren().add(label));
        robot.drag(label).moveBy(20, 0).moveBy(60, 40).dropTo("#stage-canvas");
        robot.interact(() -> top.getChildren().remove(label));
    }

    @Test
    void anOpenedPictureIsFilteredAsTheEngineFiltersItThroughPaddingStepScrubAndLanguage(FxRobot robot)
            throws Exception {
        clickLabelled(robot, "Filtering a real image");
        Path dots = picture("dots.png");
        robot.interact(() -> window.openImage(dots));
        SegmentedButton padding = editor(robot, "Padding");
        scrollTo(robot, padding);
        ToggleButton zeros = padding.getButtons().stream().filter(b -> b.getText().equals("Zeros, same size"))
                .findFirst().orElseThrow();
        robot.clickOn(zeros);
        ParameterValues values = model.getCurrentLesson().valuesProperty().get();
        assertEquals(PaddingMode.SAME, values.get(ImageFilterLesson.PADDING));
        assertTrue(zeros.isSelected(), "the choice is pressed");
        robot.clickOn(zeros);
        assertTrue(zeros.isSelected(), "and stays pressed when clicked again");

        // the default Sobel x on the luminance of the 12 x 9 picture, zero-padded by 1 all round, by the engine
        Tensor x = ImageChannels.LUMINANCE.input(values.get(ImageFilterLesson.IMAGE).pixels());
        Kernel kernel = values.get(ImageFilterLesson.KERNEL);
        Tensor w = kernel.toTensor().reshape(1, 1, kernel.rows(), kernel.columns());
        Conv2dParams same = Conv2dParams.DEFAULT.withWindow(Window2d.of(1, 1, 1));
        Tensor y = Conv2d.apply(x, w, null, same);
        long total = Counts.conv2d(x.shape(), w.shape(), false, same).multiplies();
        assertEquals(12L * 9, model.getCurrentLesson().transport().getStepCount(), "one step per output pixel");

        robot.clickOn("#transport-forward").clickOn("#transport-forward");
        long step = 3 * 12 + 3;
        Slider scrubber = robot.lookup("#transport-scrubber").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(step));
        assertEquals(step, model.getCurrentLesson().transport().getCurrentStep());
        long soFar = Traces.conv2d(x, w, null, same).multipliesAfter(step);
        assertEquals(i18n.get("counts.multiplies", soFar, total), countsCard(robot).get(0));
        float value = y.get(0, 3, 3);
        assertNotEquals(0, value, "the window at row 3, column 3 covers the white dot");
        assertTrue(stageText(robot).endsWith(". y = " + NumberText.of(value)), stageText(robot));
        assertTrue(model.getCurrentLesson().formulaProperty().get().contains("y[0, 3, 3] = "),
                model.getCurrentLesson().formulaProperty().get());

        openMenus(robot, "View", "Language");
        chooseInSubmenu(robot, "简体中文");
        assertTrue(countsCard(robot).get(0).startsWith("已做乘法"), countsCard(robot).get(0));
        assertEquals(i18n.get("counts.multiplies", soFar, total), countsCard(robot).get(0));
        String window = i18n.get("lesson.image-filter.window", 3, 2, 4, 2, 4, 3, 3);
        assertTrue(stageText(robot).contains(window + ". y = "), stageText(robot));
    }

    @Test
    void problemsAreExplainedInChineseToo(FxRobot robot) throws Exception {
        robot.interact(() -> {
            i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            window.open(ImageFilterLesson.ID);
        });
        Path empty = Files.createFile(folder.resolve("empty.jpg"));
        robot.interact(() -> window.openImage(empty));
        assertEquals("无法打开 empty.jpg：文件是空的（0 字节）。", dialogText(robot));
        assertEquals("camera.png", imageName());
    }

    @Test
    void aFileOpenedOverAnotherLessonOpensTheImageLesson(FxRobot robot) throws Exception {
        robot.interact(() -> window.open("plain"));
        Path dots = picture("dots.png");
        robot.interact(() -> window.openImage(dots));
        assertEquals(ImageFilterLesson.ID, model.getCurrentLesson().lesson().id());
        assertEquals("dots.png", imageName());
    }

    @Test
    void theInspectorOffersTheSampleImages(FxRobot robot) {
        robot.interact(() -> window.open(ImageFilterLesson.ID));
        robot.clickOn("Samples");
        robot.clickOn("Chelsea the cat (colour)");
        assertEquals("chelsea.png", imageName());
        assertEquals("chelsea.png", shownName(robot));
    }

    @Test
    void helpNamesTheAuthorsAndLicencesOfTheSampleImages(FxRobot robot) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("About the sample images");
        String credits = dialogText(robot);
        assertTrue(credits.contains("camera.png, 512 × 512, grey: photograph by Lav Varshney, CC0."), credits);
        assertEquals(7, credits.lines().count(), "one line per sample image");
    }
}
