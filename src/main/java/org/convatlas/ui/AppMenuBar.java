package org.convatlas.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.SampleImage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The menu bar: File (Open image, Open a sample image, Export, Exit), View (theme, language, the side panes, zoom),
 * Help (About, About the sample images).
 */
final class AppMenuBar extends MenuBar {

    /** What the menus do that is not a change of the view model. */
    interface Actions {
        void openImage();

        void exportFrames();

        void exit();

        void about();

        void aboutSampleImages();
    }

    private final MainViewModel model;
    private final I18n i18n;
    private final Actions actions;

    AppMenuBar(MainViewModel model, I18n i18n, Actions actions) {
        this.model = model;
        this.i18n = i18n;
        this.actions = actions;
        getMenus().addAll(fileMenu(), viewMenu(), helpMenu());
    }

    private Menu fileMenu() {
        MenuItem open = item("menu.file.openImage", MaterialDesignF.FOLDER_OPEN, actions::openImage);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        ObservableValue<Boolean> takesNoImage = model.currentLessonProperty()
                .map(l -> l.imageParameter().isEmpty()).orElse(true);
        open.disableProperty().bind(takesNoImage);
        Menu samples = menu("menu.file.sampleImage");
        samples.setGraphic(new FontIcon(MaterialDesignI.IMAGE_MULTIPLE_OUTLINE));
        samples.getItems().setAll(SampleImageItems.create(i18n, this::useSample));
        samples.disableProperty().bind(takesNoImage);
        MenuItem export = item("menu.file.export", MaterialDesignE.EXPORT_VARIANT, actions::exportFrames);
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.disableProperty().bind(nothingToExport(model));
        MenuItem exit = item("menu.file.exit", MaterialDesignE.EXIT_TO_APP, actions::exit);
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        return menu("menu.file", open, samples, new SeparatorMenuItem(), export, new SeparatorMenuItem(), exit);
    }

    /** True while no lesson is open, the open one has nothing to play, or its values are refused. */
    static ObservableValue<Boolean> nothingToExport(MainViewModel model) {
        return model.currentLessonProperty().flatMap(lesson -> Bindings.createBooleanBinding(
                () -> lesson.playbackProperty().get() == null || lesson.problemProperty().get() != null,
                lesson.playbackProperty(), lesson.problemProperty())).orElse(true);
    }

    /** Gives {@code sample} to the open lesson's image parameter. */
    private void useSample(SampleImage sample) {
        LessonViewModel lesson = model.getCurrentLesson();
        lesson.imageParameter().ifPresent(parameter -> lesson.set(parameter, sample.image()));
    }

    private Menu viewMenu() {
        Menu theme = menu("menu.view.theme");
        ToggleGroup themes = new ToggleGroup();
        for (AppTheme t : AppTheme.values()) {
            RadioMenuItem choice = new RadioMenuItem();
            choice.textProperty().bind(i18n.text(t.labelKey()));
            choice.setId("theme-" + t.name().toLowerCase(Locale.ROOT));
            choice.setToggleGroup(themes);
            choice.setOnAction(e -> model.setTheme(t));
            model.themeProperty().subscribe(current -> choice.setSelected(current == t));
            theme.getItems().add(choice);
        }

        Menu language = menu("menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale l : I18n.SUPPORTED) {
            RadioMenuItem choice = new RadioMenuItem(I18n.nativeName(l));
            choice.setId("language-" + l.toLanguageTag());
            // the language's name in its own script, from when the menu first opens: a shipped font loads then
            language.addEventHandler(Menu.ON_SHOWING, e -> AppFonts.familyFor(l)
                    .ifPresent(family -> choice.setStyle("-fx-font-family: \"" + family + "\";")));
            choice.setToggleGroup(languages);
            choice.setOnAction(e -> i18n.setLocale(l));
            i18n.localeProperty().subscribe(current -> choice.setSelected(current.equals(l)));
            language.getItems().add(choice);
        }

        CheckMenuItem atlas = paneItem("menu.view.atlas", model.atlasShownProperty(), KeyCode.L);
        CheckMenuItem inspector = paneItem("menu.view.inspector", model.inspectorShownProperty(),
                KeyCode.I);

        MenuItem zoomIn = item("menu.view.zoomIn", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, model::zoomIn);
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_ANY));
        MenuItem zoomOut = item("menu.view.zoomOut", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, model::zoomOut);
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem reset = item("menu.view.zoomReset", MaterialDesignM.MAGNIFY, model::resetZoom);
        reset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        return menu("menu.view", theme, language, new SeparatorMenuItem(), atlas, inspector, new SeparatorMenuItem(),
                zoomIn, zoomOut, reset);
    }

    /** A side pane shown while the item is checked, switched by Ctrl and {@code key} too. */
    private CheckMenuItem paneItem(String key, BooleanProperty shown, KeyCode shortcut) {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setId(key.replace('.', '-'));
        item.selectedProperty().bindBidirectional(shown);
        item.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        return item;
    }

    private Menu helpMenu() {
        return menu("menu.help", item("menu.help.about", MaterialDesignI.INFORMATION_OUTLINE, actions::about),
                item("menu.help.sampleImages", MaterialDesignI.IMAGE_OUTLINE, actions::aboutSampleImages));
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.text(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(null, new FontIcon(icon));
        item.textProperty().bind(i18n.text(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.run());
        return item;
    }
}
