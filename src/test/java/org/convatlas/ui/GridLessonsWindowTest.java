package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.chooseInSubmenu;
import static org.convatlas.ui.WindowRobot.clickLabelled;
import static org.convatlas.ui.WindowRobot.countsCard;
import static org.convatlas.ui.WindowRobot.editor;
import static org.convatlas.ui.WindowRobot.openMenus;
import static org.convatlas.ui.WindowRobot.scrollTo;
import static org.convatlas.ui.WindowRobot.stageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.correlation.CorrelationVsConvolutionLesson;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The grid lessons in the real window, driven headless: choose a lesson in the atlas, apply a preset, change a
 * parameter, step, scrub, point at cells, switch the language; the counts card and the stage's formula strip are
 * checked against the engine.
 */
@ExtendWith(ApplicationExtension.class)
class GridLessonsWindowTest {

    private static final String DOT = "\u00B7";

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;

    @Start
    void start(Stage stage) {
        app = BuiltInWindow.show(stage, i18n);
    }

    private LessonViewModel lesson() {
        return app.model().getCurrentLesson();
    }

    /** Moves the pointer over the stage cell {@code hit}, found by asking the stage what lies under its points. */
    private static void pointAt(FxRobot robot, Hit hit) {
        StageView stageView = robot.lookup("." + AppStyles.STAGE).queryAs(StageView.class);
        Canvas canvas = robot.lookup("#stage-canvas").queryAs(Canvas.class);
        for (double y = 2; y < canvas.getHeight(); y += 4) {
            for (double x = 2; x < canvas.getWidth(); x += 4) {
                if (stageView.hitAt(x + 1, y + 1).filter(hit::equals).isPresent()) {
                    Point2D screen = canvas.localToScreen(x + 1, y + 1);
                    robot.moveTo(screen);
                    return;
                }
            }
        }
        throw new AssertionError("no cell " + hit + " on the stage");
    }

