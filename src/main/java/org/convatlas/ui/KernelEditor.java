package org.convatlas.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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

    /** Significant digits a cell shows of a weight that is not whole. */
    private static final int DIGITS = 4;
    /** From this many columns up, the cells' text is smaller. */
    private static final int MANY = 6;
    private static final PseudoClass MANY_COLUMNS = PseudoClass.getPseudoClass("many-columns");

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
        kernel = shown;
        rows.getValueFactory().setValue(shown.rows());
        columns.getValueFactory().setValue(shown.columns());
        rebuildCells();
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

    /**
     * The grid of weights, its columns sharing the editor's width, each cell wide enough for the longest weight
     * shown and its text smaller for kernels of many columns.
     */
    private void rebuildCells() {
        cells.getChildren().clear();
        cells.getColumnConstraints().clear();
        int longest = 2;
        for (int r = 0; r < kernel.rows(); r++) {
            for (int c = 0; c < kernel.columns(); c++) {
                longest = Math.max(longest, shown(kernel.weight(r, c)).length());
            }
        }
        for (int c = 0; c < kernel.columns(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / kernel.columns());
            column.setHgrow(Priority.ALWAYS);
            cells.getColumnConstraints().add(column);
        }
        cells.getStyleClass().setAll(AppStyles.KERNEL_CELLS);
        cells.pseudoClassStateChanged(MANY_COLUMNS, kernel.columns() >= MANY);
        for (int r = 0; r < kernel.rows(); r++) {
            for (int c = 0; c < kernel.columns(); c++) {
                cells.add(cell(r, c, longest), c, r);
            }
        }
        cells.setMaxWidth(Region.USE_PREF_SIZE);
    }

    /**
     * A weight's cell: it shows the weight as {@link #shown} writes it, and takes what is typed into it when Enter is
     * pressed or it loses the focus, if the text was changed (a weight shown rounded keeps its exact value).
     */
    private TextField cell(int row, int column, int columnCount) {
        String text = shown(kernel.weight(row, column));
        TextField cell = new TextField(text);
        cell.getStyleClass().add(AppStyles.KERNEL_CELL);
        cell.setPrefColumnCount(columnCount);
        cell.setMinWidth(0);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setTextFormatter(new TextFormatter<String>(
                change -> PARTIAL_NUMBER.matcher(change.getControlNewText()).matches() ? change : null));
        Runnable commit = () -> {
            if (!cell.getText().equals(text)) {
                edit(kernel.withWeight(row, column, typed(cell.getText())));
            }
        };
        cell.setOnAction(e -> commit.run());
        cell.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        Localized.tooltip(cell, i18n, "inspector.kernel.weight", row + 1, column + 1,
                exact(kernel.weight(row, column)));
        return cell;
    }

    /**
     * A weight as a cell shows it, readable in a narrow cell: whole numbers in full ({@code -1}, {@code 4}), others to
     * {@link #DIGITS} significant digits ({@code 0.0625}, {@code 0.04}, {@code 0.333}), below 0.001 in scientific
     * notation ({@code 2.44e-4}); the exact value is in the cell's tooltip.
     */
    static String shown(float weight) {
        if (weight == Math.rint(weight) && Math.abs(weight) < 1e7f) {
            return String.valueOf((long) weight);
        }
        if (Math.abs(weight) < 1e-3f) {
            BigDecimal rounded = new BigDecimal(weight).round(new MathContext(DIGITS - 1));
            return rounded.unscaledValue().toString().replaceFirst("^(-?\\d)", "$1.").replaceFirst("\\.$", "")
                    + "e" + (rounded.precision() - rounded.scale() - 1);
        }
        return new BigDecimal(Float.toString(weight)).round(new MathContext(DIGITS)).stripTrailingZeros()
                .toPlainString();
    }

    /** A weight written as briefly as reads back to the same {@code float}: "0.0625", "2.4414062E-4". */
    private static String exact(float weight) {
        return new BigDecimal(Float.toString(weight)).stripTrailingZeros().toPlainString();
    }

    /** What a cell's text stands for; an unfinished number reads as 0. */
    private static float typed(String text) {
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            return 0f;
        }
    }
}
