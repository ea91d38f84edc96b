package org.convatlas.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.LayerStack;
import org.convatlas.lesson.LayerStackParameter;
import org.convatlas.lesson.StackLayer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Edits a stack of layers: a table with one row per layer (its number, then kernel height, kernel width, stride,
 * dilation and padding, each in a text field, and a button that removes the layer) and a button that adds a copy of
 * the top layer. A value is taken when it is committed (Enter, or the field losing the focus), not at every
 * keystroke; one the engine or the parameter's limits refuse is not taken: the field is marked and a line under the
 * table says why, naming the layer, as it is typed. A field left with a value not taken shows the taken one again.
 *
 * <p>Node ids, for tests: {@code <parameter>-<layer>-<field>} for a field (layers from 1, fields as
 * {@link StackLayer.Field#labelKey()} ends), {@code <parameter>-remove-<layer>} and {@code <parameter>-add}.
 */
final class LayerStackEditor extends VBox {

    private final LayerStackParameter parameter;
    private final I18n i18n;
    private final Consumer<LayerStack> onEdit;
    private final GridPane table = new GridPane();
    private final Button add = new Button(null, new FontIcon(MaterialDesignP.PLUS));
    private final Label problem = new Label();
    private LayerStack stack;

    LayerStackEditor(LayerStackParameter parameter, I18n i18n, Consumer<LayerStack> onEdit) {
        this.parameter = parameter;
        this.i18n = i18n;
        this.onEdit = onEdit;
        this.stack = parameter.defaultValue();
        createView();
    }

    private void createView() {
        getStyleClass().add(AppStyles.STACK_EDITOR);
        table.getStyleClass().add(AppStyles.STACK_TABLE);
        add.textProperty().bind(i18n.text("stackEditor.add"));
        Localized.tooltip(add, i18n, "stackEditor.add.tooltip");
        add.setId(parameter.id() + "-add");
        add.setOnAction(e -> take(stack.withLayerAdded()));
        problem.getStyleClass().add(AppStyles.PROBLEM);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(table, add, problem);
        rebuild();
    }

    /** Shows {@code shown}, a stack set from outside (a preset, or this editor's own edit coming back). */
    void show(LayerStack shown) {
        if (!shown.equals(stack)) {
            stack = shown;
            rebuild();
        }
    }

    private void rebuild() {
        showProblem(null);
        table.getChildren().clear();
        table.add(new Label("#"), 0, 0);
        StackLayer.Field[] fields = StackLayer.Field.values();
        for (int f = 0; f < fields.length; f++) {
            Label heading = Localized.label(i18n, fields[f].labelKey());
            Localized.tooltip(heading, i18n, fields[f].labelKey() + ".tooltip");
            heading.setMinWidth(Region.USE_PREF_SIZE);
            table.add(heading, f + 1, 0);
        }
        for (int i = 0; i < stack.size(); i++) {
            table.add(new Label(Integer.toString(i + 1)), 0, i + 1);
            for (int f = 0; f < fields.length; f++) {
                table.add(field(i, fields[f]), f + 1, i + 1);
            }
            table.add(removeButton(i), fields.length + 1, i + 1);
        }
        add.setDisable(stack.size() >= parameter.maxLayers());
    }

    private TextField field(int layer, StackLayer.Field field) {
        TextField text = new TextField(Integer.toString(stack.get(layer).get(field)));
        text.getStyleClass().add(AppStyles.STACK_CELL);
        text.setId(parameter.id() + "-" + (layer + 1) + "-" + field.labelKey().substring("stackEditor.".length()));
        Localized.tooltip(text, i18n, field.labelKey() + ".tooltip");
        text.textProperty().addListener((o, old, typed) -> {
            Message problem = layer < stack.size() ? check(layer, field, typed).problem() : null;
            showProblem(problem);
            text.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
        });
        text.setOnAction(e -> commit(layer, field, text.getText()));
        text.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && layer < stack.size()) {
                commit(layer, field, text.getText());
                text.setText(Integer.toString(stack.get(layer).get(field)));
            }
        });
        return text;
    }

    private Button removeButton(int layer) {
        Button remove = new Button(null, new FontIcon(MaterialDesignM.MINUS));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setId(parameter.id() + "-remove-" + (layer + 1));
        Localized.tooltip(remove, i18n, "stackEditor.remove.tooltip", layer + 1);
        remove.setDisable(stack.size() == 1);
        remove.setOnAction(e -> take(stack.withLayerRemoved(layer)));
        return remove;
    }

    /**
     * What {@code typed} makes of layer {@code layer}: the layer with the value in place, if it is a whole number the
     * engine and the limits accept; else why not.
     */
    private record Checked(StackLayer layer, Message problem) {
    }

    private Checked check(int layer, StackLayer.Field field, String typed) {
        int value;
        try {
            value = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return new Checked(null, Message.of("stackEditor.notANumber", layer + 1, typed));
        }
        try {
            StackLayer edited = stack.get(layer).with(field, value);
            parameter.checkLayer(edited);
            return new Checked(edited, null);
        } catch (InvalidArgumentException refused) {
            return new Checked(null, Message.of("stackEditor.refused", layer + 1, refused.getMessage()));
        }
    }

    /** Takes the typed value if it is one the engine and the limits accept and differs from the one taken. */
    private void commit(int layer, StackLayer.Field field, String typed) {
        if (layer >= stack.size()) {
            return;
        }
        Checked checked = check(layer, field, typed);
        if (checked.layer() != null && !checked.layer().equals(stack.get(layer))) {
            stack = stack.with(layer, checked.layer());
            showProblem(null);
            onEdit.accept(stack);
        }
    }

    /** A change of rows: taken at once, the table rebuilt. */
    private void take(LayerStack changed) {
        stack = changed;
        rebuild();
        onEdit.accept(changed);
    }

    private void showProblem(Message message) {
        problem.textProperty().unbind();
        problem.setVisible(message != null);
        if (message != null) {
            problem.textProperty().bind(i18n.text(message.key(), message.arguments().toArray()));
        }
    }
}
