package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.countsCard;
import static org.convatlas.ui.WindowRobot.stageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every registered lesson opens from the atlas in a window of a projector's 1024×768, as a teacher would open it:
 * by a click on its name (scrolled into view), and shows its figure, its counts card and its parameters.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWindowContractTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;
    private Stage stage;
    /** The stage's bounds before the test, which the window tests after it expect. */
    private double[] before;

    @Start
    void start(Stage primary) {
        stage = primary;
        app = BuiltInWindow.show(primary, i18n);
        before = new double[] {primary.getX(), primary.getY(), primary.getWidth(), primary.getHeight()};
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(1024);
        primary.setHeight(768);
    }

    @AfterEach
    void restoreTheStage(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(before[0]);
            stage.setY(before[1]);
            stage.setWidth(before[2]);
            stage.setHeight(before[3]);
        });
    }

    static Stream<String> lessons() {
        return LessonRegistry.builtIn().lessons().stream().map(Lesson::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void opensFromTheAtlasAt1024By768(String id, FxRobot robot) {
        Lesson lesson = LessonRegistry.builtIn().find(id).orElseThrow();
        String title = i18n.get(lesson.titleKey());
        WindowRobot.clickLesson(robot, title);
        assertEquals(id, app.model().getCurrentLesson().lesson().id(), "the lesson clicked is open");
        assertEquals(1024, stage.getWidth(), 1);
        assertEquals(768, stage.getHeight(), 1);
        assertFalse(countsCard(robot).isEmpty(), "a counts card");
        assertFalse(stageText(robot).isBlank(), "a figure on the stage");
        Bounds stageArea = robot.lookup("." + AppStyles.STAGE).query().getBoundsInLocal();
        assertTrue(stageArea.getWidth() >= 300 && stageArea.getHeight() >= 300, "room for the figure: " + stageArea);
        assertFalse(robot.lookup("." + AppStyles.PARAMETERS + " .label").queryAll().isEmpty(), "its parameters");
    }
}
