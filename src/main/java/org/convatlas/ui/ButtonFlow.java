package org.convatlas.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.layout.FlowPane;

/**
 * Buttons side by side, as many to a line as fit, and a button too wide for a line of its own wrapping its text
 * there: the flow asks for no more width than it is given, so that a narrow inspector never scrolls sideways.
 */
final class ButtonFlow extends FlowPane {

    /** Adds {@code button} at the end of the flow. */
    void add(ButtonBase button) {
        button.setWrapText(true);
        button.maxWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset()));
        getChildren().add(button);
    }

    /** No more than its insets: the buttons wrap to whatever width the flow is given. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }
}
