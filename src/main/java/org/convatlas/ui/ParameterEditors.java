package org.convatlas.ui;

import atlantafx.base.controls.ToggleSwitch;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.BooleanParameter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.ImageParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.LayerStackParameter;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.OffsetEditsParameter;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.RatesParameter;

/**
 * Builds the control that edits one parameter of the open lesson, from its descriptor alone: a spinner for a whole
 * number, segmented buttons or a drop-down list for a choice, a switch for a boolean, a grid for a kernel, a name with
 * a menu of sample images and an Open button for an image, a text field for dilation rates, a table of layers for a stack, number fields for a tap's offset. Each control
 * writes its edits to the view model and follows the values the stage shows (a preset changes them from outside, and
 * pointing at a stack pulls another sheet out), without writing back what it is made to follow.
 */
final class ParameterEditors implements Parameter.Editors<ParameterEditors.Editor> {

    /** The most options a choice shows as segmented buttons rather than in a drop-down list. */
    static final int SEGMENTS = 3;

    private final LessonViewModel lesson;
    private final I18n i18n;
    private final Runnable openImage;
    /** True while the controls are made to show the values shown, so that they do not write them back as edits. */
    private boolean following;

    /**
     * @param openImage asks the user for an image file and gives it to the lesson (File → Open image)
     */
    ParameterEditors(LessonViewModel lesson, I18n i18n, Runnable openImage) {
        this.lesson = lesson;
        this.i18n = i18n;
        this.openImage = openImage;
    }

    /**
     * The control that edits a parameter.
     *
     * @param node       what the inspector places: the control, with whatever goes with it
     * @param control    the control itself, which the parameter's label names
     * @param wholeWidth whether it needs the inspector's whole width (a kernel's grid, a picture, a table of layers)
     *                   rather than the room beside its label
     */
    record Editor(Node node, Node control, boolean wholeWidth) {

        /** A control placed as it is. */
        Editor(Node control, boolean wholeWidth) {
            this(control, control, wholeWidth);
        }
    }

    /** The control for {@code parameter}. */
    Editor editorFor(Parameter<?> parameter) {
        return parameter.editor(this);
    }

