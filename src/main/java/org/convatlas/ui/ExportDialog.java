package org.convatlas.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Callback;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.export.ExportFormat;
import org.convatlas.export.ExportSettings;
import org.convatlas.export.ExportSubject;
import org.convatlas.export.Exporter;
import org.convatlas.export.PixelSize;
import org.convatlas.export.StepSelection;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonViewModel;

/**
 * File → Export…: the open lesson's frames as a PNG, a PNG sequence, a GIF or an MP4, annotated in the current
 * language, as the command line's {@code export} writes them. The form sets the format, size, type scale, background,
 * annotations, steps (the current one, all, or a range, every n-th) and frame delay, and the target file; Export
 * writes on a worker thread with a progress bar, Cancel stops it (nothing is left under the file's name), and a target
 * that cannot be written is explained in the dialog.
 */
final class ExportDialog extends Dialog<Void> {

    /** The steps of the type scale spinner. */
    private static final double SCALE_STEP = 0.25;
    private static final int DELAY_STEP = 50;

    private final I18n i18n;
    private final LessonViewModel lesson;
    private final AppTheme theme;

    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final ComboBox<PixelSize> size = new ComboBox<>();
    private final Spinner<Double> scale = new Spinner<>(ExportSettings.MIN_SCALE, ExportSettings.MAX_SCALE, 1,
            SCALE_STEP);
    private final ComboBox<AppTheme> background = new ComboBox<>();
    private final CheckBox annotated = new CheckBox();
    private final ComboBox<StepSelection.Kind> steps = new ComboBox<>();
    private final Spinner<Integer> from;
    private final Spinner<Integer> to;
    private final Spinner<Integer> every;
    private final Spinner<Integer> delay = new Spinner<>(ExportSettings.MIN_DELAY_MILLIS,
            ExportSettings.MAX_DELAY_MILLIS, ExportSettings.DEFAULT_DELAY_MILLIS, DELAY_STEP);
    private final TextField file = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ButtonType exportButton;
    private Task<Void> running;

    /** A dialog over the open {@code lesson}, whose playback is ready, shown in the window's {@code theme}. */
    ExportDialog(Window owner, I18n i18n, LessonViewModel lesson, AppTheme theme) {
        this.i18n = i18n;
        this.lesson = lesson;
        this.theme = theme;
        int stepCount = (int) Math.min(Integer.MAX_VALUE, lesson.transport().getStepCount());
        int current = (int) lesson.transport().getCurrentStep() + 1;
        from = new Spinner<>(1, stepCount, current);
        to = new Spinner<>(1, stepCount, stepCount);
        every = new Spinner<>(1, stepCount, 1);
        exportButton = new ButtonType(i18n.get("export.start"), ButtonBar.ButtonData.OK_DONE);
        initOwner(owner);
        setTitle(i18n.get("export.title"));
        setHeaderText(i18n.get("export.header", i18n.get(lesson.lesson().titleKey())));
        setResizable(true);
        createView();
        initListeners();
    }

