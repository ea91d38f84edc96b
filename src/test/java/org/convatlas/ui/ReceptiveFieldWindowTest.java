package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.countsCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.GriddingCoverage;
import org.convatlas.compute.HybridDilationRules;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.aspp.AsppLesson;
import org.convatlas.lesson.gridding.GriddingLesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The receptive-field lessons in the real app.window(). The gridding effect: each preset applied with its button and rates
 * typed into the field, the counts card read against the engine's coverage and HDC verdicts, bad text answered under
 * the field while the lesson keeps its rates. ASPP: each preset and typed rates, every branch's step read against
 * {@link Counts}.
 */
@ExtendWith(ApplicationExtension.class)
class ReceptiveFieldWindowTest {

    private static final String GRIDDING = "lesson.gridding.";
    private static final String ASPP = "lesson.aspp.";

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;

    @Start
    void start(Stage stage) {
        app = BuiltInWindow.show(stage, i18n);
    }

    private void open(FxRobot robot, String lessonId) {
        robot.interact(() -> app.window().open(lessonId));
    }

    /** The share and the three verdict lines the engine gives for the whole stack {@code rates}. */
    private List<String> engineLines(DilationRates rates) {
        int[] r = rates.toArray();
        GriddingCoverage coverage = GriddingCoverage.of(rates.values().stream()
                .map(rate -> new GriddingCoverage.Layer(GriddingLesson.KERNEL, rate)).toList());
        List<HybridDilationRules.Verdict> verdicts = HybridDilationRules.check(r, GriddingLesson.KERNEL);
        return List.of(i18n.get(GRIDDING + "counts.share", coverage.touchedFraction()),
                i18n.get(GRIDDING + "rule.commonFactor." + metOrNot(verdicts.get(0)), HybridDilationRules.commonFactor(r)),
                i18n.get(GRIDDING + "rule.sawTooth." + metOrNot(verdicts.get(1))),
                i18n.get(GRIDDING + "rule.maxGap." + metOrNot(verdicts.get(2)), HybridDilationRules.maxGaps(r)[1],
                        GriddingLesson.KERNEL));
    }

    private static String metOrNot(HybridDilationRules.Verdict verdict) {
        return verdict.met() ? "met" : "unmet";
    }

    /** Goes to the last step, the whole stack (by the view model: the pointer stays off the stage). */
    private void showLastStep(FxRobot robot) {
        robot.interact(() -> app.model().getCurrentLesson().transport().last());
    }

