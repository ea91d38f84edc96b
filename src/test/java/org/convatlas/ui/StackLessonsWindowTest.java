package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Conv3dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Pads3d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Traces;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.stack.Conv3dLesson;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.stack.MultiChannelConvLesson;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.stack.PointwiseConvLesson;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lessons on stacks of channels and volumes in the real window: each preset applied with its button, two steps
 * taken with the transport, and the counts card read against {@link Counts} and the engine's trace.
 */
@ExtendWith(ApplicationExtension.class)
class StackLessonsWindowTest {

    /** Steps taken after each preset. */
    private static final int STEPS = 2;

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

    /** The first two lines of a counts card: multiplies so far of the total, then parameters. */
    private record Expected(long multipliesSoFar, OpCount count) {

        List<String> lines(I18n i18n) {
            return List.of(i18n.get("counts.multiplies", multipliesSoFar, count.multiplies()),
                    i18n.get("counts.parameters", count.parameters()));
        }
    }

    /** What the counts card of a multi-channel convolution says after {@link #STEPS} steps, from shapes alone. */
    private static Expected multiChannel(ParameterValues v) {
        int size = v.get(MultiChannelConvLesson.SIZE);
        int k = v.get(MultiChannelConvLesson.KERNEL);
        int filters = v.get(MultiChannelConvLesson.FILTERS);
        Conv2dParams p = new Conv2dParams(Window2d.of(v.get(MultiChannelConvLesson.STRIDE),
                v.get(MultiChannelConvLesson.PADDING), 1), 1, false);
        Tensor x = Tensor.zeros(3, size, size);
        Tensor w = Tensor.zeros(filters, 3, k, k);
        return new Expected(Traces.conv2d(x, w, Tensor.zeros(filters), p).multipliesAfter(STEPS),
                Counts.conv2d(x.shape(), w.shape(), true, p));
    }

    private static Expected pointwise(ParameterValues v) {
        int size = v.get(PointwiseConvLesson.SIZE);
        Tensor x = Tensor.zeros(v.get(PointwiseConvLesson.INPUT_CHANNELS), size, size);
        Tensor w = Tensor.zeros(v.get(PointwiseConvLesson.OUTPUT_CHANNELS), x.dim(0), 1, 1);
        return new Expected(Traces.conv2d(x, w, null, Conv2dParams.DEFAULT).multipliesAfter(STEPS),
                Counts.conv2d(x.shape(), w.shape(), false, Conv2dParams.DEFAULT));
    }

    /** The first line of the 3-D lesson, and the line that compares it with the reading not shown. */
    private static List<String> volume(ParameterValues v, I18n i18n) {
        int d = v.get(Conv3dLesson.DEPTH);
        int size = v.get(Conv3dLesson.SIZE);
        int k = v.get(Conv3dLesson.KERNEL);
        int s = v.get(Conv3dLesson.STRIDE);
        int p = v.get(Conv3dLesson.PADDING);
        Conv3dParams p3 = new Conv3dParams(s, s, s, Pads3d.uniform(p), 1, 1, 1, 1);
        Conv2dParams p2 = new Conv2dParams(Window2d.of(s, p, 1), 1, false);
        Tensor x3 = Tensor.zeros(1, d, size, size);
        Tensor w3 = Tensor.zeros(1, 1, k, k, k);
        Tensor x2 = Tensor.zeros(d, size, size);
        Tensor w2 = Tensor.zeros(1, d, k, k);
        OpCount c3 = Counts.conv3d(x3.shape(), w3.shape(), false, p3);
        OpCount c2 = Counts.conv2d(x2.shape(), w2.shape(), false, p2);
        boolean asVolume = v.get(Conv3dLesson.DEPTH_AS) == Conv3dLesson.Depth.VOLUME;
        long soFar = asVolume ? Traces.conv3d(x3, w3, null, p3).multipliesAfter(STEPS)
                : Traces.conv2d(x2, w2, null, p2).multipliesAfter(STEPS);
        String shape = Arrays.stream(Conv3d.outputShape(x3.shape(), w3.shape(), p3)).mapToObj(Integer::toString)
                .collect(Collectors.joining("×"));
        return List.of(i18n.get("counts.multiplies", soFar, asVolume ? c3.multiplies() : c2.multiplies()),
                i18n.get("lesson.conv3d.counts.volume", shape, c3.multiplies(), c3.parameters()));
    }

    private List<String> countsCard(FxRobot robot) {
        VBox card = robot.lookup("." + AppStyles.COUNTS_CARD).queryAs(VBox.class);
        return card.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private void applyPresetAndStep(FxRobot robot, Preset preset) {
        String text = i18n.get(preset.labelKey());
        Button button = robot.lookup((Button b) -> text.equals(b.getText())).queryButton();
        robot.clickOn(button);
        for (int i = 0; i < STEPS; i++) {
            robot.clickOn("#transport-forward");
        }
        assertEquals(STEPS, model.getCurrentLesson().transport().getCurrentStep(), preset.labelKey());
        ImageView formula = robot.lookup("." + AppStyles.FORMULA + " .image-view").queryAs(ImageView.class);
        assertNotNull(formula.getImage(), "the formula is typeset, not shown as its source");
    }

    private ParameterValues values() {
        return model.getCurrentLesson().valuesProperty().get();
    }

    private void open(FxRobot robot, Lesson lesson) {
        robot.interact(() -> window.open(lesson.id()));
        robot.interact(() -> model.getCurrentLesson().transport().first());
    }

    @Test
    void multiChannelPresetsCountWhatTheEngineCounts(FxRobot robot) {
        Lesson lesson = new MultiChannelConvLesson();
        open(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyPresetAndStep(robot, preset);
            assertEquals(multiChannel(values()).lines(i18n), countsCard(robot).subList(0, 2), preset.labelKey());
            robot.clickOn("#transport-first");
        }
    }

    @Test
    void pointwisePresetsCountWhatTheEngineCounts(FxRobot robot) {
        Lesson lesson = new PointwiseConvLesson();
        open(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyPresetAndStep(robot, preset);
            assertEquals(pointwise(values()).lines(i18n), countsCard(robot).subList(0, 2), preset.labelKey());
            robot.clickOn("#transport-first");
        }
    }

    @Test
    void volumePresetsCountWhatTheEngineCountsForBothReadings(FxRobot robot) {
        Lesson lesson = new Conv3dLesson();
        open(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyPresetAndStep(robot, preset);
            assertEquals(volume(values(), i18n), countsCard(robot).subList(0, 2), preset.labelKey());
            robot.clickOn("#transport-first");
        }
    }

    @Test
    void theCountsCardFollowsTheLanguage(FxRobot robot) {
        Lesson lesson = new PointwiseConvLesson();
        open(robot, lesson);
        applyPresetAndStep(robot, PointwiseConvLesson.REDUCTION);
        robot.interact(() -> i18n.setLocale(Locale.SIMPLIFIED_CHINESE));
        String line = countsCard(robot).get(0);
        assertEquals(i18n.get("counts.multiplies", 3 * 192L, 2_408_448L), line);
        assertTrue(line.contains("2,408,448") && line.startsWith("已做乘法"), line);
    }
}
