package org.convatlas.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Subscription;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.TransportViewModel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The transport bar under the stage, in two rows so that it fits a narrow stage: a scrubber over all steps with the
 * position beside it; then the switch of the atlas, first step, step back, play or pause, step forward, last step, the
 * speed, what the window adds (the export button) and the switch of the inspector. It drives the open lesson's
 * {@link TransportViewModel}; while that plays, an animation timer hands it the time of each frame. The position
 * keeps the width of the longest it can show, so that it does not push the bar's other parts as it counts.
 */
final class TransportBar extends VBox {

    private final MainViewModel model;
    private final I18n i18n;

    private final Button first;
    private final Button back;
    private final Button play;
    private final Button forward;
    private final Button last;
    private final Slider scrubber = new Slider();
    private final Label position = new Label();
    private final HBox controls = new HBox();
    /** The texts of the play button's and the position's tooltips, which change with the state. */
    private final StringProperty playTooltip = new SimpleStringProperty();
    private final StringProperty positionTooltip = new SimpleStringProperty();
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Player player = new Player();

    private TransportViewModel transport;
    private Subscription subscriptions = Subscription.EMPTY;

    TransportBar(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        first = iconButton(MaterialDesignS.SKIP_PREVIOUS, "transport.first");
        back = iconButton(MaterialDesignS.STEP_BACKWARD, "transport.back");
        playTooltip.bind(i18n.text("transport.play"));
        play = iconButton(MaterialDesignP.PLAY, "transport.play", playTooltip);
        forward = iconButton(MaterialDesignS.STEP_FORWARD, "transport.forward");
        last = iconButton(MaterialDesignS.SKIP_NEXT, "transport.last");
        createView(paneSwitch(MaterialDesignP.PAGE_LAYOUT_SIDEBAR_LEFT, "transport.atlas", model.atlasShownProperty()),
                paneSwitch(MaterialDesignP.PAGE_LAYOUT_SIDEBAR_RIGHT, "transport.inspector",
                        model.inspectorShownProperty()));
        initListeners();
    }

    /** A flat icon button with the text of {@code key} as tooltip and {@code key} with dashes as id. */
    private Button iconButton(Ikon icon, String key) {
        return iconButton(icon, key, i18n.text(key));
    }

    private Button iconButton(Ikon icon, String key, ObservableValue<String> tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Localized.tooltip(button, tooltip);
        button.setId(key.replace('.', '-'));
        return button;
    }

