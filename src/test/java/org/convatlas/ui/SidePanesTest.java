package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.scene.layout.Region;
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
        double expected = Math.min(atlas.prefWidth(-1), SidePanes.ATLAS_SHARE * stage.getScene().getWidth());
        assertEquals(expected, atlas.getWidth(), 8, "not squeezed to its minimum " + atlas.minWidth(-1));
        robot.interact(stage::close);
    }
}
