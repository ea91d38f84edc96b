package org.convatlas.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.convatlas.i18n.I18n;

/** Labels and tooltips whose text comes from the bundle and follows the current language. */
final class Localized {

    private Localized() {
    }

    /** A label showing the text of {@code key}. */
    static Label label(I18n i18n, String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    /** A tooltip showing the text of {@code key} with its placeholders filled by {@code arguments}. */
    static Tooltip tooltip(I18n i18n, String key, Object... arguments) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(key, arguments));
        return tooltip;
    }
}
