package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.chooseInSubmenu;
import static org.convatlas.ui.WindowRobot.clickLabelled;
import static org.convatlas.ui.WindowRobot.countsCard;
import static org.convatlas.ui.WindowRobot.editor;
import static org.convatlas.ui.WindowRobot.openMenus;
import static org.convatlas.ui.WindowRobot.stageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Conv3dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Pads3d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Traces;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.conv3d.Conv3dLesson;
import org.convatlas.lesson.multichannel.MultiChannelConvLesson;
import org.convatlas.lesson.pointwise.PointwiseConvLesson;
import org.convatlas.lesson.stack.StackLessonOutputs;
import org.convatlas.lesson.stack.StackedFrames;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lessons on stacks of channels and volumes in the real window: each preset applied with its button, two steps
 * taken with the transport, and the counts card read against {@link Counts} and the engine's trace; each lesson chosen
 * in the atlas, a parameter changed, stepped, scrubbed and read in both languages, its formula strip against the
 * engine's output.
 */
@ExtendWith(ApplicationExtension.class)
class StackLessonsWindowTest {

    /** Steps taken after each preset. */
    private static final int STEPS = 2;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;

    @Start
    void start(Stage stage) {
        app = BuiltInWindow.show(stage, i18n);
    }

    /** The first two lines of a counts card: multiplies so far of the total, then parameters. */
    private record Expected(long multipliesSoFar, OpCount count) {

        List<String> lines(I18n i18n) {
            return List.of(i18n.get("counts.multiplies", multipliesSoFar, count.multiplies()),
                    i18n.get("counts.parameters", count.parameters()));
        }
    }

    /** What the counts card of a multi-channel convolution says at step {@code step}, from shapes alone. */
    private static Expected multiChannel(ParameterValues v, long step) {
        int size = v.get(MultiChannelConvLesson.SIZE);
        int k = v.get(MultiChannelConvLesson.KERNEL);
        int filters = v.get(MultiChannelConvLesson.FILTERS);
        Conv2dParams p = new Conv2dParams(Window2d.of(v.get(MultiChannelConvLesson.STRIDE),
                v.get(MultiChannelConvLesson.PADDING), 1), 1, false);
        Tensor x = Tensor.zeros(3, size, size);
        Tensor w = Tensor.zeros(filters, 3, k, k);
        return new Expected(Traces.conv2d(x, w, Tensor.zeros(filters), p).multipliesAfter(step),
                Counts.conv2d(x.shape(), w.shape(), true, p));
    }

    private static Expected pointwise(ParameterValues v, long step) {
        int size = v.get(PointwiseConvLesson.SIZE);
        Tensor x = Tensor.zeros(v.get(PointwiseConvLesson.INPUT_CHANNELS), size, size);
        Tensor w = Tensor.zeros(v.get(PointwiseConvLesson.OUTPUT_CHANNELS), x.dim(0), 1, 1);
        return new Expected(Traces.conv2d(x, w, null, Conv2dParams.DEFAULT).multipliesAfter(step),
                Counts.conv2d(x.shape(), w.shape(), false, Conv2dParams.DEFAULT));
    }

    /** The first line of the 3-D lesson at step {@code step}, and the line on the 3-D convolution's counts. */
    private static List<String> volume(ParameterValues v, long step, I18n i18n) {
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
        long soFar = asVolume ? Traces.conv3d(x3, w3, null, p3).multipliesAfter(step)
                : Traces.conv2d(x2, w2, null, p2).multipliesAfter(step);
        String shape = Arrays.stream(Conv3d.outputShape(x3.shape(), w3.shape(), p3)).mapToObj(Integer::toString)
                .collect(Collectors.joining("×"));
        return List.of(i18n.get("counts.multiplies", soFar, asVolume ? c3.multiplies() : c2.multiplies()),
                i18n.get("lesson.conv3d.counts.volume", shape, c3.multiplies(), c3.parameters()));
    }

    private void applyPresetAndStep(FxRobot robot, Preset preset) {
        String text = i18n.get(preset.labelKey());
        Button button = robot.lookup((Button b) -> text.equals(b.getText())).queryButton();
        robot.clickOn(button);
        for (int i = 0; i < STEPS; i++) {
            robot.clickOn("#transport-forward");
        }
        assertEquals(STEPS, app.model().getCurrentLesson().transport().getCurrentStep(), preset.labelKey());
        ImageView formula = robot.lookup("." + AppStyles.FORMULA + " .image-view").queryAs(ImageView.class);
        assertNotNull(formula.getImage(), "the formula is typeset, not shown as its source");
    }

    private ParameterValues values() {
        return app.model().getCurrentLesson().valuesProperty().get();
    }

    private void open(FxRobot robot, Lesson lesson) {
        robot.interact(() -> app.window().open(lesson.id()));
        robot.interact(() -> app.model().getCurrentLesson().transport().first());
    }

    @Test
    void multiChannelPresetsCountWhatTheEngineCounts(FxRobot robot) {
        Lesson lesson = new MultiChannelConvLesson();
        open(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyPresetAndStep(robot, preset);
            assertEquals(multiChannel(values(), STEPS).lines(i18n), countsCard(robot).subList(0, 2), preset.labelKey());
            robot.clickOn("#transport-first");
        }
    }

