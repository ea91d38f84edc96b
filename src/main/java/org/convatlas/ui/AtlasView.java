package org.convatlas.ui;

import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
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
    /** The room right of a title, in type sizes: the row's padding and the scroll bar. */
    private static final double TEXT_RIGHT = 1.6;
    /** The least width of the atlas, in type sizes, however short its words. */
    private static final double LEAST_WIDTH = 9;
    /** Where a title may wrap: at spaces, and before and after each Chinese character. */
    private static final Pattern BREAKS = Pattern.compile("\\s+|(?<=\\p{IsHan})|(?=\\p{IsHan})");

    private final MainViewModel model;
    private final I18n i18n;
    private final TreeView<Entry> tree = new TreeView<>(new TreeItem<>());
    /** The most the atlas's least width may be, so that the panes beside it keep their own least widths. */
    private double room = Double.MAX_VALUE;

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

    /**
     * At least the width in which every title wraps between words: its widest word (in bold, as chapter titles are
     * drawn, which is never narrower) after its indent. A narrower atlas would break "Cross-correlation" inside the
     * word. Chinese wraps between any two characters. The width is kept within the room {@link SidePanes} leaves it.
     */
    @Override
    protected double computeMinWidth(double height) {
        double unit = model.fontSizeProperty().get();
        Font bold = Font.font(AppFonts.familyFor(i18n.getLocale()).orElse(Font.getDefault().getFamily()),
                FontWeight.BOLD, unit);
        double widest = 0;
        for (TreeItem<Entry> chapter : tree.getRoot().getChildren()) {
            widest = Math.max(widest, widestWord(chapter, bold) + TEXT_INDENT * unit);
            for (TreeItem<Entry> lesson : chapter.getChildren()) {
                widest = Math.max(widest, widestWord(lesson, bold) + 2 * TEXT_INDENT * unit);
            }
        }
        return Math.max(LEAST_WIDTH * unit, Math.min(room, widest + (TEXT_LEFT + TEXT_RIGHT) * unit));
    }

    /**
     * Keeps the atlas's least width within {@code most} pixels: on a small window zoomed far, titles then break inside
     * a long word rather than push the inspector out of the window.
     */
    void keepLeastWidthWithin(double most) {
        if (most != room) {
            room = most;
            requestLayout();
        }
    }

    private double widestWord(TreeItem<Entry> row, Font font) {
        Text word = new Text();
        word.setFont(font);
        double widest = 0;
        for (String part : BREAKS.split(i18n.get(row.getValue().titleKey()))) {
            word.setText(part);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return widest;
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
