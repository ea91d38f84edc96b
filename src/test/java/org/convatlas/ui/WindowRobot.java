package org.convatlas.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds and clicks what the window shows by its text, menus and submenus included, and reads back what the inspector
 * and the stage say.
 */
final class WindowRobot {

    private WindowRobot() {
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

    /** Clicks the control labelled {@code text} (in full, even where the control cuts it short on screen). */
    static void clickLabelled(FxRobot robot, String text) {
        robot.clickOn(robot.lookup((Labeled l) -> text.equals(l.getText()) && l.isVisible()).queryAs(Labeled.class));
    }

    /** The editor the parameter labelled {@code label} is edited with. */
    @SuppressWarnings("unchecked")
    static <T extends Node> T editor(FxRobot robot, String label) {
        Label found = robot.lookup("." + AppStyles.PARAMETERS + " .label").queryAllAs(Label.class).stream()
                .filter(l -> label.equals(l.getText())).findFirst().orElseThrow();
        return (T) found.getLabelFor();
    }

    /** The lines of the counts card, as shown. */
    static List<String> countsCard(FxRobot robot) {
        return robot.lookup("." + AppStyles.COUNTS_CARD + " .label").queryAllAs(Label.class).stream()
                .map(Labeled::getText).toList();
    }

    /** The stage's figure in words: its captions, then its formula strip in full. */
    static String stageText(FxRobot robot) {
        return robot.lookup("#stage-canvas").queryAs(Canvas.class).getAccessibleText();
    }

    /** Scrolls the pane that holds {@code node} (the inspector, say) until the node's top shows, as a user would. */
    static void scrollTo(FxRobot robot, Node node) {
        Parent parent = node.getParent();
        while (!(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        ScrollPane pane = (ScrollPane) parent;
        robot.interact(() -> {
            Node content = pane.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(hidden <= 0 ? 0 : Math.min(1, at.getMinY() / hidden));
        });
    }

    /** The atlas's entry named {@code title}, scrolled to the top of the list as a user would scroll it. */
    static TreeCell<?> atlasEntry(FxRobot robot, String title) {
        TreeView<?> atlas = robot.lookup("." + AppStyles.ATLAS_TREE).queryAs(TreeView.class);
        for (int row = 0; row < atlas.getExpandedItemCount(); row++) {
            int shown = row;
            robot.interact(() -> atlas.scrollTo(shown));
            Optional<TreeCell> entry = cellShowing(robot, title);
            if (entry.isPresent()) {
                int index = atlas.getRow((TreeItem) entry.get().getTreeItem());
                robot.interact(() -> atlas.scrollTo(index));
                return cellShowing(robot, title).orElseThrow();
            }
        }
        throw new AssertionError("no entry " + title + " in the atlas");
    }

    private static Optional<TreeCell> cellShowing(FxRobot robot, String title) {
        return robot.lookup((TreeCell<?> cell) -> cell.getTreeItem() != null && title.equals(cell.getText()))
                .tryQueryAs(TreeCell.class);
    }

    /** Clicks the atlas's entry named {@code title}, scrolled into view first. */
    static void clickLesson(FxRobot robot, String title) {
        robot.clickOn(atlasEntry(robot, title));
    }
}
