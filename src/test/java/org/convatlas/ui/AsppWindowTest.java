package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.aspp.AsppLesson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The ASPP lesson in the real window: each preset applied with its button and rates typed into the field, every
 * branch's step read against {@link Counts}.
 */
@ExtendWith(ApplicationExtension.class)
class AsppWindowTest {

    private static final String KEYS = "lesson.aspp.";

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        AppFonts.load();
        model = new MainViewModel(LessonRegistry.builtIn(), TaskExecutor.currentThread());
        window = new MainWindow(model, i18n);
        window.show(stage);
    }

    @BeforeEach
    void openLesson(FxRobot robot) {
        robot.interact(() -> window.open(AsppLesson.ID));
    }

    private List<String> countsCard(FxRobot robot) {
        VBox card = robot.lookup("." + AppStyles.COUNTS_CARD).queryAs(VBox.class);
        return card.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private ParameterValues values() {
        return model.getCurrentLesson().valuesProperty().get();
    }

    /** The branch lines of each step, then the totals of the last, from the engine's counts of the current values. */
    private List<List<String>> engineSteps() {
        ParameterValues v = values();
        int size = v.get(AsppLesson.FEATURE_SIZE);
        int[] map = {v.get(AsppLesson.INPUT_CHANNELS), size, size};
        int c = v.get(AsppLesson.BRANCH_CHANNELS);
        List<List<String>> steps = new ArrayList<>();
        OpCount total = new OpCount(0, 0);
        List<Integer> rates = new ArrayList<>(List.of(0));
        rates.addAll(v.get(AsppLesson.RATES).values());
        for (int rate : rates) {
            int k = rate == 0 ? 1 : 3;
            int r = Math.max(1, rate);
            OpCount branch = Counts.conv2d(map, new int[] {c, map[0], k, k}, false,
                    new Conv2dParams(Window2d.of(1, r * (k - 1) / 2, r), 1, false));
            total = total.plus(branch);
            steps.add(List.of(rate == 0 ? i18n.get(KEYS + "counts.pointwise", 1)
                    : i18n.get(KEYS + "counts.rate", rate, 2 * rate + 1),
                    i18n.get(KEYS + "counts.branch", branch.multiplies(), branch.parameters())));
        }
        steps.add(List.of(i18n.get(KEYS + "counts.total", rates.size(), total.multiplies(), total.parameters()),
                i18n.get(KEYS + "counts.concatenated", rates.size(), c, rates.size() * c, size, size)));
        return steps;
    }

    /** The first two lines of the counts card at every step. */
    private List<List<String>> shownSteps(FxRobot robot) {
        List<List<String>> steps = new ArrayList<>();
        long count = model.getCurrentLesson().transport().getStepCount();
        for (long step = 0; step < count; step++) {
            long at = step;
            robot.interact(() -> model.getCurrentLesson().transport().goTo(at));
            steps.add(countsCard(robot).subList(0, 2));
        }
        return steps;
    }

    @Test
    void everyPresetCountsEachBranchAsTheEngineDoes(FxRobot robot) {
        for (Preset preset : new AsppLesson().presets()) {
            String label = i18n.get(preset.labelKey());
            robot.clickOn(robot.lookup((Button b) -> label.equals(b.getText())).queryButton());
            assertEquals(engineSteps(), shownSteps(robot), label);
        }
    }

    @Test
    void typedRatesMakeTheBranches(FxRobot robot) {
        TextField field = robot.lookup((Node n) -> n instanceof TextField && n.getParent() instanceof RatesEditor)
                .queryAs(TextField.class);
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("3, 9");
        assertEquals(4, model.getCurrentLesson().transport().getStepCount());
        assertEquals(engineSteps(), shownSteps(robot));
    }
}
