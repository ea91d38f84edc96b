package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A side pane hidden when the window opens takes its share of the window the first time it is shown. */
@ExtendWith(ApplicationExtension.class)
class SidePanesTest {

    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        model = new MainViewModel(LessonRegistry.builtIn(), TaskExecutor.currentThread());
        model.atlasShownProperty().set(false);
        stage.setWidth(1024);
        stage.setHeight(768);
        new MainWindow(model, new I18n(Locale.ENGLISH)).show(stage);
    }

    @Test
    void anAtlasHiddenAtFirstComesAtItsShareOfTheWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.atlasShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        Region atlas = robot.lookup("." + AppStyles.ATLAS).queryAs(Region.class);
        double expected = Math.max(atlas.minWidth(-1),
                Math.min(atlas.prefWidth(-1), SidePanes.ATLAS_SHARE * stage.getScene().getWidth()));
        assertEquals(expected, atlas.getWidth(), 8, "not squeezed to its minimum " + atlas.minWidth(-1));
        robot.interact(stage::close);
    }

    /** Dragged to its narrowest, the atlas still wraps "Cross-correlation vs convolution" between words. */
    @Test
    void anAtlasAtItsNarrowestBreaksTitlesOnlyBetweenWords(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.atlasShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".split-pane").queryAs(SplitPane.class).setDividerPosition(0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        Region atlas = robot.lookup("." + AppStyles.ATLAS).queryAs(Region.class);
        assertEquals(atlas.minWidth(-1), atlas.getWidth(), 1, "at its narrowest");
        List<Text> titles = robot.lookup("." + AppStyles.ATLAS_TREE + " .tree-cell .text").queryAllAs(Text.class)
                .stream().filter(t -> t.getText() != null && !t.getText().isBlank()).toList();
        assertTrue(titles.size() > 10, "rows drawn: " + titles.size());
        for (Text title : titles) {
            TreeCell<?> cell = (TreeCell<?>) title.getParent();
            double room = cell.getWidth() - title.getLayoutX() - cell.snappedRightInset();
            Text word = new Text();
            word.setFont(title.getFont());
            for (String part : cell.getText().split("\\s+")) {
                word.setText(part);
                assertTrue(word.getLayoutBounds().getWidth() <= room,
                        part + " (" + word.getLayoutBounds().getWidth() + ") in " + room);
            }
        }
        robot.interact(stage::close);
    }
}