    private void createView() {
        getDialogPane().getButtonTypes().setAll(exportButton,
                new ButtonType(i18n.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        format.getItems().setAll(ExportFormat.values());
        format.setCellFactory(labelled(f -> i18n.get(f.labelKey())));
        format.setButtonCell(format.getCellFactory().call(null));
        format.setValue(ExportFormat.GIF);
        size.getItems().setAll(PixelSize.COMMON);
        size.setValue(PixelSize.COMMON.get(0));
        background.getItems().setAll(AppTheme.values());
        background.setCellFactory(labelled(t -> i18n.get(t.labelKey())));
        background.setButtonCell(background.getCellFactory().call(null));
        background.setValue(theme);
        annotated.setText(i18n.get("export.annotated"));
        annotated.setSelected(true);
        steps.getItems().setAll(StepSelection.Kind.values());
        steps.setCellFactory(labelled(k -> i18n.get("export.steps." + k.name().toLowerCase(Locale.ROOT))));
        steps.setButtonCell(steps.getCellFactory().call(null));
        steps.setValue(StepSelection.Kind.ALL);
        for (Spinner<?> spinner : List.of(scale, from, to, every, delay)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
        }
        file.setId("export-file");
        format.setId("export-format");
        file.setText(Path.of(System.getProperty("user.home"), lesson.lesson().id() + ExportFormat.GIF.extension())
                .toString());
        file.setPrefColumnCount(32);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(i18n.get("export.choose"));
        choose.setOnAction(e -> chooseFile());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setWrapText(true);
        status.setId("export-status");

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, label("export.format"), format);
        form.addRow(row++, label("export.size"), size);
        form.addRow(row++, label("export.scale"), scale);
        form.addRow(row++, label("export.background"), background);
        form.addRow(row++, new Label(), annotated);
        HBox range = new HBox(8, steps, label("export.from"), from, label("export.to"), to);
        range.setAlignment(Pos.CENTER_LEFT);
        form.addRow(row++, label("export.steps"), range);
        form.addRow(row++, label("export.every"), every);
        form.addRow(row++, label("export.delay"), delay);
        form.addRow(row++, label("export.file"), new HBox(8, file, choose));
        form.add(progress, 0, row++, 2, 1);
        form.add(status, 0, row, 2, 1);
        GridPane.setHgrow(progress, Priority.ALWAYS);
        getDialogPane().setContent(form);
        updateEnabled();
    }

    private void initListeners() {
        format.valueProperty().addListener((o, old, chosen) -> {
            file.setText(withExtension(file.getText(), chosen));
            updateEnabled();
        });
        steps.valueProperty().addListener((o, old, chosen) -> updateEnabled());
        getDialogPane().lookupButton(exportButton).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            start();
        });
        Node cancel = getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(1));
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (running != null) {
                e.consume();
                running.cancel();
            }
        });
        setOnCloseRequest(e -> {
            if (running != null) {
                e.consume();
                running.cancel();
            }
        });
    }

    /** A PNG shows the current step, without delay; a range needs its ends; a JSON document has no pictures. */
    private void updateEnabled() {
        boolean animated = format.getValue().animated();
        boolean pictures = format.getValue().pictures();
        steps.setDisable(!animated);
        every.setDisable(!animated);
        delay.setDisable(!animated || !pictures);
        for (Node picture : List.of(size, scale, background, annotated)) {
            picture.setDisable(!pictures);
        }
        boolean range = animated && steps.getValue() == StepSelection.Kind.RANGE;
        from.setDisable(!range);
        to.setDisable(!range);
    }

    private Label label(String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static <T> Callback<ListView<T>, ListCell<T>> labelled(Function<T, String> text) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** {@code path} with the extension of {@code chosen} in place of another format's. */
    private static String withExtension(String path, ExportFormat chosen) {
        for (String extension : Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList()) {
            if (path.toLowerCase(Locale.ROOT).endsWith(extension)) {
                return path.substring(0, path.length() - extension.length()) + chosen.extension();
            }
        }
        return path + chosen.extension();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("export.choose.title"));
        Path current = Path.of(file.getText()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(String.valueOf(current.getFileName()));
        ExportFormat chosen = format.getValue();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(chosen.labelKey()),
                "*" + chosen.extension()));
        File picked = chooser.showSaveDialog(getOwner());
        if (picked != null) {
            file.setText(withExtension(picked.getPath(), chosen));
        }
    }

    /** The form's settings, in the window's language. */
    private ExportSettings settings() {
        StepSelection selection = switch (steps.getValue()) {
            case CURRENT -> StepSelection.current();
            case ALL -> StepSelection.all();
            case RANGE -> StepSelection.range(from.getValue(), to.getValue());
        };
        Locale language = i18n.getLocale();
        return new ExportSettings(format.getValue(), size.getValue(), scale.getValue(),
                background.getValue().palette(), annotated.isSelected(),
                format.getValue().animated() ? selection.every(every.getValue()) : StepSelection.current(),
                delay.getValue(), language, AppFonts.familyFor(language).orElse(Font.getDefault().getFamily()));
    }

    /** Starts writing on a worker thread, the form locked and the progress shown. */
    private void start() {
        if (running != null) {
            return;
        }
        ExportSettings settings;
        Path target;
        try {
            settings = settings();
            target = Path.of(file.getText()).toAbsolutePath();
        } catch (InvalidArgumentException | InvalidPathException e) {
            showProblem(e.getMessage());
            return;
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            showProblem(i18n.get("export.error.write", target, i18n.get("export.error.noFolder")));
            return;
        }
        ExportSubject subject = new ExportSubject(lesson.lesson(), lesson.valuesProperty().get(),
                lesson.playbackProperty().get(), lesson.transport().getCurrentStep());
        running = new ExportTask(subject, settings, target);
        progress.progressProperty().bind(running.progressProperty());
        progress.setVisible(true);
        status.getStyleClass().remove(AppStyles.PROBLEM);
        status.setText(i18n.get("export.running"));
        getDialogPane().getContent().setDisable(true);
        getDialogPane().lookupButton(exportButton).setDisable(true);
        running.stateProperty().addListener((o, old, state) -> finished(state, target));
        Thread worker = new Thread(running, "export-worker");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished(Worker.State state, Path target) {
        if (state != Worker.State.SUCCEEDED && state != Worker.State.FAILED && state != Worker.State.CANCELLED) {
            return;
        }
        Throwable failure = running.getException();
        running = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        getDialogPane().getContent().setDisable(false);
        getDialogPane().lookupButton(exportButton).setDisable(false);
        if (state == Worker.State.SUCCEEDED) {
            close();
        } else if (state == Worker.State.CANCELLED || failure instanceof CancellationException) {
            status.setText(i18n.get("export.cancelled"));
        } else if (failure instanceof IOException io) {
            showProblem(i18n.get("export.error.write", target, reason(io)));
        } else if (failure instanceof InvalidArgumentException invalid) {
            showProblem(invalid.getMessage());
        } else {
            throw new IllegalStateException("export failed", failure);
        }
    }

    private void showProblem(String text) {
        status.setText(text);
        status.getStyleClass().add(AppStyles.PROBLEM);
    }

    /** Why a file could not be written, in the current language where the system's words are known. */
    private String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return i18n.get("export.error.denied");
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return i18n.get("export.error.noFolder");
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** The export on a worker thread, reporting its progress and stopping when cancelled. */
    private static final class ExportTask extends Task<Void> {

        private final ExportSubject subject;
        private final ExportSettings settings;
        private final Path target;

        ExportTask(ExportSubject subject, ExportSettings settings, Path target) {
            this.subject = subject;
            this.settings = settings;
            this.target = target;
        }

        @Override
        protected Void call() throws IOException, InterruptedException {
            Exporter.export(subject, settings, target, new Exporter.Progress() {
                @Override
                public void update(int done, int total) {
                    updateProgress(done, total);
                }

                @Override
                public boolean cancelled() {
                    return isCancelled();
                }
            });
            return null;
        }
    }
}
