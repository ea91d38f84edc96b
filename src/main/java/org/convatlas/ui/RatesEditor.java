package org.convatlas.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.RatesParameter;
import org.convatlas.lesson.RatesText;

/**
 * A text field for dilation rates ({@code 1, 2, 5}): the typed rates are taken when they are committed (Enter, or the
 * field losing the focus), not at every keystroke, so that typing {@code 12} does not first make a layer of rate 1.
 * Text that does not read as rates is answered in place as it is typed, under the field, which is marked; the lesson
 * keeps the rates it had.
 */
final class RatesEditor extends VBox {

    private final RatesParameter parameter;
    private final I18n i18n;
    private final Consumer<DilationRates> onEdit;
    private final TextField field = new TextField();
    private final Label problem = new Label();
    private Message shownProblem;

    RatesEditor(RatesParameter parameter, I18n i18n, Consumer<DilationRates> onEdit) {
        this.parameter = parameter;
        this.i18n = i18n;
        this.onEdit = onEdit;
        createView();
        initListeners();
    }

    private void createView() {
        field.setPromptText(parameter.defaultValue().text());
        Localized.tooltip(field, i18n, "parameter.rates.tooltip", parameter.maxCount(),
                parameter.maxRate());
        problem.getStyleClass().add(AppStyles.PROBLEM);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        getChildren().addAll(field, problem);
    }

    private void initListeners() {
        field.textProperty().addListener((o, old, text) -> showProblem(parameter.read(text).problem()));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        i18n.localeProperty().addListener((o, old, locale) -> showProblem(shownProblem));
    }

    /** Shows {@code rates} unless the text already reads as them (so typing keeps its spacing and caret). */
    void show(DilationRates rates) {
        RatesText typed = parameter.read(field.getText());
        if (!typed.valid() || !typed.rates().equals(rates)) {
            field.setText(rates.text());
        }
    }

    /** Hands on the typed rates, if they read as rates. */
    private void commit() {
        RatesText typed = parameter.read(field.getText());
        showProblem(typed.problem());
        if (typed.valid()) {
            onEdit.accept(typed.rates());
        }
    }

    private void showProblem(Message message) {
        shownProblem = message;
        problem.setVisible(message != null);
        problem.setText(message == null ? "" : i18n.get(message));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
    }
}
