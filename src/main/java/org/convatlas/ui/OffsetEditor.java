package org.convatlas.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convatlas.compute.trace.Step;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.OffsetEdits;
import org.convatlas.lesson.OffsetEditsParameter;
import org.convatlas.lesson.Playback;
import org.convatlas.render.chrome.NumberText;

/**
 * Types the offset {@code (Δy, Δx)} and the mask of one tap of the output position the stage shows (the current step's,
 * or the probed output's): a list of the kernel's taps, three number fields and a button that clears every offset set
 * by hand. The fields show the engine's numbers for the tap (read from the step the stage shows) and follow the stage;
 * a number is taken when committed (Enter, or the field losing the focus), keeping the probe, so that the stage goes on
 * showing the position edited. Text that is no number is marked and left untaken.
 */
final class OffsetEditor extends VBox {

    private final OffsetEditsParameter parameter;
    private final LessonViewModel lesson;
    private final I18n i18n;
    private final Label position = new Label();
    private final ComboBox<Integer> tap = new ComboBox<>();
    private final TextField dy = new TextField();
    private final TextField dx = new TextField();
    private final TextField mask = new TextField();
    private final Button clear = new Button();
    /** The step the fields show, or null when the stage shows no tap to edit. */
    private WeightedSumStep shown;
    private boolean refreshing;

    OffsetEditor(OffsetEditsParameter parameter, LessonViewModel lesson, I18n i18n) {
        this.parameter = parameter;
        this.lesson = lesson;
        this.i18n = i18n;
        createView();
        initListeners();
        refresh();
    }

