package org.convatlas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The atlas, the stage and the inspector side by side in a split pane whose dividers can be dragged, the two side
 * panes shown or hidden as the view model says (a key, a menu item and a button each). A side pane keeps its width
 * when the window is resized, and comes back at the width it was hidden at; at first it takes its share of the
 * window ({@link #ATLAS_SHARE}, {@link #INSPECTOR_SHARE}), within its minimum and its preferred width.
 */
final class SidePanes extends SplitPane {

    /** The share of the window's width the atlas starts at, if its preferred width is not less. */
    static final double ATLAS_SHARE = 0.2;
    /** The share of the window's width the inspector starts at, if its preferred width is not less. */
    static final double INSPECTOR_SHARE = 0.33;
    /** The least share of the window's width zooming leaves the stage. */
    static final double STAGE_SHARE = 0.3;

    private static final String DIVIDER = "split-pane-divider";

    private final AtlasView atlas;
    private final Region centre;
    private final Region inspector;
    /** The widths the side panes are to have, in pixels; 0 until a pane is first shown. */
    private double atlasWidth;
    private double inspectorWidth;

    SidePanes(AtlasView atlas, Region centre, Region inspector, BooleanProperty atlasShown,
              BooleanProperty inspectorShown, ReadOnlyIntegerProperty fontSize) {
        this.atlas = atlas;
        this.centre = centre;
        this.inspector = inspector;
        setResizableWithParent(atlas, false);
        setResizableWithParent(inspector, false);
        getItems().setAll(atlas, centre, inspector);
        atlasShown.subscribe(shown -> place(atlasShown.get(), inspectorShown.get()));
        inspectorShown.subscribe(shown -> place(atlasShown.get(), inspectorShown.get()));
        fontSize.addListener((o, old, size) -> scaleWidths(size.doubleValue() / old.doubleValue()));
        widthProperty().subscribe((old, width) -> {
            if (old.doubleValue() <= 0 && width.doubleValue() > 0) {
                // placed once the pane's first layout is over: the skin places its dividers in it
                Platform.runLater(this::placeDividers);
            }
        });
    }

    /**
     * The width a side pane starts at, the first time it is shown: its share of the window, within its minimum and
     * preferred widths (from its style, which it has once it is in the window).
     */
    private double startingWidth(Region pane, double share) {
        return Math.max(pane.minWidth(-1), Math.min(pane.prefWidth(-1), share * getWidth()));
    }

    /**
     * Zooming scales the side panes with their type, as long as the stage keeps {@link #STAGE_SHARE} of the width: the
     * inspector's editors and the atlas's names then fit at every type size.
     */
    private void scaleWidths(double factor) {
        rememberWidths();
        double room = (1 - STAGE_SHARE) * getWidth();
        double scale = Math.min(factor, room / Math.max(1, atlasWidth + inspectorWidth));
        atlasWidth = atlasWidth > 0 ? Math.max(atlas.minWidth(-1), atlasWidth * scale) : 0;
        inspectorWidth = inspectorWidth > 0 ? Math.max(inspector.minWidth(-1), inspectorWidth * scale) : 0;
        Platform.runLater(this::placeDividers);
    }

    /** Shows the side panes that are to be shown, each at the width it had. */
    private void place(boolean atlasShownNow, boolean inspectorShownNow) {
        rememberWidths();
        List<Region> items = new ArrayList<>();
        if (atlasShownNow) {
            items.add(atlas);
        }
        items.add(centre);
        if (inspectorShownNow) {
            items.add(inspector);
        }
        getItems().setAll(items);
        // the new dividers are placed once the pane has laid its items out
        Platform.runLater(this::placeDividers);
    }

    private void rememberWidths() {
        if (getItems().contains(atlas) && atlas.getWidth() > 0) {
            atlasWidth = atlas.getWidth();
        }
        if (getItems().contains(inspector) && inspector.getWidth() > 0) {
            inspectorWidth = inspector.getWidth();
        }
    }

    /**
     * Places each divider so that its side pane has the width it is to have: once by the share of the width, then
     * once more by what the pane's width came out as (the dividers' own width lies between the shares).
     */
    private void placeDividers() {
        double width = getWidth();
        if (width <= 0) {
            return;
        }
        // the skin puts new items in the window on its layout: then they have their style, and their widths
        applyCss();
        layout();
        if (atlasWidth <= 0 && getItems().contains(atlas)) {
            atlasWidth = startingWidth(atlas, ATLAS_SHARE);
        }
        if (inspectorWidth <= 0 && getItems().contains(inspector)) {
            inspectorWidth = startingWidth(inspector, INSPECTOR_SHARE);
        }
        keepStageLeastWidth();
        double atlasShift = 0;
        double inspectorShift = 0;
        for (int pass = 0; pass < 2; pass++) {
            int divider = 0;
            if (getItems().contains(atlas)) {
                setDividerPosition(divider++, (atlasWidth + atlasShift) / width);
            }
            if (getItems().contains(inspector)) {
                setDividerPosition(divider, 1 - (inspectorWidth + inspectorShift) / width);
            }
            layout();
            atlasShift += atlasWidth - atlas.getWidth();
            inspectorShift += inspectorWidth - inspector.getWidth();
        }
    }

    /**
     * Narrows the side panes, down to their least widths, as far as the stage needs for its own least width (the
     * controls under it): the atlas first, then the inspector.
     */
    private void keepStageLeastWidth() {
        double room = acrossWindow() - centre.minWidth(-1) - dividersWidth();
        boolean atlasShown = getItems().contains(atlas);
        boolean inspectorShown = getItems().contains(inspector);
        if (atlasShown) {
            double besideIt = inspectorShown ? inspector.minWidth(-1) : 0;
            atlasWidth = Math.max(atlas.minWidth(-1), Math.min(atlasWidth, room - besideIt));
        }
        if (inspectorShown) {
            double besideIt = atlasShown ? atlasWidth : 0;
            inspectorWidth = Math.max(inspector.minWidth(-1), Math.min(inspectorWidth, room - besideIt));
        }
    }

    /** The dividers' widths together: the skin's own children, so the panes' contents are not searched. */
    private double dividersWidth() {
        return getChildrenUnmodifiable().stream().filter(node -> node.getStyleClass().contains(DIVIDER))
                .mapToDouble(divider -> divider.getLayoutBounds().getWidth()).sum();
    }

    /**
     * The width the panes have inside the window: the window's own, as the panes span it (their width grows past it
     * when their least widths add up to more).
     */
    private double acrossWindow() {
        double width = getScene() == null ? getWidth() : getScene().getWidth();
        return width - snappedLeftInset() - snappedRightInset();
    }

    /**
     * Leaves the atlas only the width the stage's and the inspector's least widths leave it, and places the dividers
     * again when the panes come out wider than the window (another lesson's editors need a wider inspector) while
     * their least widths would fit.
     */
    @Override
    protected void layoutChildren() {
        double others = centre.minWidth(-1) + (getItems().contains(inspector) ? inspector.minWidth(-1) : 0)
                + dividersWidth();
        atlas.keepLeastWidthWithin(acrossWindow() - others);
        super.layoutChildren();
        double widths = dividersWidth();
        double leastWidths = dividersWidth();
        for (Node item : getItems()) {
            widths += item.getLayoutBounds().getWidth();
            leastWidths += item.minWidth(-1);
        }
        if (widths > acrossWindow() + 0.5 && leastWidths <= acrossWindow()) {
            Platform.runLater(this::placeDividers);
        }
    }
}
