package org.convatlas.ui;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.KernelPreset;

/**
 * Edits a kernel: its rows and columns with two spinners, each weight in a cell of a grid, and a menu of common
 * kernels (identity, blurs, sharpen, Sobel, Laplacian, emboss) at the current size, those without a form of that size
 * greyed out. A weight is taken when Enter is pressed or the cell loses focus; the editor then reports the whole new
 * kernel.
 */
final class KernelEditor extends VBox {

    /** What a cell may hold while being typed: an optional minus, digits, an optional point and digits. */
    private static final Pattern PARTIAL_NUMBER = Pattern.compile("-?\\d*(\\.\\d*)?");

    private final KernelParameter parameter;
    private final I18n i18n;
    private final Consumer<Kernel> onEdit;
    private final Spinner<Integer> rows;
    private final Spinner<Integer> columns;
    private final GridPane cells = new GridPane();
    private final MenuButton presets = new MenuButton();
    private final Map<KernelPreset, MenuItem> presetItems = new EnumMap<>(KernelPreset.class);
    private Kernel kernel;

    KernelEditor(KernelParameter parameter, I18n i18n, Consumer<Kernel> onEdit) {
        this.parameter = parameter;
        this.i18n = i18n;
        this.onEdit = onEdit;
        this.kernel = parameter.defaultValue();
        rows = sizeSpinner(kernel.rows(), "inspector.kernel.rows");
        columns = sizeSpinner(kernel.columns(), "inspector.kernel.columns");
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(AppStyles.KERNEL_EDITOR);
        Label times = new Label("×");
        times.setMinWidth(Region.USE_PREF_SIZE);
        presets.textProperty().bind(i18n.text("inspector.kernel.presets"));
        Localized.tooltip(presets, i18n, "inspector.kernel.presets.tooltip");
        presets.getStyleClass().add(AppStyles.KERNEL_PRESETS);
        for (KernelPreset preset : KernelPreset.values()) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(i18n.text(preset.labelKey()));
            item.setId("kernel-preset-" + preset.name().toLowerCase(Locale.ROOT));
            presetItems.put(preset, item);
        }
        presets.getItems().addAll(presetItems.values());
        HBox size = new HBox(rows, times, columns);
        size.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(size, cells, presets);
        rebuildCells();
    }

    private void initListeners() {
        rows.valueProperty().addListener((o, old, n) -> edit(kernel.resized(n, kernel.columns())));
        columns.valueProperty().addListener((o, old, n) -> edit(kernel.resized(kernel.rows(), n)));
        presetItems.forEach((preset, item) -> item.setOnAction(e -> choose(preset)));
        presets.setOnShowing(e -> presetItems.forEach(
                (preset, item) -> item.setDisable(!preset.fits(kernel.rows(), kernel.columns()))));
    }

    /** Puts the common kernel {@code preset}, at the current size, in the cells and reports it. */
    private void choose(KernelPreset preset) {
        Kernel chosen = preset.kernel(kernel.rows(), kernel.columns());
        show(chosen);
        onEdit.accept(chosen);
    }

    private Spinner<Integer> sizeSpinner(int initial, String tooltipKey) {
        Spinner<Integer> spinner = WholeNumberSpinners.create(parameter.minSize(), parameter.maxSize(), initial);
        Localized.tooltip(spinner, i18n, tooltipKey);
        return spinner;
    }

    /** Shows {@code shown}, a kernel set from outside (a preset, or this editor's own edit coming back). */
    void show(Kernel shown) {
        if (shown.equals(kernel)) {
            return;
        }
        boolean resized = shown.rows() != kernel.rows() || shown.columns() != kernel.columns();
        kernel = shown;
        rows.getValueFactory().setValue(shown.rows());
        columns.getValueFactory().setValue(shown.columns());
        if (resized) {
            rebuildCells();
        } else {
            cells.getChildren().forEach(node -> {
                TextField cell = (TextField) node;
                @SuppressWarnings("unchecked")
                TextFormatter<Float> formatter = (TextFormatter<Float>) cell.getTextFormatter();
                formatter.setValue(shown.weight(GridPane.getRowIndex(cell), GridPane.getColumnIndex(cell)));
            });
        }
    }

    private void edit(Kernel edited) {
        if (!edited.equals(kernel)) {
            boolean resized = edited.rows() != kernel.rows() || edited.columns() != kernel.columns();
            kernel = edited;
            if (resized) {
                rebuildCells();
            }
            onEdit.accept(edited);
        }
    }

    private void rebuildCells() {
        cells.getChildren().clear();
        for (int r = 0; r < kernel.rows(); r++) {
            for (int c = 0; c < kernel.columns(); c++) {
                cells.add(cell(r, c), c, r);
            }
        }
    }

    private TextField cell(int row, int column) {
        TextField cell = new TextField();
        cell.getStyleClass().add(AppStyles.KERNEL_CELL);
        UnaryOperator<TextFormatter.Change> filter =
                change -> PARTIAL_NUMBER.matcher(change.getControlNewText()).matches() ? change : null;
        TextFormatter<Float> formatter = new TextFormatter<>(WEIGHTS, kernel.weight(row, column), filter);
        cell.setTextFormatter(formatter);
        formatter.valueProperty().addListener((o, old, value) -> {
            if (value != null && value != kernel.weight(row, column)) {
                edit(kernel.withWeight(row, column, value));
            }
        });
        Localized.tooltip(cell, i18n, "inspector.kernel.weight", row + 1, column + 1);
        return cell;
    }

    /** Weights written as briefly as they read: "1", "-0.5", "0.125"; an unfinished number reads as 0. */
    private static final StringConverter<Float> WEIGHTS = new StringConverter<>() {
        @Override
        public String toString(Float value) {
            return value == null ? "" : new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
        }

        @Override
        public Float fromString(String text) {
            try {
                return Float.parseFloat(text);
            } catch (NumberFormatException e) {
                return 0f;
            }
        }
    };
}
