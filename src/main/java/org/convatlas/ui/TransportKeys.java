package org.convatlas.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.convatlas.lesson.TransportViewModel;

/**
 * The transport's keys, wherever the focus is: Space plays or pauses, ← and → step, Home and End go to the first and
 * last step. They are caught before any control sees them (a focused button would otherwise take Space, a slider
 * the arrows), except while text is being typed into a field.
 */
final class TransportKeys {

    private TransportKeys() {
    }

    /** Handles the keys in {@code scene} for the transport {@code transport} returns (none while it returns null). */
    static void install(Scene scene, Supplier<TransportViewModel> transport) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            TransportViewModel t = transport.get();
            if (t == null || hasModifier(event) || isTyping(scene.getFocusOwner())) {
                return;
            }
            Consumer<TransportViewModel> action = switch (event.getCode()) {
                case SPACE -> TransportViewModel::togglePlaying;
                case LEFT -> TransportViewModel::stepBack;
                case RIGHT -> TransportViewModel::stepForward;
                case HOME -> TransportViewModel::first;
                case END -> TransportViewModel::last;
                default -> null;
            };
            if (action != null) {
                action.accept(t);
                event.consume();
            }
        });
    }

    private static boolean hasModifier(KeyEvent event) {
        return event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown();
    }

    private static boolean isTyping(Node focused) {
        return focused instanceof TextInputControl field && field.isEditable();
    }
}