    private void createView() {
        getStyleClass().add(AppStyles.OFFSET_EDITOR);
        position.setWrapText(true);
        tap.setCellFactory(list -> new TapCell());
        tap.setButtonCell(new TapCell());
        tap.setMaxWidth(Double.MAX_VALUE);
        GridPane fields = new GridPane();
        fields.getStyleClass().add(AppStyles.OFFSET_FIELDS);
        // the labels keep their whole width; the fields take the rest
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        fields.getColumnConstraints().addAll(labels, new ColumnConstraints());
        fields.addRow(0, Localized.label(i18n, "inspector.offsets.tap"), tap);
        fields.addRow(1, Localized.label(i18n, "inspector.offsets.dy"), dy);
        fields.addRow(2, Localized.label(i18n, "inspector.offsets.dx"), dx);
        fields.addRow(3, Localized.label(i18n, "inspector.offsets.mask"), mask);
        for (TextField field : List.of(dy, dx, mask)) {
            field.setPrefColumnCount(5);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        GridPane.setHgrow(tap, Priority.ALWAYS);
        Localized.tooltip(dy, i18n, "inspector.offsets.dy.tooltip");
        Localized.tooltip(dx, i18n, "inspector.offsets.dx.tooltip");
        Localized.tooltip(mask, i18n, "inspector.offsets.mask.tooltip");
        clear.textProperty().bind(i18n.text("inspector.offsets.clear"));
        clear.setMaxWidth(Double.MAX_VALUE);
        clear.setWrapText(true);
        getChildren().addAll(position, fields, clear);
    }

    private void initListeners() {
        lesson.frameProperty().addListener((o, old, frame) -> refresh());
        i18n.localeProperty().addListener((o, old, locale) -> refresh());
        tap.valueProperty().addListener((o, old, chosen) -> {
            if (!refreshing) {
                showTap();
            }
        });
        for (TextField field : List.of(dy, dx, mask)) {
            field.setOnAction(e -> commit(field));
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit(field);
                }
            });
            field.textProperty().addListener((o, old, text) -> field.pseudoClassStateChanged(Styles.STATE_DANGER,
                    number(text).isEmpty()));
        }
        clear.setOnAction(e -> lesson.setKeepingProbe(parameter, OffsetEdits.NONE));
    }

    /** The step the stage shows, when it is a deformable convolution's (its taps bilinear samples). */
    private static Optional<WeightedSumStep> deformableStep(LessonViewModel lesson) {
        Playback playback = lesson.playbackProperty().get();
        if (playback == null || playback.playedTrace().isEmpty()) {
            return Optional.empty();
        }
        Step step = playback.playedTrace().get().step(lesson.shownStep());
        if (step instanceof WeightedSumStep sum && !sum.taps().isEmpty()
                && sum.taps().stream().allMatch(t -> t.source() instanceof TapSource.Bilinear)) {
            return Optional.of(sum);
        }
        return Optional.empty();
    }

    /** Shows the taps of the position on show, the chosen one (or the one last set by hand there) in the fields. */
    private void refresh() {
        shown = deformableStep(lesson).orElse(null);
        setDisable(shown == null);
        if (shown == null) {
            position.setText("");
            return;
        }
        int row = shown.output().get(1);
        int column = shown.output().get(2);
        position.setText(i18n.get("inspector.offsets.position", row, column));
        refreshing = true;
        try {
            int taps = shown.taps().size();
            Integer chosen = tap.getValue();
            if (tap.getItems().size() != taps) {
                tap.getItems().setAll(java.util.stream.IntStream.range(0, taps).boxed().toList());
                chosen = null;
            }
            Optional<OffsetEdits.Edit> last = lesson.valuesProperty().get().get(parameter).lastAt(row, column);
            if (last.isPresent()) {
                chosen = tapIndex(last.get().tapRow(), last.get().tapColumn());
            }
            tap.setValue(chosen == null || chosen >= taps ? 0 : chosen);
        } finally {
            refreshing = false;
        }
        showTap();
    }

    private int kernelColumns() {
        return shown.taps().stream().mapToInt(t -> t.kernel().get(3)).max().orElse(0) + 1;
    }

    private int tapIndex(int tapRow, int tapColumn) {
        return tapRow * kernelColumns() + tapColumn;
    }

    /** The chosen tap's offset and mask, in the fields that are not being typed in. */
    private void showTap() {
        if (shown == null || tap.getValue() == null) {
            return;
        }
        TapSource.Bilinear source = source(tap.getValue());
        show(dy, source.sample().y() - source.regular().get(1));
        show(dx, source.sample().x() - source.regular().get(2));
        show(mask, source.mask());
    }

    private TapSource.Bilinear source(int index) {
        Tap chosen = shown.taps().get(index);
        return (TapSource.Bilinear) chosen.source();
    }

    private static void show(TextField field, double value) {
        if (!field.isFocused()) {
            field.setText(NumberText.of(value).replace(NumberText.MINUS, '-'));
        }
    }

    /** Sets the chosen tap's offset and mask from the fields, if {@code edited} holds a number. */
    private void commit(TextField edited) {
        if (shown == null || tap.getValue() == null || number(edited.getText()).isEmpty()) {
            return;
        }
        TapSource.Bilinear source = source(tap.getValue());
        float y = number(dy.getText()).orElse(source.sample().y() - source.regular().get(1));
        float x = number(dx.getText()).orElse(source.sample().x() - source.regular().get(2));
        float m = number(mask.getText()).orElse(source.mask());
        Tap chosen = shown.taps().get(tap.getValue());
        OffsetEdits.Edit edit = new OffsetEdits.Edit(shown.output().get(1), shown.output().get(2),
                chosen.kernel().get(2), chosen.kernel().get(3), y, x, m);
        OffsetEdits edits = lesson.valuesProperty().get().get(parameter);
        if (!edits.at(edit.row(), edit.column(), edit.tapRow(), edit.tapColumn()).equals(Optional.of(edit))) {
            lesson.setKeepingProbe(parameter, edits.with(edit));
        }
    }

    /** The number in {@code text} (a true minus sign and a decimal comma read too), if it is one. */
    static Optional<Float> number(String text) {
        try {
            float value = Float.parseFloat(text.strip().replace(NumberText.MINUS, '-').replace(',', '.'));
            return Float.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A tap of the list, named by its kernel row and column. */
    private final class TapCell extends ListCell<Integer> {

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null || shown == null || index >= shown.taps().size()) {
                setText(null);
            } else {
                Tap t = shown.taps().get(index);
                setText(i18n.get("inspector.offsets.tapName", t.kernel().get(2), t.kernel().get(3)));
            }
        }
    }
}
