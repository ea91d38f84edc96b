package org.convatlas.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Handle;
import org.convatlas.render.Hit;
import org.convatlas.render.StagePainter;

/**
 * The stage: a canvas that fills the space it is given and shows the current frame of the open lesson, redrawn
 * when the frame, the size, the theme, the type size or the language changes. A line of text over it says when
 * there is nothing to show and why. The pointer probes the figure's cells (the lesson shows what a cell takes part
 * in) and a click pins the probe; a figure's handles (a deformable tap's sampling point) are dragged, the lesson
 * setting the values that gives. The canvas's accessible text is the figure in words.
 */
final class StageView extends Region {

    static final double CANVAS_INSET = 2;

    /** The message's look while it tells why the values are refused. */
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final MainViewModel model;
    private final I18n i18n;
    private final Canvas canvas = new Canvas();
    private final Label message = new Label();
    private Subscription lessonSubscription = Subscription.EMPTY;
    /** The handle the pointer drags, from the press to the release; null otherwise. */
    private Handle dragged;

    StageView(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(AppStyles.STAGE);
        canvas.setId("stage-canvas");
        message.getStyleClass().add(AppStyles.STAGE_MESSAGE);
        message.setWrapText(true);
        message.setManaged(false);
        getChildren().addAll(canvas, message);
    }

    private void initListeners() {
        for (Observable o : new Observable[] {model.themeProperty(), model.fontSizeProperty(), i18n.localeProperty(),
                canvas.widthProperty(), canvas.heightProperty()}) {
            o.addListener(change -> draw());
        }
        model.currentLessonProperty().subscribe(this::show);
        canvas.setOnMouseMoved(event -> {
            Optional<Hit> hit = hitAt(event.getX(), event.getY());
            boolean handle = handleAt(event.getX(), event.getY()).isPresent();
            canvas.setCursor(handle ? Cursor.MOVE : hit.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
            withLesson(lesson -> lesson.hover(hit.orElse(null)));
        });
        canvas.setOnMouseExited(event -> {
            if (dragged == null) {
                withLesson(lesson -> lesson.hover(null));
            }
        });
        canvas.setOnMousePressed(event -> dragged = handleAt(event.getX(), event.getY()).orElse(null));
        canvas.setOnMouseDragged(event -> {
            if (dragged != null) {
                Handle handle = dragged;
                StagePainter.handlePoint(frame().figure(), handle, event.getX(), event.getY(), canvas.getWidth(),
                        canvas.getHeight(), drawContext()).ifPresent(to -> withLesson(lesson -> lesson.drag(handle, to)));
            }
        });
        canvas.setOnMouseReleased(event -> dragged = null);
        canvas.setOnMouseClicked(event -> {
            if (event.isStillSincePress()) {
                withLesson(lesson -> lesson.pin(hitAt(event.getX(), event.getY()).orElse(null)));
            }
        });
    }

    private void withLesson(Consumer<LessonViewModel> action) {
        LessonViewModel lesson = model.getCurrentLesson();
        if (lesson != null) {
            action.accept(lesson);
        }
    }

    /** The handle of the figure on show the pointer can drag from the stage point {@code (x, y)}. */
    Optional<Handle> handleAt(double x, double y) {
        return StagePainter.handleAt(frame().figure(), x, y, canvas.getWidth(), canvas.getHeight(), drawContext());
    }

    /** The cell of the figure on show under the stage point {@code (x, y)}. */
    Optional<Hit> hitAt(double x, double y) {
        return StagePainter.hitTest(frame().figure(), x, y, canvas.getWidth(), canvas.getHeight(), drawContext());
    }

    private void show(LessonViewModel lesson) {
        lessonSubscription.unsubscribe();
        message.textProperty().unbind();
        if (lesson == null) {
            message.textProperty().bind(i18n.text("stage.empty"));
            lessonSubscription = Subscription.EMPTY;
        } else {
            message.textProperty().bind(messageOf(lesson));
            lessonSubscription = Subscription.combine(lesson.frameProperty().subscribe(frame -> draw()),
                    lesson.problemProperty().subscribe(problem -> requestLayout()));
        }
        draw();
    }

    /**
     * What the stage says over the picture: the engine's reason, whole, when it refuses the values (the last picture
     * stays under it); that the lesson is being computed while there is no picture yet; else nothing.
     */
    private StringBinding messageOf(LessonViewModel lesson) {
        ObservableValue<String> problem = i18n.text(lesson.problemProperty());
        return Bindings.createStringBinding(() -> {
            if (lesson.problemProperty().get() != null) {
                return problem.getValue();
            }
            return lesson.playbackProperty().get() == null && lesson.computingProperty().get()
                    ? i18n.get("stage.computing") : "";
        }, problem, lesson.playbackProperty(), lesson.computingProperty());
    }

    /** Whether the open lesson's values are refused, so that the message is a problem laid over the picture. */
    private boolean refused() {
        LessonViewModel lesson = model.getCurrentLesson();
        return lesson != null && lesson.problemProperty().get() != null;
    }

    /** The open lesson's current frame, or an empty one. */
    private Frame frame() {
        LessonViewModel lesson = model.getCurrentLesson();
        return lesson == null ? Frame.EMPTY : lesson.frameProperty().get();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        DrawContext context = drawContext();
        Frame frame = frame();
        StagePainter.paint(canvas.getGraphicsContext2D(), w, h, frame.figure(), context);
        canvas.setAccessibleText(frame.figure().describe(context));
    }

    /**
     * The theme's colours, the window's type size in the language's font, the texts of the language and the window's
     * render scale.
     */
    private DrawContext drawContext() {
        String family = AppFonts.familyFor(i18n.getLocale()).orElse(Font.getDefault().getFamily());
        Window window = getScene() == null ? null : getScene().getWindow();
        return new DrawContext(model.themeProperty().get().palette(), Font.font(family, model.fontSizeProperty().get()),
                role -> i18n.get(role.labelKey()), i18n::get, window == null ? 1 : window.getRenderScaleX(), true);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(0, getWidth() - 2 * CANVAS_INSET);
        double h = Math.max(0, getHeight() - 2 * CANVAS_INSET);
        canvas.relocate(CANVAS_INSET, CANVAS_INSET);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        boolean problem = refused();
        message.pseudoClassStateChanged(PROBLEM, problem);
        message.applyCss();
        if (problem) {
            // across the top of the picture, as wide as the stage, as tall as the whole reason needs
            double margin = CANVAS_INSET + message.getFont().getSize();
            double textWidth = Math.max(0, w - 2 * margin);
            message.resizeRelocate(margin, margin, textWidth, message.prefHeight(textWidth));
        } else {
            double textWidth = Math.min(w * 0.8, message.prefWidth(-1));
            double textHeight = message.prefHeight(textWidth);
            message.resizeRelocate((w - textWidth) / 2, (h - textHeight) / 2, textWidth, textHeight);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
