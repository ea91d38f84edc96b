package org.convatlas.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.Preset;

/**
 * The inspector's content for one lesson, top to bottom: title, presets, parameters, the problem with the current
 * values if there is one, the counts card, the lesson's chart if it has one, the formula and the explanation.
 */
final class LessonInspector extends VBox {

    /** The share of the parameters' width their labels take. */
    private static final double LABEL_SHARE = 0.42;
    /** The formula's type size, in type sizes of the window. */
    private static final double FORMULA_SCALE = 1.5;

    private final LessonViewModel lesson;
    private final MainViewModel window;
    private final I18n i18n;
    private final Runnable openImage;
    private final VBox counts = new VBox();
    private final FormulaView formula = new FormulaView();
    private final GridPane parameters = new GridPane();
    private final List<ParameterRow> parameterRows = new ArrayList<>();
    private List<ParameterRow> placedRows = List.of();

    /** A parameter's label and editor, a row of the parameter grid, or two when the editor needs the whole width. */
    private record ParameterRow(Parameter<?> parameter, Label label, Node editor, boolean wide) {
    }

    LessonInspector(LessonViewModel lesson, MainViewModel window, I18n i18n, Runnable openImage) {
        this.lesson = lesson;
        this.window = window;
        this.i18n = i18n;
        this.openImage = openImage;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(AppStyles.INSPECTOR_CONTENT);
        Label title = Localized.label(i18n, lesson.lesson().titleKey());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        getChildren().add(title);

        List<Preset> presets = lesson.lesson().presets();
        if (!presets.isEmpty()) {
            ButtonFlow buttons = new ButtonFlow();
            buttons.getStyleClass().add(AppStyles.PRESETS);
            for (Preset preset : presets) {
                Button button = new Button();
                button.textProperty().bind(i18n.text(preset.labelKey()));
                Localized.tooltip(button, i18n, "inspector.presets.tooltip");
                button.setOnAction(e -> lesson.apply(preset));
                buttons.add(button);
            }
            getChildren().addAll(sectionTitle("inspector.presets"), buttons);
        }

        if (!lesson.lesson().parameters().isEmpty()) {
            getChildren().addAll(sectionTitle("inspector.parameters"), parameterGrid());
        }

        Label problem = new Label();
        problem.getStyleClass().add(AppStyles.PROBLEM);
        problem.setWrapText(true);
        problem.textProperty().bind(i18n.text(lesson.problemProperty()));
        problem.visibleProperty().bind(lesson.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().add(problem);

        counts.getStyleClass().add(AppStyles.COUNTS_CARD);
        Label countsTitle = sectionTitle("inspector.counts");
        Label formulaTitle = sectionTitle("inspector.formula");
        showOnlyWhen(Bindings.createBooleanBinding(() -> !lesson.countsProperty().get().isEmpty(),
                lesson.countsProperty()), countsTitle, counts);
        showOnlyWhen(lesson.formulaProperty().isNotEmpty(), formulaTitle, formula);
        getChildren().addAll(countsTitle, counts, new SeriesChartView(lesson, i18n), formulaTitle, formula);

        Label explanation = Localized.label(i18n, lesson.lesson().explanationKey());
        explanation.getStyleClass().add(AppStyles.EXPLANATION);
        explanation.setWrapText(true);
        getChildren().addAll(sectionTitle("inspector.explanation"), explanation);
    }

    /**
     * The parameters' grid: a label beside its editor, the labels in {@link #LABEL_SHARE} of the width and wrapped
     * there, the editors in the rest and as narrow as it needs; an editor that needs the whole width (a kernel's grid,
     * a picture, a table of layers) under its label.
     */
    private GridPane parameterGrid() {
        GridPane grid = parameters;
        grid.getStyleClass().add(AppStyles.PARAMETERS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(100 * LABEL_SHARE);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setPercentWidth(100 * (1 - LABEL_SHARE));
        grid.getColumnConstraints().addAll(labels, editors);
        ParameterEditors factory = new ParameterEditors(lesson, i18n, openImage);
        for (Parameter<?> parameter : lesson.lesson().parameters()) {
            Label label = Localized.label(i18n, parameter.labelKey());
            label.setWrapText(true);
            label.setMinWidth(0);
            ParameterEditors.Editor editor = factory.editorFor(parameter);
            label.setLabelFor(editor.control());
            parameterRows.add(new ParameterRow(parameter, label, editor.node(), editor.wholeWidth()));
        }
        placeRelevantRows();
        return grid;
    }

    /**
     * Lays out the rows of the parameters that count with the values shown, one after the other (a row merely
     * hidden would still leave its gap), a table of layers under its label; the grid is rebuilt only when that set
     * changes, so an editor keeps its focus.
     */
    private void placeRelevantRows() {
        List<ParameterRow> relevant = parameterRows.stream()
                .filter(row -> lesson.lesson().isRelevant(row.parameter(), lesson.shownValuesProperty().get()))
                .toList();
        if (relevant.equals(placedRows)) {
            return;
        }
        placedRows = relevant;
        parameters.getChildren().clear();
        int line = 0;
        for (ParameterRow row : relevant) {
            if (row.wide()) {
                parameters.add(row.label(), 0, line++, 2, 1);
                parameters.add(row.editor(), 0, line++, 2, 1);
            } else {
                parameters.addRow(line++, row.label(), row.editor());
            }
        }
    }

    private void initListeners() {
        lesson.shownValuesProperty().addListener((o, old, values) -> placeRelevantRows());
        lesson.countsProperty().addListener((o, old, lines) -> showCounts());
        i18n.localeProperty().addListener((o, old, locale) -> showCounts());
        lesson.formulaProperty().addListener((o, old, latex) -> showFormula());
        window.themeProperty().addListener((o, old, theme) -> showFormula());
        window.fontSizeProperty().addListener((o, old, size) -> showFormula());
        showCounts();
        showFormula();
    }

    /** One line per count, relabelled in place so that playing does not rebuild the card every frame. */
    private void showCounts() {
        List<Message> lines = lesson.countsProperty().get();
        while (counts.getChildren().size() > lines.size()) {
            counts.getChildren().remove(counts.getChildren().size() - 1);
        }
        while (counts.getChildren().size() < lines.size()) {
            Label line = new Label();
            line.setWrapText(true);
            counts.getChildren().add(line);
        }
        for (int i = 0; i < lines.size(); i++) {
            ((Label) counts.getChildren().get(i)).setText(i18n.get(lines.get(i)));
        }
    }

    private void showFormula() {
        formula.show(lesson.formulaProperty().get(), window.themeProperty().get().palette().ink(),
                window.fontSizeProperty().get() * FORMULA_SCALE);
    }

    private Label sectionTitle(String key) {
        Label label = Localized.label(i18n, key);
        label.getStyleClass().add(AppStyles.SECTION_TITLE);
        return label;
    }

    /** Shows {@code nodes}, and leaves room for them, only while {@code shown} is true. */
    private static void showOnlyWhen(ObservableBooleanValue shown, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }
}
