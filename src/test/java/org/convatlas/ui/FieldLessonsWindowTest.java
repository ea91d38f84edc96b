package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.countsCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Counts;
import org.convatlas.compute.ReceptiveField;
import org.convatlas.compute.ReceptiveField2d;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.LayerStack;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.StackLayer;
import org.convatlas.lesson.dilated.DilatedConvolutionLesson;
import org.convatlas.lesson.dilated.DilationView;
import org.convatlas.lesson.stacking.StackArrangement;
import org.convatlas.lesson.stacking.StackingLesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The receptive-field lessons in the real window: each preset applied with its button, the last step shown, and the
 * counts card and the chart read against the engine ({@link ReceptiveField}, {@link ConvArithmetic},
 * {@link Counts}); the stack editor taking a value, refusing one with a message in place, adding and removing layers.
 */
@ExtendWith(ApplicationExtension.class)
class FieldLessonsWindowTest {

    private static final String DILATED = "lesson." + DilatedConvolutionLesson.ID + ".";
    private static final String STACKING = "lesson." + StackingLesson.ID + ".";

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;

    @Start
    void start(Stage stage) {
        app = BuiltInWindow.show(stage, i18n);
    }

    private void open(FxRobot robot, Lesson lesson) {
        robot.interact(() -> app.window().open(lesson.id()));
    }

    /** Applies {@code preset} with its button and goes to the last step. */
    private void applyAndGoToTheEnd(FxRobot robot, Preset preset) {
        String text = i18n.get(preset.labelKey());
        robot.clickOn(robot.lookup((Button b) -> text.equals(b.getText())).queryButton());
        robot.clickOn("#transport-last");
        ImageView formula = robot.lookup("." + AppStyles.FORMULA + " .image-view").queryAs(ImageView.class);
        assertNotNull(formula.getImage(), "the formula is typeset, not shown as its source");
    }

    private ParameterValues values() {
        return app.model().getCurrentLesson().valuesProperty().get();
    }

    @Test
    void dilatedPresetsShowTheEnginesFieldsAndSizes(FxRobot robot) {
        Lesson lesson = new DilatedConvolutionLesson();
        open(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyAndGoToTheEnd(robot, preset);
            ParameterValues v = values();
            int k = v.get(DilatedConvolutionLesson.KERNEL);
            List<String> card = countsCard(robot);
            if (v.get(DilatedConvolutionLesson.VIEW) == DilationView.LAYERS) {
                int depth = v.get(DilatedConvolutionLesson.LAYERS);
                List<ReceptiveField.Layer> layers = new ArrayList<>();
                for (int l = 0; l < depth; l++) {
                    layers.add(new ReceptiveField.Layer(k, 1, 1 << l, 0));
                }
                long size = ReceptiveField.of(layers).get(depth - 1).size();
                int rate = 1 << (depth - 1);
                assertEquals(List.of(i18n.get(DILATED + "counts.layer", depth, rate, size),
                        i18n.get(DILATED + "counts.effective", k, rate, ConvArithmetic.reach(k, rate)),
                        i18n.get(DILATED + "counts.parametersPerLayer", (long) k * k)), card, preset.labelKey());
            } else if (v.get(DilatedConvolutionLesson.VIEW) == DilationView.IMAGE) {
                assertEquals(i18n.get("lesson.image-filter.counts.perValue", k * k), card.get(1));
            } else {
                int n = v.get(DilatedConvolutionLesson.SIZE);
                int d = v.get(DilatedConvolutionLesson.DILATION);
                int p = v.get(DilatedConvolutionLesson.PADDING);
                int output = ConvArithmetic.outputSize("height", n, p, p, k, v.get(DilatedConvolutionLesson.STRIDE), d);
                assertTrue(card.contains(i18n.get("counts.outputSize", output, output)), card.toString());
                assertTrue(card.contains(i18n.get(DILATED + "counts.effective", k, d, ConvArithmetic.reach(k, d))),
                        card.toString());
            }
        }
        applyAndGoToTheEnd(robot, DilatedConvolutionLesson.RATE_4);
        assertEquals("Layer 3: dilation 4, receptive field 15 × 15", countsCard(robot).get(0));
    }

    @Test
    void stackingPresetsCountAndChartWhatTheEngineCounts(FxRobot robot) {
        Lesson lesson = new StackingLesson();
        open(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyAndGoToTheEnd(robot, preset);
            ParameterValues v = values();
            LayerStack stack = v.get(StackingLesson.STACK);
            LayerStack compared = v.get(StackingLesson.COMPARED);
            long own = weights(stack, v.get(StackingLesson.SIZE));
            long other = weights(compared, v.get(StackingLesson.SIZE));
            ReceptiveField2d comparedField = ReceptiveField2d.of(compared.engineLayers()).get(compared.size() - 1);
            List<String> card = countsCard(robot);
            assertEquals(List.of(i18n.get(STACKING + "counts.weights", own),
                    i18n.get(STACKING + "counts.compared", compared.kernels(), comparedField.vertical().size(),
                            comparedField.horizontal().size(), other),
                    i18n.get(STACKING + "counts.share", (double) own / other, own, other)), card.subList(2, 5),
                    preset.labelKey());

            LineChart<?, ?> chart = robot.lookup("." + AppStyles.SERIES_CHART + " .chart").queryAs(LineChart.class);
            List<Number> ownWidths = widths(chart.getData().get(0));
            if (v.get(StackingLesson.ARRANGEMENT) == StackArrangement.SEQUENCE) {
                List<Number> expected = ReceptiveField2d.of(stack.engineLayers()).stream()
                        .map(f -> (Number) (double) f.horizontal().size()).toList();
                assertEquals(expected, ownWidths, preset.labelKey());
            }
            assertEquals(List.of(3.0, 7.0, 15.0, 31.0), widths(chart.getData().get(2)));
            assertEquals(i18n.get(STACKING + "chart.plain"), chart.getData().get(1).getName());
        }
        assertEquals("Weights per channel pair: 35", countsCard(robot).get(2));
    }