    /** A switch that shows or hides a side pane, on while it is shown. */
    private ToggleButton paneSwitch(Ikon icon, String key, BooleanProperty shown) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Localized.tooltip(button, i18n.text(key));
        button.setId(key.replace('.', '-'));
        button.selectedProperty().bindBidirectional(shown);
        return button;
    }

    private void createView(ToggleButton atlasSwitch, ToggleButton inspectorSwitch) {
        getStyleClass().add(AppStyles.TRANSPORT_BAR);
        scrubber.getStyleClass().add(AppStyles.SCRUBBER);
        Localized.tooltip(scrubber, i18n, "transport.scrubber");
        scrubber.setId("transport-scrubber");
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        position.getStyleClass().add(AppStyles.POSITION);
        Localized.tooltip(position, positionTooltip);
        speed.setMinWidth(Region.USE_PREF_SIZE);
        speed.getStyleClass().add(AppStyles.SPEED);
        speed.getItems().setAll(TransportViewModel.SPEEDS);
        speed.setCellFactory(list -> new SpeedCell());
        speed.setButtonCell(new SpeedCell());
        Localized.tooltip(speed, i18n, "transport.speed.tooltip");
        HBox scrubbing = new HBox(scrubber, position);
        scrubbing.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        controls.getChildren().addAll(atlasSwitch, first, back, play, forward, last, gap, speed,
                inspectorSwitch);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add(AppStyles.TRANSPORT_CONTROLS);
        getChildren().addAll(scrubbing, controls);
    }

    /** Adds {@code node} to the second row, before the inspector's switch. */
    void addTrailing(Node node) {
        controls.getChildren().add(controls.getChildren().size() - 1, node);
    }

    private void initListeners() {
        first.setOnAction(e -> transport.first());
        back.setOnAction(e -> transport.stepBack());
        play.setOnAction(e -> transport.togglePlaying());
        forward.setOnAction(e -> transport.stepForward());
        last.setOnAction(e -> transport.last());
        scrubber.valueProperty().addListener((o, old, value) -> {
            if (transport != null) {
                transport.goTo(Math.round(value.doubleValue()));
            }
        });
        speed.valueProperty().addListener((o, old, value) -> {
            // the transport's own speed shown is no choice of the user's
            if (transport != null && value != null && value != transport.speedProperty().get()) {
                transport.setSpeed(value);
            }
        });
        model.currentLessonProperty().subscribe(this::follow);
    }

    /** Drives the transport of {@code lesson}, or shows a disabled bar while there is none. */
    private void follow(LessonViewModel lesson) {
        subscriptions.unsubscribe();
        player.stop();
        transport = lesson == null ? null : lesson.transport();
        if (transport == null) {
            subscriptions = Subscription.EMPTY;
            disableTransport(true);
            position.textProperty().bind(i18n.text("transport.position.none"));
            positionTooltip.bind(position.textProperty());
            return;
        }
        disableTransport(false);
        TransportViewModel t = transport;
        first.disableProperty().bind(t.atFirstProperty());
        back.disableProperty().bind(t.atFirstProperty());
        forward.disableProperty().bind(t.atLastProperty());
        last.disableProperty().bind(t.atLastProperty());
        play.disableProperty().bind(t.stepCountProperty().lessThan(2));
        scrubber.disableProperty().bind(t.stepCountProperty().lessThan(2));
        position.textProperty().bind(positionText(t, "transport.position"));
        position.minWidthProperty().bind(Bindings.createDoubleBinding(() -> widestPosition(t),
                t.stepCountProperty(), i18n.localeProperty(), position.fontProperty()));
        positionTooltip.bind(positionText(t, "transport.position.tooltip"));
        subscriptions = Subscription.combine(
                t.speedProperty().subscribe(value -> speed.setValue(value.doubleValue())),
                t.stepCountProperty().subscribe(count -> scrubber.setMax(Math.max(0, count.longValue() - 1))),
                t.currentStepProperty().subscribe(step -> scrubber.setValue(step.doubleValue())),
                t.playingProperty().subscribe(this::showPlaying));
    }

    /** Disables the transport's parts, not the side panes' switches, while there is nothing to play. */
    private void disableTransport(boolean disabled) {
        for (Node part : List.of(first, back, play, forward, last, scrubber, position, speed)) {
            part.disableProperty().unbind();
            part.setDisable(disabled);
        }
    }

    /** Where {@code t} is, 1-based, in the words of {@code key}: "{0} / {1}" or "step {0} of {1}". */
    private StringBinding positionText(TransportViewModel t, String key) {
        return Bindings.createStringBinding(() -> t.getStepCount() == 0 ? i18n.get("transport.position.none")
                : i18n.get(key, t.getCurrentStep() + 1, t.getStepCount()),
                t.currentStepProperty(), t.stepCountProperty(), i18n.localeProperty());
    }

    /** The width of the position at the last step: the longest the position shows for this many steps. */
    private double widestPosition(TransportViewModel t) {
        Text widest = new Text(i18n.get("transport.position", t.getStepCount(), t.getStepCount()));
        widest.setFont(position.getFont());
        Insets padding = position.getPadding();
        return Math.ceil(widest.getLayoutBounds().getWidth() + padding.getLeft() + padding.getRight()) + 1;
    }

    private void showPlaying(boolean playing) {
        ((FontIcon) play.getGraphic()).setIconCode(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
        playTooltip.bind(i18n.text(playing ? "transport.pause" : "transport.play"));
        if (playing) {
            player.start();
        } else {
            player.stop();
        }
    }

    /** Hands the transport the seconds between animation frames while it plays. */
    private final class Player extends AnimationTimer {

        private long lastFrame = -1;

        @Override
        public void start() {
            lastFrame = -1;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (lastFrame >= 0 && transport != null) {
                transport.advance((now - lastFrame) / 1e9);
            }
            lastFrame = now;
        }
    }

    /** A speed in the list, in the current language. */
    private final class SpeedCell extends ListCell<Double> {

        @Override
        protected void updateItem(Double value, boolean empty) {
            super.updateItem(value, empty);
            textProperty().unbind();
            if (empty || value == null) {
                setText(null);
            } else {
                textProperty().bind(i18n.text("transport.speed.value", value));
            }
        }
    }
}