    /** A spinner, and under it a note, while it shows, that a number typed outside the range was taken as its end. */
    @Override
    public Editor integer(IntParameter p) {
        Label clamped = new Label();
        clamped.getStyleClass().add(AppStyles.NOTE);
        clamped.setWrapText(true);
        clamped.managedProperty().bind(clamped.visibleProperty());
        clamped.setVisible(false);
        Spinner<Integer> spinner = WholeNumberSpinners.create(p.min(), p.max(), current(p), (typed, taken) -> {
            clamped.textProperty().bind(i18n.text("inspector.parameter.clamped", typed, p.min(), p.max(), taken));
            clamped.setVisible(true);
        });
        spinner.getEditor().setPrefColumnCount(String.valueOf(p.max()).length() + 1);
        spinner.setMaxWidth(Double.MAX_VALUE);
        Localized.tooltip(spinner, i18n, "inspector.parameter.range", p.min(), p.max());
        spinner.valueProperty().addListener((o, old, value) -> edit(p, value));
        // the note goes once the user types again or steps the value
        spinner.getEditor().addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty() && !Character.isISOControl(e.getCharacter().charAt(0))) {
                clamped.setVisible(false);
            }
        });
        spinner.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> clamped.setVisible(false));
        follow(values -> spinner.getValueFactory().setValue(values.get(p)));
        return new Editor(new VBox(spinner, clamped), spinner, false);
    }

    @Override
    public Editor toggle(BooleanParameter p) {
        ToggleSwitch toggle = new ToggleSwitch();
        toggle.setSelected(current(p));
        toggle.selectedProperty().addListener((o, old, value) -> edit(p, value));
        follow(values -> toggle.setSelected(values.get(p)));
        return new Editor(toggle, false);
    }

    /**
     * A few options ({@link #SEGMENTS} at most: a view, a way of pooling, a kind of padding) as segmented buttons across
     * the inspector's width, all in sight and one click each; more of them in a drop-down list.
     */
    @Override
    public <T> Editor choice(ChoiceParameter<T> p) {
        return p.options().size() <= SEGMENTS ? segments(p) : dropDown(p);
    }

    /** One button per option, the chosen one pressed; a button's text wraps when the options are long. */
    private <T> Editor segments(ChoiceParameter<T> p) {
        SegmentedButton buttons = new SegmentedButton();
        buttons.getStyleClass().add(AppStyles.SEGMENTS);
        buttons.setMaxWidth(Double.MAX_VALUE);
        for (ChoiceParameter.Option<T> option : p.options()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(i18n.text(option.labelKey()));
            button.setUserData(option.value());
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMaxHeight(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            buttons.getButtons().add(button);
        }
        Runnable showCurrent = () -> buttons.getButtons().forEach(b -> b.setSelected(b.getUserData()
                .equals(lesson.valuesProperty().get().get(p))));
        showCurrent.run();
        buttons.getToggleGroup().selectedToggleProperty().addListener((o, old, chosen) -> {
            if (chosen == null) {
                // a click on the pressed button would leave none pressed: it stays pressed
                old.setSelected(true);
            } else {
                edit(p, p.checked(chosen.getUserData()));
            }
        });
        follow(values -> showCurrent.run());
        return new Editor(buttons, true);
    }

    private <T> Editor dropDown(ChoiceParameter<T> p) {
        ComboBox<ChoiceParameter.Option<T>> box = new ComboBox<>();
        // as wide as the room beside the label, the chosen option cut short there if it must (the tooltip has it)
        box.setMinWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getItems().setAll(p.options());
        box.setCellFactory(list -> new OptionCell<>());
        OptionCell<T> chosen = new OptionCell<>();
        box.setButtonCell(chosen);
        // the chosen option in full, for a narrow inspector that cuts it short
        Localized.tooltip(box, chosen.textProperty());
        box.getSelectionModel().select(p.option(current(p)));
        box.valueProperty().addListener((o, old, option) -> {
            if (option != null) {
                edit(p, option.value());
            }
        });
        follow(values -> box.getSelectionModel().select(p.option(values.get(p))));
        return new Editor(box, false);
    }

    @Override
    public Editor kernel(KernelParameter p) {
        KernelEditor editor = new KernelEditor(p, i18n, edited -> edit(p, edited));
        editor.show(current(p));
        follow(values -> editor.show(values.get(p)));
        return new Editor(editor, true);
    }

    @Override
    public Editor rates(RatesParameter p) {
        RatesEditor editor = new RatesEditor(p, i18n, edited -> edit(p, edited));
        editor.show(current(p));
        follow(values -> editor.show(values.get(p)));
        return new Editor(editor, false);
    }

    @Override
    public Editor layerStack(LayerStackParameter p) {
        LayerStackEditor editor = new LayerStackEditor(p, i18n, edited -> edit(p, edited));
        editor.show(current(p));
        follow(values -> editor.show(values.get(p)));
        return new Editor(editor, true);
    }

    /** The offset and mask of a tap of the output position the stage shows. */
    @Override
    public Editor offsets(OffsetEditsParameter p) {
        return new Editor(new OffsetEditor(p, lesson, i18n), true);
    }

    /**
     * The picture's name (saying so while a file is read or the lesson computes), then buttons for a sample image and
     * for a file.
     */
    @Override
    public Editor image(ImageParameter p) {
        Label name = new Label();
        name.getStyleClass().add(AppStyles.IMAGE_NAME);
        name.textProperty().bind(Bindings.createStringBinding(() -> {
            String opening = lesson.openingImageProperty().get();
            if (opening != null) {
                return i18n.get("inspector.image.opening", opening);
            }
            String shown = lesson.valuesProperty().get().get(p).name();
            return lesson.computingProperty().get() ? i18n.get("inspector.image.computing", shown) : shown;
        }, lesson.valuesProperty(), lesson.openingImageProperty(), lesson.computingProperty(), i18n.localeProperty()));
        MenuButton samples = new MenuButton();
        samples.textProperty().bind(i18n.text("inspector.image.samples"));
        Localized.tooltip(samples, i18n, "inspector.image.samples.tooltip");
        samples.getItems().setAll(SampleImageItems.create(i18n, sample -> lesson.set(p, sample.image())));
        Button open = new Button();
        open.textProperty().bind(i18n.text("inspector.image.open"));
        Localized.tooltip(open, i18n, "inspector.image.open.tooltip");
        open.setOnAction(e -> openImage.run());
        ButtonFlow buttons = new ButtonFlow();
        buttons.add(samples);
        buttons.add(open);
        buttons.getStyleClass().add(AppStyles.IMAGE_BUTTONS);
        return new Editor(new VBox(name, buttons), true);
    }

    private <T> T current(Parameter<T> p) {
        return lesson.shownValuesProperty().get().get(p);
    }

    /** Gives the view model the value the user chose, unless the control is only being made to follow. */
    private <T> void edit(Parameter<T> p, T value) {
        if (!following) {
            lesson.set(p, value);
        }
    }

    /** Calls {@code show} with the values shown each time they change. */
    private void follow(java.util.function.Consumer<ParameterValues> show) {
        lesson.shownValuesProperty().addListener((o, old, values) -> {
            following = true;
            try {
                show.accept(values);
            } finally {
                following = false;
            }
        });
    }

    /** A row of the drop-down list, labelled in the current language. */
    private final class OptionCell<T> extends ListCell<ChoiceParameter.Option<T>> {

        @Override
        protected void updateItem(ChoiceParameter.Option<T> option, boolean empty) {
            super.updateItem(option, empty);
            textProperty().unbind();
            if (empty || option == null) {
                setText(null);
            } else {
                textProperty().bind(i18n.text(option.labelKey()));
            }
        }
    }
}
