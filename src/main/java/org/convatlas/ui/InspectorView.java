package org.convatlas.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonViewModel;

/**
 * The inspector on the right: the open lesson's parameters, counts, formula and explanation, scrolling up and down
 * (never sideways) when they are taller than the window, from the top each time a lesson is opened. Each lesson's content is built once and shown again when the lesson is reopened.
 */
final class InspectorView extends ScrollPane {

    /** The least width of the inspector, in type sizes, however narrow its editors. */
    private static final double LEAST_WIDTH = 14;

    private final MainViewModel model;
    private final I18n i18n;
    private final Runnable openImage;
    private final Map<LessonViewModel, Node> contents = new HashMap<>();

    InspectorView(MainViewModel model, I18n i18n, Runnable openImage) {
        this.model = model;
        this.i18n = i18n;
        this.openImage = openImage;
        initListeners(createView());
    }

    /** Builds the view; returns what it shows while no lesson is open. */
    private Label createView() {
        getStyleClass().add(AppStyles.INSPECTOR);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label empty = Localized.label(i18n, "inspector.empty");
        empty.setWrapText(true);
        empty.getStyleClass().add(AppStyles.INSPECTOR_CONTENT);
        return empty;
    }

    /**
     * The default skin, except that its viewport is not cached as a bitmap: the skin caches it, and then every change
     * inside (the counts and the formula change with each step of a playing lesson) redraws the whole inspector into
     * the cache, which in software rendering costs more per frame than the stage itself. Uncached, only the changed
     * text is redrawn.
     */
    @Override
    protected Skin<?> createDefaultSkin() {
        ScrollPaneSkin skin = new ScrollPaneSkin(this);
        Node viewport = lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
        return skin;
    }

    /**
     * At least {@link #LEAST_WIDTH} type sizes, and as wide as the lesson's editors need beside a vertical scroll bar:
     * the side panes then narrow the atlas, not the editors, on a small window.
     */
    @Override
    protected double computeMinWidth(double height) {
        double content = getContent() == null ? 0 : getContent().minWidth(-1);
        // the skin's own scroll bar, among its children: the lesson's editors are not searched
        double bar = getChildrenUnmodifiable().stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.VERTICAL).mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
        return Math.max(LEAST_WIDTH * model.fontSizeProperty().get(),
                snappedLeftInset() + content + bar + snappedRightInset());
    }

    private void initListeners(Label empty) {
        model.currentLessonProperty().subscribe(lesson -> {
            setContent(lesson == null ? empty
                    : contents.computeIfAbsent(lesson, l -> new LessonInspector(l, model, i18n, openImage)));
            setVvalue(0);
        });
    }
}
