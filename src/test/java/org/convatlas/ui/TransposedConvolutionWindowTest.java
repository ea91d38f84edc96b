package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.clickLabelled;
import static org.convatlas.ui.WindowRobot.countsCard;
import static org.convatlas.ui.WindowRobot.stageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.convatlas.compute.ConvMatrix;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.convmatrix.ConvMatrixLesson;
import org.convatlas.lesson.transposed.TransposedConvolution;
import org.convatlas.lesson.transposed.TransposedConvolutionLesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The two transposed-convolution lessons in the real window, driven headless: choose each lesson in the atlas, apply each of its
 * presets with its button, switch the picture; the counts card, the formula and the stage's words are checked against
 * the engine.
 */
@ExtendWith(ApplicationExtension.class)
class TransposedConvolutionWindowTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;

    @Start
    void start(Stage stage) {
        app = BuiltInWindow.show(stage, i18n);
    }

    private LessonViewModel lesson() {
        return app.model().getCurrentLesson();
    }

    private ParameterValues values() {
        return lesson().valuesProperty().get();
    }

    @Test
    void everyTransposedConvolutionPresetShowsTheEnginesCounts(FxRobot robot) {
        clickLabelled(robot, "Transposed convolution");
        assertEquals(TransposedConvolutionLesson.ID, lesson().lesson().id());
        for (Preset preset : lesson().lesson().presets()) {
            clickLabelled(robot, i18n.get(preset.labelKey()));
            TransposedConvolution engine = TransposedConvolutionLesson.convolution(values());
            Tensor x = engine.input();
            Tensor w = engine.weights();
            int[] y = ConvTranspose2d.outputShape(x.shape(), w.shape(), engine.params());
            long useful = Counts.convTranspose2dProductsInOutput(x.shape(), w.shape(), engine.params());
            long implied = Counts.convTranspose2dZeroInsertion(x.shape(), w.shape(), engine.params());
            List<String> shown = countsCard(robot);
            String name = preset.labelKey();
            assertEquals(i18n.get("counts.multiplies", implied / ((long) y[1] * y[2]), implied), shown.get(0), name);
            assertEquals(i18n.get("counts.transposed.useful", useful), shown.get(1), name);
            assertEquals(i18n.get("counts.transposed.implied", implied), shown.get(2), name);
            assertEquals(i18n.get("counts.transposed.wasted", 1 - (double) useful / implied), shown.get(3), name);
            assertEquals(i18n.get("counts.outputSize", y[1], y[2]), shown.get(4), name);
            assertTrue(lesson().formulaProperty().get().endsWith(" = " + y[2] + "\\end{array}"),
                    lesson().formulaProperty().get());
            assertTrue(stageText(robot).contains("Output " + y[1] + "×" + y[2]), stageText(robot));
        }
    }

    @Test
    void thePictureCanBeSwitched(FxRobot robot) {
        clickLabelled(robot, "Transposed convolution");
        clickLabelled(robot, i18n.get(TransposedConvolutionLesson.STRIDE_2.labelKey()));
        assertTrue(stageText(robot).startsWith("Zeros inserted 3×3, Kernel 3×3, Flipped 180°, Output 5×5. "), stageText(robot));
        assertTrue(stageText(robot).contains(" | Input 2×2, Kernel 3×3, Output 5×5. y[0,0] = 1\u00B71 = 1"), stageText(robot));

        SegmentedButton picture = robot.lookup("." + AppStyles.SEGMENTS).queryAs(SegmentedButton.class);
        assertEquals(3, picture.getButtons().size(), "the three pictures, a click each");
        robot.clickOn(picture.getButtons().get(1));
        assertEquals("1 / 4", robot.lookup("." + AppStyles.POSITION).queryAs(Labeled.class).getText(),
                "scatter: one step per input cell");
        assertTrue(stageText(robot).startsWith("Input 2×2, Kernel 3×3, Output 5×5. x[0,0] = 1:  y[0,0] += 1\u00B71, "),
                stageText(robot));
    }

    @Test
    void everyMatrixPresetShowsTheEnginesMatrix(FxRobot robot) {
        clickLabelled(robot, "Transposed convolution as a matrix");
        assertEquals(ConvMatrixLesson.ID, lesson().lesson().id());
        for (Preset preset : lesson().lesson().presets()) {
            clickLabelled(robot, i18n.get(preset.labelKey()));
            int size = values().get(ConvMatrixLesson.SIZE);
            ConvMatrix matrix = ConvMatrix.of(values().get(ConvMatrixLesson.KERNEL).toTensor(), size, size,
                    Window2d.of(values().get(ConvMatrixLesson.STRIDE), values().get(ConvMatrixLesson.PADDING),
                            values().get(ConvMatrixLesson.DILATION)));
            long cells = (long) matrix.rows() * matrix.columns();
            int entries = matrix.entries().size();
            assertEquals(List.of(i18n.get("counts.matrix.size", matrix.rows(), matrix.columns()),
                    i18n.get("counts.matrix.entries", entries, cells, 1 - (double) entries / cells),
                    i18n.get("counts.outputSize", matrix.outputHeight(), matrix.outputWidth())), countsCard(robot),
                    preset.labelKey());
            assertTrue(stageText(robot).contains("C " + matrix.rows() + "×" + matrix.columns() + ", "), stageText(robot));
            assertEquals("1 / " + 2 * matrix.rows(),
                    robot.lookup("." + AppStyles.POSITION).queryAs(Labeled.class).getText());
        }
    }
}
