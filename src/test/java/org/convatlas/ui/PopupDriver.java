package org.convatlas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PopupControl;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the popups of a window on a real display as a user does (menus from the menu bar, items chosen, submenus and
 * tooltips by pointing with the platform's robot) and photographs each from the screen, so that the picture is what
 * the display shows, not what the scene graph would draw. Called from a thread of its own, never the JavaFX thread:
 * it waits for the windows to open, draw and close.
 */
final class PopupDriver {

    /** The longest wait for a window to open or close, in milliseconds. */
    private static final long TIMEOUT_MILLIS = 5_000;
    private static final long POLL_MILLIS = 50;
    /** A picture counts as drawn once the screen shows the same for this long, in milliseconds. */
    private static final long SETTLE_MILLIS = 200;

    /** What the screen showed of a popup's content, and the background colour its content paints itself. */
    record Shot(WritableImage picture, Color background) {
    }

    private final Stage stage;
    private final MainWindow window;
    private final Robot robot;
    private final Path brokenImage;
    /** The window the last step opened. */
    private Window latest;

    /**
     * A driver of {@code window}, shown in {@code stage}; {@code robot} was made on the JavaFX thread, and
     * {@code brokenImage} is a file that is not a picture.
     */
    PopupDriver(Stage stage, MainWindow window, Robot robot, Path brokenImage) {
        this.stage = stage;
        this.window = window;
        this.robot = robot;
        this.brokenImage = brokenImage;
    }

    /** Opens the menu bar's menu {@code id}. */
    void openMenu(String id) throws InterruptedException {
        opening(() -> menuBar().getMenus().stream().filter(m -> id.equals(m.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no menu " + id)).show());
    }

    /** Points at the node {@code id} in the window opened last that has it: a submenu opens, a tooltip shows. */
    void point(String id) throws InterruptedException {
        opening(() -> {
            List<Window> windows = new ArrayList<>(showingWindows());
            Collections.reverse(windows);
            Node node = windows.stream().map(w -> w.getScene().getRoot().lookup("#" + id)).filter(Objects::nonNull)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("nothing showing is " + id));
            Bounds bounds = node.localToScreen(node.getLayoutBounds());
            Point2D centre = new Point2D(bounds.getCenterX(), bounds.getCenterY());
            robot.mouseMove(centre);
            robot.mouseMove(centre.add(1, 0));
        });
    }

    /** Chooses the menu item {@code id}, as a click on it does, and waits for the window it opens. */
    void choose(String id) throws InterruptedException {
        opening(() -> menuBar().getMenus().stream().flatMap(PopupDriver::itemsIn).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no menu item " + id)).fire());
    }

    /** Opens a file that is not a picture, as File → Open image… or dropping it does; an alert explains why not. */
    void openBrokenImage() throws InterruptedException {
        opening(() -> window.openImage(brokenImage));
    }

    /** Opens the drop-down list of the window's combo box of style class {@code styleClass}. */
    void showComboBox(String styleClass) throws InterruptedException {
        opening(() -> ((ComboBox<?>) stage.getScene().lookup("." + styleClass)).show());
    }

    /**
     * Starts {@code action} on the JavaFX thread without waiting for it (a dialog shown and waited for runs an event
     * loop of its own inside it) and waits for the one window it opens.
     */
    private void opening(Runnable action) throws InterruptedException {
        List<Window> before = FxThread.call(PopupDriver::showingWindows);
        Platform.runLater(action);
        latest = await(() -> showingWindows().stream().filter(w -> !before.contains(w)).findFirst(),
                "a window to open");
    }

    /**
     * Photographs the content of the window opened last (a popup's content without its shadow, a dialog's pane)
     * from the screen, once the screen has shown the same picture of it for {@value #SETTLE_MILLIS} ms.
     */
    Shot shoot() throws InterruptedException {
        Rectangle2D bounds = FxThread.call(() -> onScreen(content(latest)));
        WritableImage picture = capture(bounds);
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(SETTLE_MILLIS);
            WritableImage again = capture(bounds);
            if (Arrays.equals(pixels(picture), pixels(again))) {
                break;
            }
            picture = again;
        }
        return new Shot(picture, FxThread.call(() -> background(content(latest))));
    }

    /**
     * Closes every menu, drop-down list, popup and dialog, moves the pointer off the window and waits until only the
     * window shows.
     */
    void closeAll() throws InterruptedException {
        FxThread.run(() -> {
            menuBar().getMenus().forEach(Menu::hide);
            stage.getScene().getRoot().lookupAll(".combo-box-base").forEach(box -> ((ComboBoxBase<?>) box).hide());
            for (Window open : showingWindows()) {
                if (open instanceof PopupWindow popup) {
                    popup.hide();
                } else if (open != stage) {
                    dismiss((DialogPane) open.getScene().getRoot().lookup(".dialog-pane"));
                }
            }
            robot.mouseMove(0, 0);
        });
        await(() -> showingWindows().equals(List.of(stage)) ? Optional.of(stage) : Optional.empty(),
                "the popups to close");
    }

    /** Presses the dialog's cancel button, or its only button. */
    private static void dismiss(DialogPane pane) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData().isCancelButton()).findFirst()
                .orElse(pane.getButtonTypes().get(0));
        ((Button) pane.lookupButton(type)).fire();
    }

    private WritableImage capture(Rectangle2D bounds) throws InterruptedException {
        return FxThread.call(() -> robot.getScreenCapture(null, bounds));
    }

    private static int[] pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /** The first value {@code probe} gives on the JavaFX thread, polled until {@link #TIMEOUT_MILLIS}. */
    private static <T> T await(Supplier<Optional<T>> probe, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (true) {
            Optional<T> value = FxThread.call(probe);
            if (value.isPresent()) {
                return value.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("waited " + TIMEOUT_MILLIS + " ms in vain for " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static List<Window> showingWindows() {
        return Window.getWindows().stream().filter(Window::isShowing).toList();
    }

    private MenuBar menuBar() {
        return (MenuBar) stage.getScene().lookup(".menu-bar");
    }

    private static Stream<MenuItem> itemsIn(Menu menu) {
        return menu.getItems().stream()
                .flatMap(item -> item instanceof Menu submenu ? Stream.concat(Stream.of(item), itemsIn(submenu))
                        : Stream.of(item));
    }

    /** What a popup window shows inside its shadow, or a dialog's pane. */
    private static Node content(Window window) {
        if (window instanceof PopupControl popup && popup.getSkin() != null) {
            return popup.getSkin().getNode();
        }
        Parent root = window.getScene().getRoot();
        Node pane = root.lookup(".dialog-pane");
        return pane == null ? root : pane;
    }

    /** Where {@code node} is on the screen, in whole pixels, cut to the screen. */
    private static Rectangle2D onScreen(Node node) {
        Bounds bounds = node.localToScreen(node.getLayoutBounds());
        Rectangle2D screen = Screen.getPrimary().getBounds();
        double x = Math.max(screen.getMinX(), Math.floor(bounds.getMinX()));
        double y = Math.max(screen.getMinY(), Math.floor(bounds.getMinY()));
        double right = Math.min(screen.getMaxX(), Math.ceil(bounds.getMaxX()));
        double bottom = Math.min(screen.getMaxY(), Math.ceil(bounds.getMaxY()));
        return new Rectangle2D(x, y, right - x, bottom - y);
    }

    /** The colour {@code node} fills its inside with: its background's last plain colour, else the scene's fill. */
    private static Color background(Node node) {
        if (node instanceof Region region && region.getBackground() != null) {
            List<BackgroundFill> fills = region.getBackground().getFills();
            for (int i = fills.size() - 1; i >= 0; i--) {
                if (fills.get(i).getFill() instanceof Color colour) {
                    return colour;
                }
            }
        }
        return node.getScene().getFill() instanceof Color colour ? colour : Color.TRANSPARENT;
    }
}
