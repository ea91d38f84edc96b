package org.convatlas.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.SampleImage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The window: the menu bar on top, the atlas of lessons on the left, the stage in the middle with the transport bar
 * under it, the inspector on the right. It keeps the AtlantaFX theme, the type size and the font of the current
 * language applied, and titles itself with the open lesson.
 */
public final class MainWindow {

    /** The smallest window that still shows the atlas, a usable stage and the inspector, in pixels. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private final MainViewModel model;
    private final I18n i18n;
    /** The URL of the type stylesheet for the current type size and language. */
    private final StringBinding typography;
    private Stage stage;
    private AtlasView atlas;

    public MainWindow(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        typography = Bindings.createStringBinding(
                () -> Typography.stylesheetUrl(model.fontSizeProperty().get(), i18n.getLocale()),
                model.fontSizeProperty(), i18n.localeProperty());
    }

    /** Builds the window into {@code target} and shows it. */
    public void show(Stage target) {
        stage = target;
        // the theme before the first control exists, so JavaFX does not load its own default theme for nothing
        model.themeProperty().subscribe(theme -> Application.setUserAgentStylesheet(theme.userAgentStylesheet()));
        Scene scene = new Scene(createView(), initialWidth(), initialHeight());
        model.themeProperty().subscribe(theme -> scene.setFill(theme.palette().background()));
        scene.getStylesheets().setAll(AppStyles.stylesheetUrl(), typography.get());
        typography.subscribe(url -> scene.getStylesheets().set(1, url));
        acceptDroppedFiles(scene);
        TransportKeys.install(scene, () -> {
            LessonViewModel lesson = model.getCurrentLesson();
            return lesson == null ? null : lesson.transport();
        });
        stage.titleProperty().bind(title());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    /** Opens the lesson {@code id} as if it had been chosen in the atlas. */
    public void open(String id) {
        atlas.select(id);
    }

    private Parent createView() {
        atlas = new AtlasView(model, i18n);
        StageView stageView = new StageView(model, i18n);
        TransportBar transport = new TransportBar(model, i18n);
        transport.addTrailing(exportButton());
        BorderPane centre = new BorderPane(stageView);
        centre.setBottom(transport);
        InspectorView inspector = new InspectorView(model, i18n, this::openImage);
        SidePanes panes = new SidePanes(atlas, centre, inspector, model.atlasShownProperty(),
                model.inspectorShownProperty(), model.fontSizeProperty());

        AppMenuBar menus = new AppMenuBar(model, i18n, new AppMenuBar.Actions() {
            @Override
            public void openImage() {
                MainWindow.this.openImage();
            }

            @Override
            public void exportFrames() {
                showExport();
            }

            @Override
            public void exit() {
                Platform.exit();
            }

            @Override
            public void about() {
                showAbout();
            }

            @Override
            public void aboutSampleImages() {
                showAboutSampleImages();
            }
        });
        BorderPane root = new BorderPane(panes);
        root.getStyleClass().add(AppStyles.MAIN_WINDOW);
        root.setTop(new VBox(menus));
        return root;
    }

    /** The transport bar's button that opens File → Export… (Ctrl+E). */
    private Button exportButton() {
        Button button = new Button(null, new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Localized.tooltip(button, i18n, "export.tooltip");
        button.setId("transport-export");
        button.disableProperty().bind(AppMenuBar.nothingToExport(model));
        button.setOnAction(e -> showExport());
        return button;
    }

    /** Opens the export dialog over the open lesson, paused at its current step. */
    private void showExport() {
        LessonViewModel lesson = model.getCurrentLesson();
        if (lesson == null || lesson.playbackProperty().get() == null) {
            return;
        }
        lesson.transport().pause();
        ExportDialog dialog = new ExportDialog(stage, i18n, lesson, model.themeProperty().get());
        dialog.getDialogPane().getStylesheets().setAll(AppStyles.stylesheetUrl(), typography.get());
        dialog.show();
    }

    private StringBinding title() {
        return Bindings.createStringBinding(() -> {
            LessonViewModel lesson = model.getCurrentLesson();
            return lesson == null ? i18n.get("window.title.empty")
                    : i18n.get("window.title", i18n.get(lesson.lesson().titleKey()));
        }, model.currentLessonProperty(), i18n.localeProperty());
    }

    public static double initialWidth() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return Math.max(MIN_WIDTH, Math.min(1600, screen.getWidth() * 0.9));
    }

    public static double initialHeight() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return Math.max(MIN_HEIGHT, Math.min(1000, screen.getHeight() * 0.9));
    }

    /** Asks for an image file and opens it in the open lesson. */
    private void openImage() {
        LessonViewModel lesson = model.getCurrentLesson();
        if (lesson == null || lesson.imageParameter().isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("openImage.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("openImage.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openImage(file.toPath());
        }
    }

    /**
     * Opens the picture in {@code file} as the chosen file of File → Open image… or a file dropped on the window is
     * opened: read away from the JavaFX thread, then shown by the open lesson if it takes an image, else by the first
     * lesson that does. A file that cannot be used leaves the picture as it was and is explained in a dialog.
     */
    public void openImage(Path file) {
        model.lessonTakingImages().ifPresent(lesson -> {
            open(lesson.id());
            model.getCurrentLesson().openImage(file, this::showImageProblem);
        });
    }

    private void showImageProblem(Message problem) {
        Alert alert = dialog(Alert.AlertType.ERROR, "openImage.error.title");
        alert.setHeaderText(null);
        alert.setContentText(i18n.get(problem));
        alert.show();
    }

    /** Opens a file dropped anywhere on the window (the first, if several are dropped). */
    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                openImage(files.get(0).toPath());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }

    /** The authors and licences of the sample images, one line each. */
    private void showAboutSampleImages() {
        Alert about = dialog(Alert.AlertType.INFORMATION, "sampleImages.title");
        about.setHeaderText(i18n.get("sampleImages.header"));
        about.setContentText(Arrays.stream(SampleImage.values()).map(sample -> i18n.get(sample.creditKey()))
                .collect(Collectors.joining("\n")));
        about.showAndWait();
    }

    private void showAbout() {
        Alert about = dialog(Alert.AlertType.INFORMATION, "about.title");
        String version = MainWindow.class.getPackage().getImplementationVersion();
        about.setHeaderText(i18n.get("about.header", version == null ? "" : version));
        about.setContentText(i18n.get("about.text"));
        about.showAndWait();
    }

    /** A dialog owned by the window, in its stylesheets (type size and language font included). */
    private Alert dialog(Alert.AlertType type, String titleKey) {
        Alert alert = new Alert(type, "", new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(stage);
        alert.setTitle(i18n.get(titleKey));
        alert.getDialogPane().getStylesheets().setAll(AppStyles.stylesheetUrl(), typography.get());
        return alert;
    }
}
