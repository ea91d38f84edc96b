package org.convatlas.ui;

import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.Lesson;

/** The atlas: the chapters that have lessons, each with its lessons; choosing a lesson opens it. */
final class AtlasView extends VBox {

    /** A row of the atlas: a chapter heading or a lesson. */
    private record Entry(String titleKey, Lesson lesson) {

        boolean isChapter() {
            return lesson == null;
        }
    }

    /** Where the title of a row starts, in type sizes: {@code TEXT_LEFT + TEXT_INDENT × level}, as the theme lays it out. */
    private static final double TEXT_LEFT = 0.8;
    private static final double TEXT_INDENT = 1.2;

    private final MainViewModel model;
    private final I18n i18n;
    private final TreeView<Entry> tree = new TreeView<>(new TreeItem<>());

    AtlasView(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(AppStyles.ATLAS);
        Label title = Localized.label(i18n, "atlas.title");
        title.getStyleClass().add(AppStyles.PANE_TITLE);

        Map<Chapter, List<Lesson>> chapters = model.registry().byChapter();
        if (chapters.isEmpty()) {
            Label empty = Localized.label(i18n, "atlas.empty");
            empty.setWrapText(true);
            getChildren().addAll(title, empty);
            return;
        }
        chapters.forEach((chapter, lessons) -> {
            TreeItem<Entry> heading = new TreeItem<>(new Entry(chapter.titleKey(), null));
            heading.setExpanded(true);
            lessons.forEach(lesson -> heading.getChildren().add(new TreeItem<>(new Entry(lesson.titleKey(), lesson))));
            tree.getRoot().getChildren().add(heading);
        });
        tree.setShowRoot(false);
        tree.getStyleClass().addAll(AppStyles.ATLAS_TREE, Tweaks.EDGE_TO_EDGE);
        tree.setCellFactory(view -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, tree);
    }

    private void initListeners() {
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && !item.getValue().isChapter()) {
                model.open(item.getValue().lesson());
            }
        });
    }

    /** Selects the row of the lesson {@code id}, which opens it, and scrolls the list to it. */
    void select(String id) {
        tree.getRoot().getChildren().stream().flatMap(chapter -> chapter.getChildren().stream())
                .filter(item -> item.getValue().lesson().id().equals(id)).findFirst()
                .ifPresent(item -> {
                    tree.getSelectionModel().select(item);
                    tree.scrollTo(Math.max(0, tree.getRow(item) - 1));
                });
    }

    /**
     * A row whose text follows the language. It asks for no width of its own, so that a narrow atlas wraps a long title
     * onto more lines rather than scrolling sideways (the tooltip gives it whole too).
     */
    private final class EntryCell extends TreeCell<Entry> {

        /** The title in full, made when the pointer first enters the row while it shows one (see {@link Localized}). */
        private Tooltip title;

        EntryCell() {
            setPrefWidth(0);
            setWrapText(true);
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (title == null && !isEmpty()) {
                    title = Localized.tooltipShowing(textProperty());
                    setTooltip(title);
                }
            });
        }

        /**
         * The height the title needs wrapped in the width the row leaves it: the skin would wrap it in the row's whole
         * width, not counting the indent and the disclosure arrow before it, and cut the last line short.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (width < 0 || getTreeItem() == null) {
                return super.computePrefHeight(width);
            }
            double unit = getFont().getSize();
            double left = (TEXT_LEFT + TEXT_INDENT * getTreeView().getTreeItemLevel(getTreeItem())) * unit;
            return super.computePrefHeight(Math.max(0, width - left));
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            textProperty().unbind();
            getStyleClass().remove(AppStyles.CHAPTER);
            if (empty || entry == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            textProperty().bind(i18n.text(entry.titleKey()));
            setTooltip(title);
            if (entry.isChapter()) {
                getStyleClass().add(AppStyles.CHAPTER);
            }
        }
    }
}
