package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Lesson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window fits a classroom projector: at 1024×768 and in a 1280×800 window, in both languages, and at the type
 * size three zoom steps up, every control of every lesson's inspector, of the transport bar and the export button
 * lies inside the window across (the inspector scrolls up and down, never sideways), and no label of the inspector is
 * cut short.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFitTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;
    private Stage stage;
    private double[] before;

    @Start
    void start(Stage primary) {
        stage = primary;
        app = BuiltInWindow.show(primary, i18n);
        before = new double[] {primary.getX(), primary.getY(), primary.getWidth(), primary.getHeight()};
    }

    @AfterEach
    void restoreTheStage(FxRobot robot) {
        robot.interact(() -> {
            app.model().resetZoom();
            stage.setX(before[0]);
            stage.setY(before[1]);
            stage.setWidth(before[2]);
            stage.setHeight(before[3]);
        });
    }

    static Stream<Arguments> screens() {
        List<Arguments> screens = new ArrayList<>();
        for (Locale language : I18n.SUPPORTED) {
            screens.add(Arguments.of(1024, 768, 0, language));
            screens.add(Arguments.of(1280, 800, 0, language));
            screens.add(Arguments.of(1280, 800, 3, language));
        }
        return screens.stream();
    }

    @ParameterizedTest(name = "{0}x{1}, zoom +{2}, {3}")
    @MethodSource("screens")
    void everyControlOfEveryLessonLiesInsideTheWindow(int width, int height, int zoomSteps, Locale language,
                                                      FxRobot robot) {
        // a window that starts at this size, as the app starts on such a screen, then zoomed as a teacher would
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            i18n.setLocale(language);
            app = BuiltInWindow.show(stage, i18n);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < zoomSteps; i++) {
            robot.interact(app.model()::zoomIn);
        }
        List<String> outside = new ArrayList<>();
        for (Lesson lesson : app.model().registry().lessons()) {
            robot.interact(() -> {
                app.window().open(lesson.id());
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node inspector = robot.lookup("." + AppStyles.INSPECTOR).query();
            Node transport = robot.lookup("." + AppStyles.TRANSPORT_BAR).query();
            for (Node control : controls(inspector)) {
                check(control, lesson.id(), outside);
            }
            for (Node control : controls(transport)) {
                check(control, lesson.id(), outside);
            }
            check(robot.lookup("#transport-export").query(), lesson.id(), outside);
            for (Node node : controls(inspector)) {
                if (node instanceof Label label && label.isVisible() && label.getText() != null && !label.isWrapText()
                        && label.getWidth() + 0.5 < label.prefWidth(-1)) {
                    outside.add(lesson.id() + ": label \"" + label.getText() + "\" cut to " + label.getWidth());
                }
            }
        }
        assertTrue(outside.isEmpty(), width + "x" + height + " zoom +" + zoomSteps + " " + language + ":\n"
                + String.join("\n", outside));
    }

    /** {@code control}, if shown, lies inside the window across. */
    private void check(Node control, String lesson, List<String> outside) {
        boolean blank = control instanceof Label label && (label.getText() == null || label.getText().isEmpty())
                && label.getGraphic() == null;
        if (!control.isVisible() || control.getScene() == null || blank) {
            return;
        }
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        double windowWidth = control.getScene().getWidth();
        if (bounds.getMinX() < -0.5 || bounds.getMaxX() > windowWidth + 0.5 || bounds.getWidth() < 1) {
            outside.add(lesson + ": " + describe(control) + " spans " + Math.round(bounds.getMinX()) + " to "
                    + Math.round(bounds.getMaxX()) + " of " + Math.round(windowWidth));
        }
    }

    private static String describe(Node control) {
        String text = control instanceof Label label ? " \"" + label.getText() + "\"" : "";
        return control.getClass().getSimpleName() + text + (control.getId() == null ? "" : " #" + control.getId());
    }

    /** The controls under {@code root} that are shown, not looking inside a control's own skin. */
    private static List<Node> controls(Node root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control && !(node instanceof ScrollPane)) {
            found.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
        if (node instanceof ScrollPane pane && pane.getContent() != null) {
            collect(pane.getContent(), found);
        }
    }
}