    @Test
    void singleChannelLessonFollowsTheEngineThroughPresetParameterStepAndScrub(FxRobot robot) {
        clickLabelled(robot, "Single-channel 2D convolution");
        assertEquals(SingleChannelConv2dLesson.ID, lesson().lesson().id());
        clickLabelled(robot, "Stride 2");

        // 5x5 classic digits, padding 1, stride 2: the engine's counts
        Tensor x = InputPattern.CLASSIC.tensor(5, 5);
        Tensor w = SingleChannelConv2dLesson.CLASSIC_KERNEL.toTensor().reshape(1, 1, 3, 3);
        Conv2dParams strideTwo = Conv2dParams.DEFAULT.withWindow(Window2d.of(2, 1, 1));
        OpCount count = Counts.conv2d(x.shape(), w.shape(), false, strideTwo);
        assertEquals(List.of(i18n.get("counts.multiplies", 9L, count.multiplies()),
                i18n.get("counts.parameters", count.parameters()), "Output size: 3 × 3",
                "Padding (top, left, bottom, right): 1, 1, 1, 1"), countsCard(robot));
        assertTrue(stageText(robot).startsWith("Input 5×5, Kernel 3×3, Output 3×3. y[0,0] = 0" + DOT + "1 + "),
                stageText(robot));

        Spinner<Integer> stride = editor(robot, "Stride");
        robot.clickOn(stride.lookup(".increment-arrow-button"));
        Conv2dParams strideThree = Conv2dParams.DEFAULT.withWindow(Window2d.of(3, 1, 1));
        Tensor y = Conv2d.apply(x, w, null, strideThree);
        long total = Counts.conv2d(x.shape(), w.shape(), false, strideThree).multiplies();
        assertEquals(3, lesson().valuesProperty().get().get(SingleChannelConv2dLesson.STRIDE));
        assertEquals("Output size: " + y.dim(1) + " × " + y.dim(2), countsCard(robot).get(2));

        robot.clickOn("#transport-forward");
        assertEquals("Multiplications so far: 18 of " + total, countsCard(robot).get(0));
        assertTrue(stageText(robot).contains(" y[0,1] = ") && stageText(robot).endsWith(" = " + NumberText.of(y.get(0, 0, 1))),
                stageText(robot));

        Slider scrubber = robot.lookup("#transport-scrubber").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(3));
        assertEquals(3, lesson().transport().getCurrentStep());
        assertEquals("Multiplications so far: 36 of " + total, countsCard(robot).get(0));
        assertTrue(stageText(robot).endsWith(" = " + NumberText.of(y.get(0, 1, 1))), stageText(robot));
        assertEquals("4 / 4", robot.lookup("." + AppStyles.POSITION).queryAs(Labeled.class).getText());
    }

    @Test
    void pointingAtCellsProbesThemAndAClickPins(FxRobot robot) {
        robot.interact(() -> app.model().open(new SingleChannelConv2dLesson()));
        pointAt(robot, new Hit(Role.OUTPUT, Coordinates.of(0, 1, 0)));
        assertTrue(stageText(robot).contains(". y[1,0] = ") && stageText(robot).endsWith(" = 6"), stageText(robot));
        assertEquals("Multiplications so far: 27 of 36", countsCard(robot).get(0));
        assertEquals(0, lesson().transport().getCurrentStep(), "the transport stays");

        Hit corner = new Hit(Role.INPUT, Coordinates.of(0, 0, 0));
        pointAt(robot, corner);
        assertTrue(stageText(robot).endsWith(". x[0,0] = 1 \u2192 y[0,0]"), stageText(robot));
        robot.clickOn();
        assertTrue(lesson().pinnedProperty().get());
        robot.moveTo("#transport-play");
        assertEquals(corner, lesson().probeProperty().get(), "pinned while the pointer is away");

        pointAt(robot, corner);
        robot.clickOn();
        assertFalse(lesson().pinnedProperty().get());
        robot.moveTo("#transport-play");
        assertTrue(stageText(robot).contains(". y[0,0] = "), "the current step again: " + stageText(robot));
    }

    @Test
    void invalidValuesAreExplainedInPlace(FxRobot robot) {
        robot.interact(() -> app.model().open(new SingleChannelConv2dLesson()));
        Spinner<Integer> height = editor(robot, "Input height");
        robot.clickOn(height.lookup(".decrement-arrow-button"));
        robot.clickOn(height.lookup(".decrement-arrow-button"));
        String why = "These parameters do not work: kernel reach 3 exceeds padded input 2 (height); add padding or "
                + "enlarge the input";
        Label problem = robot.lookup("." + AppStyles.PROBLEM).queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals(why, problem.getText());
        assertEquals(why, robot.lookup("." + AppStyles.STAGE_MESSAGE).queryAs(Label.class).getText());
        robot.clickOn(height.lookup(".increment-arrow-button"));
        assertFalse(problem.isVisible());
        assertEquals("Output size: 1 × 2", countsCard(robot).get(2), "height 3");
    }

    @Test
    void aSpinnerTakesOnlyWholeNumbersInItsRange(FxRobot robot) {
        robot.interact(() -> app.model().open(new SingleChannelConv2dLesson()));
        Spinner<Integer> stride = editor(robot, "Stride");
        TextField field = stride.getEditor();
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("x9").type(KeyCode.ENTER);
        int most = SingleChannelConv2dLesson.STRIDE.max();
        assertEquals(most, lesson().valuesProperty().get().get(SingleChannelConv2dLesson.STRIDE), "9 is cut to the most");
        assertEquals(Integer.toString(most), field.getText(), "the letter was not taken");
        Label note = robot.lookup((Label l) -> l.isVisible() && l.getStyleClass().contains(AppStyles.NOTE))
                .queryAs(Label.class);
        assertEquals("9 is outside 1 to " + most + ": taken as " + most, note.getText(), "the spinner says so");

        robot.interact(field::selectAll);
        robot.type(KeyCode.BACK_SPACE, KeyCode.ENTER);
        assertEquals(most, stride.getValue(), "an empty field keeps the value");
        assertEquals(Integer.toString(most), field.getText());
        scrollTo(robot, stride);
        robot.clickOn(stride.lookup(".decrement-arrow-button"));
        assertEquals(most - 1, lesson().valuesProperty().get().get(SingleChannelConv2dLesson.STRIDE));

        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("0").type(KeyCode.TAB);
        assertEquals(1, lesson().valuesProperty().get().get(SingleChannelConv2dLesson.STRIDE),
                "0 is raised to the least when the field is left");
        assertEquals("1", field.getText());
    }

    @Test
    void correlationLessonFlipsTheKernelAndTakesACommonKernel(FxRobot robot) {
        clickLabelled(robot, "Cross-correlation vs convolution");
        clickLabelled(robot, "Convolve impulse");
        assertEquals("Operation: convolution (kernel rotated 180°)", countsCard(robot).get(3));
        assertTrue(stageText(robot).startsWith("Input 5×5, Kernel 3×3, Rotated 180°, Output 3×3. "), stageText(robot));
        robot.clickOn("#transport-last");
        assertTrue(stageText(robot).endsWith(" = 9"), "convolution prints the kernel as it is: " + stageText(robot));

        Node flip = editor(robot, "Flip the kernel");
        robot.clickOn(flip);
        assertEquals("Operation: cross-correlation (kernel as it is)", countsCard(robot).get(3));
        assertFalse(stageText(robot).contains("Rotated"), stageText(robot));
        robot.clickOn("#transport-last");
        assertTrue(stageText(robot).endsWith(" = 1"), "correlation prints it rotated: " + stageText(robot));

        robot.clickOn(robot.lookup("." + AppStyles.KERNEL_PRESETS).queryAs(Node.class));
        robot.clickOn("#kernel-preset-sobel_x");
        assertEquals(KernelPreset.SOBEL_X.kernel(3, 3),
                lesson().valuesProperty().get().get(CorrelationVsConvolutionLesson.KERNEL));
        List<String> cells = robot.lookup("." + AppStyles.KERNEL_CELL).queryAllAs(TextField.class).stream()
                .map(TextField::getText).toList();
        assertEquals(List.of("-1", "0", "1", "-2", "0", "2", "-1", "0", "1"), cells);
    }

    @Test
    void correlationLessonTakesAWeightTypedInPlaceAndFollowsTheEngineInBothLanguages(FxRobot robot)
            throws TimeoutException {
        clickLabelled(robot, "Cross-correlation vs convolution");
        clickLabelled(robot, "Convolve impulse");
        TextField centre = robot.lookup("." + AppStyles.KERNEL_CELL).queryAllAs(TextField.class).stream()
                .skip(4).findFirst().orElseThrow();
        robot.clickOn(centre);
        robot.interact(centre::selectAll);
        robot.write("-3").type(KeyCode.ENTER);
        Kernel typed = Kernel.of(3, 3, 1, 2, 3, 4, -3, 6, 7, 8, 9);
        assertEquals(typed, lesson().valuesProperty().get().get(CorrelationVsConvolutionLesson.KERNEL));

        // convolution of the 5x5 impulse with the typed kernel, by the engine
        Tensor x = InputPattern.IMPULSE.tensor(5, 5);
        Tensor w = typed.toTensor().reshape(1, 1, 3, 3);
        Conv2dParams flipped = Conv2dParams.DEFAULT.withFlip(true);
        Tensor y = Conv2d.apply(x, w, null, flipped);
        long total = Counts.conv2d(x.shape(), w.shape(), false, flipped).multiplies();
        Slider scrubber = robot.lookup("#transport-scrubber").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(4));
        assertEquals(i18n.get("counts.multiplies", 5L * 9, total), countsCard(robot).get(0));
        assertTrue(stageText(robot).contains(" y[1,1] = ")
                && stageText(robot).endsWith(" = " + NumberText.of(y.get(0, 1, 1))), stageText(robot));
        robot.clickOn("#transport-forward");
        assertTrue(stageText(robot).endsWith(" = " + NumberText.of(y.get(0, 1, 2))), stageText(robot));

        openMenus(robot, "View", "Language");
        chooseInSubmenu(robot, "简体中文");
        assertEquals(List.of("已做乘法：54 次，共 " + total + " 次", "参数量：9", "输出尺寸：3 × 3",
                i18n.get("counts.operation.convolution")), countsCard(robot));
        assertTrue(stageText(robot).startsWith("输入 5×5, 卷积核 3×3, " + i18n.get("figure.kernelRotated")),
                stageText(robot));
    }

    @Test
    void switchingTheLanguageRelabelsTheCountsAndTheStage(FxRobot robot) throws TimeoutException {
        robot.interact(() -> app.model().open(new SingleChannelConv2dLesson()));
        robot.clickOn("#transport-forward");
        openMenus(robot, "View", "Language");
        chooseInSubmenu(robot, "简体中文");
        assertEquals(List.of("已做乘法：18 次，共 36 次", "参数量：9", "输出尺寸：2 × 2", "填充（上、左、下、右）：0、0、0、0"),
                countsCard(robot));
        assertTrue(stageText(robot).startsWith("输入 4×4, 卷积核 3×3, 输出 2×2. y[0,1] = "), stageText(robot));
    }
}
