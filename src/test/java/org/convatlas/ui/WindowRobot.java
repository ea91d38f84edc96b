package org.convatlas.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Finds and clicks what the window shows by its text, menus and submenus included. */
final class WindowRobot {

    private WindowRobot() {
    }

    /** The lines of the inspector's counts card, as shown. */
    static List<String> countsCard(FxRobot robot) {
        VBox card = robot.lookup("." + AppStyles.COUNTS_CARD).queryAs(VBox.class);
        return card.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** Opens the menus that show {@code texts}, one inside the other. */
    static void openMenus(FxRobot robot, String... texts) throws TimeoutException {
        for (String text : texts) {
            robot.clickOn(awaitShowing(robot, text));
        }
    }

    /**
     * Clicks the item that shows {@code text} in the submenu just opened, moving sideways into the submenu rather
     * than across the items below its parent, which would open their own submenus instead.
     */
    static void chooseInSubmenu(FxRobot robot, String text) throws TimeoutException {
        robot.clickOn(awaitShowing(robot, text), Motion.HORIZONTAL_FIRST);
    }

    /** The node that shows {@code text}, once a window now showing has it (a submenu opens a moment later). */
    static Node awaitShowing(FxRobot robot, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(robot, text).isPresent());
        return showing(robot, text).orElseThrow();
    }

    /** The node that shows {@code text} in a window now showing. */
    static Optional<Node> showing(FxRobot robot, String text) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup((Node n) -> shows(n, text)).queryAll().stream())
                .findFirst();
    }

    private static boolean shows(Node node, String text) {
        return node instanceof Text t && text.equals(t.getText());
    }
}
