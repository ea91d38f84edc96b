package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.clickLabelled;
import static org.convatlas.ui.WindowRobot.clickLesson;
import static org.convatlas.ui.WindowRobot.countsCard;
import static org.convatlas.ui.WindowRobot.scrollTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.convatlas.compute.DeformConv2d;
import org.convatlas.compute.Tensor;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.OffsetEdits;
import org.convatlas.lesson.deformable.DeformableConvolution;
import org.convatlas.lesson.deformable.DeformableConvolutionLesson;
import org.convatlas.render.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The deformable convolution lesson in the real window, driven headless: a tap's sampling point dragged on the stage
 * and a tap's offset typed in the inspector each set that tap's offset by hand, and the stage, the counts card and
 * the result follow the engine.
 */
@ExtendWith(ApplicationExtension.class)
class DeformableConvolutionWindowTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;

    @Start
    void start(Stage stage) {
        app = BuiltInWindow.show(stage, i18n);
    }

    private LessonViewModel lesson() {
        return app.model().getCurrentLesson();
    }

    private OffsetEdits edits() {
        return lesson().valuesProperty().get().get(DeformableConvolutionLesson.OFFSETS);
    }

    private void assertTheEnginesResult() {
        DeformableConvolution c = DeformableConvolutionLesson.convolution(lesson().valuesProperty().get());
        Tensor expected = DeformConv2d.apply(c.input(), c.weights(), c.offsets(), c.mask(), null, c.params());
        assertEquals(0, expected.maxAbsDifference(lesson().playbackProperty().get().output().orElseThrow()));
    }

    /** The stage point of the sampling point of tap {@code id}, found by asking the stage where its handles are. */
    private static Point2D handle(FxRobot robot, int id) {
        StageView stageView = robot.lookup("." + AppStyles.STAGE).queryAs(StageView.class);
        Canvas canvas = robot.lookup("#stage-canvas").queryAs(Canvas.class);
        for (double y = 2; y < canvas.getHeight(); y += 4) {
            for (double x = 2; x < canvas.getWidth(); x += 4) {
                if (stageView.handleAt(x, y).filter(new Handle(id)::equals).isPresent()) {
                    return new Point2D(x, y);
                }
            }
        }
        throw new AssertionError("no handle " + id + " on the stage");
    }

    @Test
    void draggingATapOnTheStageSetsItsOffset(FxRobot robot) {
        clickLesson(robot, "Deformable convolution");
        assertEquals(DeformableConvolutionLesson.ID, lesson().lesson().id());
        clickLabelled(robot, "Zero offsets: an ordinary convolution");
        robot.clickOn("#transport-forward");
        long step = lesson().transport().getCurrentStep();
        Canvas canvas = robot.lookup("#stage-canvas").queryAs(Canvas.class);
        Point2D from = handle(robot, 4);
        Point2D down = canvas.localToScreen(from);
        robot.moveTo(down).press(MouseButton.PRIMARY);
        robot.moveBy(4, 4).moveBy(8, 8).moveBy(8, 8);
        robot.release(MouseButton.PRIMARY);

        assertEquals(1, edits().size(), edits().text());
        OffsetEdits.Edit edit = edits().edits().get(0);
        assertEquals(step, lesson().transport().getCurrentStep(), "the step stays");
        assertEquals(1, edit.tapRow());
        assertEquals(1, edit.tapColumn());
        assertTrue(edit.dy() > 0 && edit.dx() > 0, edit.toString());
        assertTrue(countsCard(robot).get(4).startsWith("Tap (1, 1) of y[" + edit.row() + "," + edit.column() + "]"),
                countsCard(robot).get(4));
        assertTheEnginesResult();
        // the point follows the pointer: its handle is now further down and right
        Point2D moved = handle(robot, 4);
        assertTrue(moved.getX() > from.getX() && moved.getY() > from.getY(), moved + " after " + from);
    }

    @Test
    void typingAnOffsetInTheInspectorSetsIt(FxRobot robot) {
        clickLesson(robot, "Deformable convolution");
        clickLabelled(robot, "Turned grid, 30°");
        TextField dy = robot.lookup("." + AppStyles.OFFSET_FIELDS + " .text-field").queryAllAs(TextField.class)
                .stream().findFirst().orElseThrow();
        scrollTo(robot, dy);
        robot.doubleClickOn(dy).eraseText(12).write("0.5").type(KeyCode.ENTER);
        assertEquals(1, edits().size(), edits().text());
        OffsetEdits.Edit edit = edits().edits().get(0);
        assertEquals(0.5f, edit.dy());
        assertEquals(0, edit.tapRow());
        assertEquals(0, edit.tapColumn());
        assertTheEnginesResult();
        assertTrue(countsCard(robot).get(4).contains("Δy = 0.5"), countsCard(robot).get(4));

        clickLabelled(robot, "Clear the offsets set by hand");
        assertTrue(edits().isEmpty());
    }
}
