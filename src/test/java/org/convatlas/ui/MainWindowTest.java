package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.awaitShowing;
import static org.convatlas.ui.WindowRobot.chooseInSubmenu;
import static org.convatlas.ui.WindowRobot.openMenus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.FixtureLesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.TransportViewModel;
import org.convatlas.render.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, driven headless through its menus and keys. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private MainViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        AppFonts.load();
        stage = primary;
        model = new MainViewModel(new LessonRegistry(List.of(new FixtureLesson("first", Chapter.BASICS),
                new FixtureLesson("second", Chapter.ADAPTIVE))), TaskExecutor.currentThread());
        window = new MainWindow(model, i18n);
        window.show(primary);
    }

    private void open(FxRobot robot, String id) {
        robot.interact(() -> window.open(id));
    }

    private TransportViewModel transport() {
        return model.getCurrentLesson().transport();
    }

    @Test
    void windowShowsAtlasStageInspectorAndTransport(FxRobot robot) {
        for (String styleClass : List.of(AppStyles.ATLAS, AppStyles.STAGE, AppStyles.INSPECTOR,
                AppStyles.TRANSPORT_BAR)) {
            assertNotNull(robot.lookup("." + styleClass).query(), styleClass);
        }
        TreeView<?> atlas = robot.lookup("." + AppStyles.ATLAS_TREE).queryAs(TreeView.class);
        assertEquals(2, atlas.getRoot().getChildren().size(), "only the chapters with lessons");
        assertEquals("ConvAtlas", stage.getTitle());
        assertTrue(stage.getMinWidth() >= MainWindow.MIN_WIDTH);
    }

    @Test
    void choosingALessonTitlesTheWindowAndFillsTheInspector(FxRobot robot) {
        open(robot, "second");
        assertEquals("Adaptive — ConvAtlas", stage.getTitle());
        assertEquals("second", model.getCurrentLesson().lesson().id());
        assertNotNull(robot.lookup("." + AppStyles.KERNEL_EDITOR).query());
        assertEquals("1 / 5", robot.lookup("." + AppStyles.POSITION).queryAs(Labeled.class).getText());
        robot.clickOn("#transport-forward");
        assertEquals(1, transport().getCurrentStep());
        assertEquals("2 / 5", robot.lookup("." + AppStyles.POSITION).queryAs(Labeled.class).getText());
    }

    @Test
    void switchingTheLanguageRelabelsMenusAndButtons(FxRobot robot) throws TimeoutException {
        open(robot, "first");
        Button play = robot.lookup("#transport-play").queryButton();
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertNull(play.getTooltip(), "a tooltip is made when the pointer first enters its button");
        assertEquals("Play (Space)", play.getAccessibleHelp());
        robot.moveTo(play);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> play.getTooltip() != null && play.getTooltip().isShowing());
        assertEquals("Play (Space)", play.getTooltip().getText());

        openMenus(robot, "View", "Language");
        Text chinese = (Text) awaitShowing(robot, "简体中文");
        assertEquals(AppFonts.CJK_FAMILY, chinese.getFont().getFamily(), "the language's name in its own script");
        chooseInSubmenu(robot, "简体中文");

        assertEquals(Locale.SIMPLIFIED_CHINESE, i18n.getLocale());
        assertEquals("视图(_V)", menus.getMenus().get(1).getText());
        assertEquals("播放（空格）", play.getTooltip().getText());
        assertEquals("课程", robot.lookup("." + AppStyles.PANE_TITLE).queryAs(Labeled.class).getText());
    }

    @Test
    void switchingTheThemeChangesTheStylesheet(FxRobot robot) throws TimeoutException {
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        openMenus(robot, "View", "Theme");
        chooseInSubmenu(robot, "Dark");
        assertEquals(AppTheme.DARK, model.themeProperty().get());
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(Palette.DARK.background(), stage.getScene().getFill(), "the window's background follows");
    }

    @Test
    void nothingPaintsABackgroundUnderTheStageAndTheInspectorIsNotCachedAsABitmap(FxRobot robot) {
        // each would make the software renderer repaint far more than the stage at every frame of a playing lesson
        assertEquals(Palette.LIGHT.background(), stage.getScene().getFill(), "the window's background is the fill");
        Node stageView = robot.lookup("." + AppStyles.STAGE).query();
        for (Node node = stageView; node != null; node = node.getParent()) {
            if (node instanceof Region region && region.getBackground() != null) {
                assertTrue(region.getBackground().isEmpty(), "no background on " + node);
            }
        }
        Node viewport = robot.lookup("." + AppStyles.INSPECTOR).lookup(".viewport").query();
        assertFalse(viewport.isCache(), "the inspector's viewport");
    }

    @Test
    void keysMoveTheTransportWhereverTheFocusIs(FxRobot robot) {
        open(robot, "first");
        robot.interact(() -> robot.lookup("#transport-scrubber").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, transport().getCurrentStep());
        robot.type(KeyCode.END);
        assertEquals(4, transport().getCurrentStep());
        robot.type(KeyCode.LEFT);
        assertEquals(3, transport().getCurrentStep());
        robot.type(KeyCode.HOME);
        assertEquals(0, transport().getCurrentStep());

        robot.interact(() -> robot.lookup("#transport-last").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertTrue(transport().isPlaying(), "Space plays once, and does not also press the focused button");
        robot.type(KeyCode.SPACE);
        assertFalse(transport().isPlaying());
    }

    @Test
    void keysTypeIntoATextFieldBeingEdited(FxRobot robot) {
        open(robot, "first");
        TextField cell = robot.lookup("." + AppStyles.KERNEL_CELL).queryAs(TextField.class);
        robot.interact(cell::requestFocus);
        robot.type(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.END);
        assertEquals(0, transport().getCurrentStep());
    }

    @Test
    void zoomKeysChangeTheTypeSize(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(MainViewModel.DEFAULT_FONT_SIZE + MainViewModel.ZOOM_STEP, model.fontSizeProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS, KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(MainViewModel.DEFAULT_FONT_SIZE - MainViewModel.ZOOM_STEP, model.fontSizeProperty().get());
    }

    @Test
    void theSidePanesHideAndComeBackByKeyAndButtonAndTheStageTakesTheirRoom(FxRobot robot) {
        Region stageView = robot.lookup("." + AppStyles.STAGE).queryAs(Region.class);
        Region atlas = robot.lookup("." + AppStyles.ATLAS).queryAs(Region.class);
        Region inspector = robot.lookup("." + AppStyles.INSPECTOR).queryAs(Region.class);
        double narrow = stageView.getWidth();
        double atlasWidth = atlas.getWidth();
        double inspectorWidth = inspector.getWidth();
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertFalse(model.atlasShownProperty().get());
        assertTrue(robot.lookup("." + AppStyles.ATLAS).tryQuery().filter(n -> n.getScene() != null).isEmpty(),
                "the atlas is out of the window");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        assertFalse(model.inspectorShownProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stageView.getWidth() > narrow + 200, "the stage has the room: " + narrow + " to "
                + stageView.getWidth());
        robot.clickOn("#transport-atlas");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#transport-inspector");
        assertTrue(model.atlasShownProperty().get(), "the atlas is back");
        assertTrue(model.inspectorShownProperty().get(), "the inspector is back");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(atlasWidth, atlas.getWidth(), 6, "the atlas comes back at about the width it had");
        assertEquals(inspectorWidth, inspector.getWidth(), 6, "the inspector comes back at about the width it had");
    }
}