    private static List<Number> widths(XYChart.Series<?, ?> series) {
        return series.getData().stream().map(d -> (Number) ((Number) d.getYValue()).doubleValue()).toList();
    }

    private static long weights(LayerStack stack, int size) {
        long sum = 0;
        for (StackLayer layer : stack.layers()) {
            sum += Counts.conv2d(new int[] {1, size, size}, new int[] {1, 1, layer.kernelH(), layer.kernelW()},
                    false, Conv2dParams.DEFAULT.withWindow(layer.window())).parameters();
        }
        return sum;
    }

    @Test
    void theStackEditorTakesValuesRefusesBadOnesInPlaceAndAddsAndRemovesLayers(FxRobot robot) {
        open(robot, new StackingLesson());
        applyAndGoToTheEnd(robot, StackingLesson.TWO_THREES);
        LayerStack before = values().get(StackingLesson.STACK);
        TextField kernel = robot.lookup("#stack-1-kernelHeight").queryAs(TextField.class);
        Label problem = robot.lookup("." + AppStyles.STACK_EDITOR + " ." + AppStyles.PROBLEM).queryAs(Label.class);
        assertFalse(problem.isVisible());

        robot.interact(() -> kernel.setText("0"));
        assertTrue(problem.isVisible());
        assertTrue(kernel.getPseudoClassStates().contains(Styles.STATE_DANGER), "the field is marked");
        assertEquals(i18n.get("stackEditor.refused", 1, "kernel height must be at least 1 (got 0)"), problem.getText());
        assertEquals(before, values().get(StackingLesson.STACK), "the stack keeps its value");
        assertTrue(app.model().getCurrentLesson().problemProperty().get() == null, "the lesson still plays");

        robot.interact(() -> kernel.setText("two"));
        assertEquals(i18n.get("stackEditor.notANumber", 1, "two"), problem.getText());
        robot.interact(() -> kernel.setText("3"));
        assertFalse(problem.isVisible(), "typing the value taken ends the message");

        robot.interact(() -> kernel.setText("99"));
        assertEquals(i18n.get("stackEditor.refused", 1, "kernel height must be at most " + StackingLesson.MAX_VALUE
                + " (got 99)"), problem.getText());

        robot.interact(() -> kernel.setText("5"));
        assertFalse(problem.isVisible());
        assertEquals(before, values().get(StackingLesson.STACK), "not taken while typing");
        robot.interact(() -> kernel.fireEvent(new ActionEvent()));
        assertEquals(5, values().get(StackingLesson.STACK).get(0).kernelH(), "taken when committed");
        robot.clickOn("#transport-last");
        assertEquals(i18n.get(STACKING + "counts.field", 7L, 5L), countsCard(robot).get(1));

        Button add = robot.lookup("#stack-add").queryButton();
        robot.interact(add::fire);
        assertEquals(3, values().get(StackingLesson.STACK).size());
        assertEquals(3, app.model().getCurrentLesson().transport().getStepCount());
        robot.interact(() -> robot.lookup("#stack-remove-1").queryButton().fire());
        assertEquals(List.of(StackLayer.square(3, 1, 1, 0), StackLayer.square(3, 1, 1, 0)),
                values().get(StackingLesson.STACK).layers());
        assertTrue(robot.lookup("#compared-remove-1").queryButton().isDisabled(), "the only layer stays");
    }

    @Test
    void aStackTooDeepForTheInputSaysSoAndKeepsTheEditor(FxRobot robot) {
        open(robot, new StackingLesson());
        applyAndGoToTheEnd(robot, StackingLesson.THREE_THREES);
        TextField dilation = robot.lookup("#stack-3-dilation").queryAs(TextField.class);
        robot.interact(() -> {
            dilation.setText("8");
            dilation.fireEvent(new ActionEvent());
        });
        String problem = i18n.get(app.model().getCurrentLesson().problemProperty().get());
        assertTrue(problem.contains("kernel reach 17 exceeds padded input 7"), problem);
        assertEquals(8, values().get(StackingLesson.STACK).get(2).dilation());
        robot.interact(() -> {
            dilation.setText("1");
            dilation.fireEvent(new ActionEvent());
        });
        assertEquals(null, app.model().getCurrentLesson().problemProperty().get());
    }
}