    private TextField ratesField(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof TextField && n.getParent() instanceof RatesEditor)
                .queryAs(TextField.class);
    }

    private Label problemUnderField(FxRobot robot) {
        return (Label) ((RatesEditor) ratesField(robot).getParent()).getChildren().get(1);
    }

    /** Replaces the field's text by typing {@code text}, then Enter. */
    private void type(FxRobot robot, String text) {
        robot.clickOn(ratesField(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    /** Types {@code text} at the end of the field's text. */
    private void append(FxRobot robot, String text) {
        robot.clickOn(ratesField(robot));
        robot.type(KeyCode.END);
        robot.write(text);
    }

    private DilationRates rates() {
        return app.model().getCurrentLesson().valuesProperty().get().get(GriddingLesson.RATES);
    }

    @Test
    void everyPresetShowsTheEnginesShareAndVerdicts(FxRobot robot) {
        open(robot, GriddingLesson.ID);
        for (Preset preset : new GriddingLesson().presets()) {
            String label = i18n.get(preset.labelKey());
            robot.clickOn(robot.lookup((Button b) -> label.equals(b.getText())).queryButton());
            showLastStep(robot);
            DilationRates rates = (DilationRates) preset.values().get(GriddingLesson.RATES);
            assertEquals(rates, rates(), label);
            assertEquals(rates.text(), ratesField(robot).getText(), "the field follows the preset");
            assertEquals(engineLines(rates), countsCard(robot).subList(1, 5), label);
        }
    }

    @Test
    void typedRatesAreTakenWhenCommitted(FxRobot robot) {
        open(robot, GriddingLesson.ID);
        DilationRates shown = rates();
        robot.clickOn(ratesField(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("1,2,5");
        assertEquals(shown, rates(), "not while typing");
        robot.type(KeyCode.TAB);
        assertEquals(DilationRates.of(1, 2, 5), rates(), "when the field loses the focus");

        type(robot, "1,2,5");
        showLastStep(robot);
        assertEquals(DilationRates.of(1, 2, 5), rates());
        assertEquals(engineLines(DilationRates.of(1, 2, 5)), countsCard(robot).subList(1, 5));
        assertEquals(i18n.get(GRIDDING + "counts.share", 1.0), countsCard(robot).get(1));

        type(robot, "2, 2, 2");
        showLastStep(robot);
        assertEquals(engineLines(DilationRates.of(2, 2, 2)), countsCard(robot).subList(1, 5));
        assertTrue(countsCard(robot).get(1).endsWith("29%"), countsCard(robot).get(1));
        assertEquals("2, 2, 2", ratesField(robot).getText(), "typing keeps what was typed");
    }

    @Test
    void badTextIsAnsweredInPlaceAndTheRatesStay(FxRobot robot) {
        open(robot, GriddingLesson.ID);
        type(robot, "1,2,5");
        showLastStep(robot);
        List<String> before = countsCard(robot);
        Label problem = problemUnderField(robot);
        assertFalse(problem.isVisible());

        append(robot, ",,x");
        assertEquals("1,2,5,,x", ratesField(robot).getText());
        assertTrue(ratesField(robot).getPseudoClassStates().contains(Styles.STATE_DANGER), "the field is marked");
        assertTrue(problem.isVisible());
        assertEquals(i18n.get(Message.of("parameter.rates.missing", 4)), problem.getText());
        assertEquals(DilationRates.of(1, 2, 5), rates(), "the lesson keeps its rates");
        assertEquals(before, countsCard(robot), "and what it shows");

        type(robot, "2,0");
        assertEquals(i18n.get(Message.of("parameter.rates.refused", "dilation rate must be at least 1 (got 0)")),
                problem.getText());
        assertEquals(DilationRates.of(1, 2, 5), rates(), "text that does not read changes nothing");

        type(robot, "1,2,3");
        assertFalse(problem.isVisible(), "good text clears the problem");
        assertFalse(ratesField(robot).getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertEquals(DilationRates.of(1, 2, 3), rates());
    }

    private ParameterValues asppValues() {
        return app.model().getCurrentLesson().valuesProperty().get();
    }

    /** The branch lines of each step, then the totals of the last, from the engine's counts of the current values. */
    private List<List<String>> engineSteps() {
        ParameterValues v = asppValues();
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
            steps.add(List.of(rate == 0 ? i18n.get(ASPP + "counts.pointwise", 1)
                    : i18n.get(ASPP + "counts.rate", rate, 2 * rate + 1),
                    i18n.get(ASPP + "counts.branch", branch.multiplies(), branch.parameters())));
        }
        steps.add(List.of(i18n.get(ASPP + "counts.total", rates.size(), total.multiplies(), total.parameters()),
                i18n.get(ASPP + "counts.concatenated", rates.size(), c, rates.size() * c, size, size)));
        return steps;
    }

    /** The first two lines of the counts card at every step. */
    private List<List<String>> shownSteps(FxRobot robot) {
        List<List<String>> steps = new ArrayList<>();
        long count = app.model().getCurrentLesson().transport().getStepCount();
        for (long step = 0; step < count; step++) {
            long at = step;
            robot.interact(() -> app.model().getCurrentLesson().transport().goTo(at));
            steps.add(countsCard(robot).subList(0, 2));
        }
        return steps;
    }

    @Test
    void everyAsppPresetCountsEachBranchAsTheEngineDoes(FxRobot robot) {
        open(robot, AsppLesson.ID);
        for (Preset preset : new AsppLesson().presets()) {
            String label = i18n.get(preset.labelKey());
            robot.clickOn(robot.lookup((Button b) -> label.equals(b.getText())).queryButton());
            assertEquals(engineSteps(), shownSteps(robot), label);
        }
    }

    @Test
    void typedRatesMakeTheAsppBranches(FxRobot robot) {
        open(robot, AsppLesson.ID);
        type(robot, "3, 9");
        assertEquals(4, app.model().getCurrentLesson().transport().getStepCount());
        assertEquals(engineSteps(), shownSteps(robot));
    }
}
