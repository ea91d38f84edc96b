package org.convatlas.ui;

import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.convatlas.i18n.I18n;

/**
 * Labels and tooltips whose text comes from the bundle and follows the current language.
 *
 * <p>A tooltip is made the first time the pointer enters its control, not with the control: every tooltip is a
 * popup window with a scene of its own, and making the window's forty at once took a tenth of its start-up. JavaFX
 * shows a tooltip after the pointer has rested on the control, so one made on entering shows as one made before.
 * Until then the text is the control's accessible help, which is what a tooltip gives to a screen reader.
 */
final class Localized {

    private Localized() {
    }

    /** A label showing the text of {@code key}. */
    static Label label(I18n i18n, String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    /** Gives {@code control} a tooltip of the text of {@code key} with its placeholders filled by {@code arguments}. */
    static void tooltip(Control control, I18n i18n, String key, Object... arguments) {
        tooltip(control, i18n.text(key, arguments));
    }

    /** Gives {@code control} a tooltip that shows {@code text}. */
    static void tooltip(Control control, ObservableValue<String> text) {
        control.accessibleHelpProperty().bind(text);
        onFirstEntry(control, () -> control.setTooltip(tooltipShowing(text)));
    }

    /** A tooltip whose text follows {@code text}. */
    static Tooltip tooltipShowing(ObservableValue<String> text) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        return tooltip;
    }

    /** Runs {@code action} once, the first time the pointer enters {@code node}. */
    private static void onFirstEntry(Node node, Runnable action) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                action.run();
            }
        });
    }
}