    @Test
    void pointwisePresetsCountWhatTheEngineCounts(FxRobot robot) {
        Lesson lesson = new PointwiseConvLesson();
        open(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyPresetAndStep(robot, preset);
            assertEquals(pointwise(values(), STEPS).lines(i18n), countsCard(robot).subList(0, 2), preset.labelKey());
            robot.clickOn("#transport-first");
        }
    }

    @Test
    void volumePresetsCountWhatTheEngineCountsForBothReadings(FxRobot robot) {
        Lesson lesson = new Conv3dLesson();
        open(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyPresetAndStep(robot, preset);
            assertEquals(volume(values(), STEPS, i18n), countsCard(robot).subList(0, 2), preset.labelKey());
            robot.clickOn("#transport-first");
        }
    }

    /**
     * Pointing at a cell of channel 2 pulls that channel out on the stage, and the inspector's field says 2 without
     * choosing it; when the pointer leaves, the field says the sheet chosen again.
     */
    @Test
    void theSheetPulledOutFieldFollowsThePointer(FxRobot robot) {
        open(robot, new MultiChannelConvLesson());
        Spinner<Integer> sheet = editor(robot, i18n.get(MultiChannelConvLesson.PULLED_SHEET.labelKey()));
        assertEquals(0, sheet.getValue());
        LessonViewModel lesson = app.model().getCurrentLesson();
        robot.interact(() -> lesson.hover(new Hit(Role.INPUT, Coordinates.of(2, 1, 1))));
        assertEquals(2, sheet.getValue());
        assertEquals(2, StackedFrames.sceneOf(lesson.frameProperty().get()).pulledOut().index(), "as on the stage");
        assertEquals(0, values().get(MultiChannelConvLesson.PULLED_SHEET), "pointing chooses nothing");
        robot.interact(() -> lesson.hover(null));
        assertEquals(0, sheet.getValue());
        assertEquals(0, StackedFrames.sceneOf(lesson.frameProperty().get()).pulledOut().index());
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

    /** The lines at the top of a lesson's counts card at a step, from the engine, in the language of {@code i18n}. */
    private interface CountsAt {
        List<String> lines(ParameterValues values, long step, I18n i18n);
    }

    /**
     * A lesson on stacks followed through the window: its title in the atlas, the parameter raised by one, the step
     * scrubbed to, what its counts card says and what the engine computes.
     */
    private record Followed(String title, IntParameter raised, long scrubTo, CountsAt counts,
                            Function<ParameterValues, Tensor> output) {

        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Followed> followed() {
        return Stream.of(
                new Followed("Multi-channel 2D convolution", MultiChannelConvLesson.FILTERS, 20,
                        (v, step, i18n) -> multiChannel(v, step).lines(i18n), StackLessonOutputs::multiChannel),
                new Followed("1×1 convolution", PointwiseConvLesson.OUTPUT_CHANNELS, 30,
                        (v, step, i18n) -> pointwise(v, step).lines(i18n), StackLessonOutputs::pointwise),
                new Followed("3D convolution", Conv3dLesson.PADDING, 40, StackLessonsWindowTest::volume,
                        StackLessonOutputs::volume));
    }

    /**
     * Chooses the lesson in the atlas, raises its parameter by one with the spinner, takes two steps and scrubs; there,
     * and again after switching to Chinese with the View menu, the top of the counts card must be what the engine
     * counts, the formula strip must end in the element of the engine's output that the step writes, and the
     * output-size formula must give the output's width.
     */
    @ParameterizedTest
    @MethodSource("followed")
    void eachLessonFollowsTheEngineThroughParameterStepScrubAndLanguage(Followed lesson, FxRobot robot)
            throws TimeoutException {
        clickLabelled(robot, lesson.title());
        Spinner<Integer> spinner = editor(robot, i18n.get(lesson.raised().labelKey()));
        int before = values().get(lesson.raised());
        robot.clickOn(spinner.lookup(".increment-arrow-button"));
        assertEquals(before + 1, values().get(lesson.raised()));
        ParameterValues values = values();
        Tensor y = lesson.output().apply(values);

        robot.clickOn("#transport-forward").clickOn("#transport-forward");
        assertEquals(2, app.model().getCurrentLesson().transport().getCurrentStep());
        Slider scrubber = robot.lookup("#transport-scrubber").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(lesson.scrubTo()));
        assertEquals(lesson.scrubTo(), app.model().getCurrentLesson().transport().getCurrentStep());

        List<String> english = lesson.counts().lines(values, lesson.scrubTo(), i18n);
        assertEquals(english, countsCard(robot).subList(0, english.size()));
        String strip = " = " + NumberText.of(y.data()[(int) lesson.scrubTo()]);
        assertTrue(stageText(robot).endsWith(strip), stageText(robot));
        String formula = app.model().getCurrentLesson().formulaProperty().get();
        assertTrue(formula.contains("+ 1 = " + y.dim(-1)), formula);

        openMenus(robot, "View", "Language");
        chooseInSubmenu(robot, "简体中文");
        List<String> chinese = lesson.counts().lines(values, lesson.scrubTo(), i18n);
        assertTrue(chinese.get(0).startsWith("已做乘法"), chinese.get(0));
        assertEquals(chinese, countsCard(robot).subList(0, chinese.size()));
        assertTrue(stageText(robot).startsWith("输入 ") && stageText(robot).endsWith(strip), stageText(robot));
    }
}
