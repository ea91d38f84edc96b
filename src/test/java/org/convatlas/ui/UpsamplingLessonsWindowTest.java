package org.convatlas.ui;

import static org.convatlas.ui.WindowRobot.countsCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.convatlas.compute.AvgPool2d;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.PixelShuffle;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.TransposedOverlap;
import org.convatlas.compute.Upsample;
import org.convatlas.compute.UpsampleMode;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.PoolStep.Pooling;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.checkerboard.CheckerboardLesson;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.lesson.pixelshuffle.PixelShuffleLesson;
import org.convatlas.lesson.pooling.PoolingLesson;
import org.convatlas.lesson.unpooling.UnpoolingLesson;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pooling, unpooling, checkerboard artifacts and pixel shuffle in the real window: each chosen in the atlas, each
 * preset applied with its button, one step taken with the transport, and a line of the counts card read against the
 * engine.
 */
@ExtendWith(ApplicationExtension.class)
class UpsamplingLessonsWindowTest {

    /** The step each check is made at: the second, after one click forward. */
    private static final int STEP = 1;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private BuiltInWindow app;

    @Start
    void start(Stage stage) {
        app = BuiltInWindow.show(stage, i18n);
    }

    private ParameterValues values() {
        return app.model().getCurrentLesson().valuesProperty().get();
    }

    /** Chooses {@code lesson} in the atlas by its title. */
    private void choose(FxRobot robot, Lesson lesson) {
        String title = i18n.get(lesson.titleKey());
        WindowRobot.clickLesson(robot, title);
        assertEquals(lesson.id(), app.model().getCurrentLesson().lesson().id());
    }

    /** Applies {@code preset} with its button and takes one step forward. */
    private void applyAndStep(FxRobot robot, Preset preset) {
        String text = i18n.get(preset.labelKey());
        robot.clickOn(robot.lookup((Button b) -> text.equals(b.getText())).queryButton());
        robot.clickOn("#transport-first");
        robot.clickOn("#transport-forward");
        assertEquals(STEP, app.model().getCurrentLesson().transport().getCurrentStep(), preset.labelKey());
    }

    @Test
    void poolingPresetsShowTheEnginesIndexOrCount(FxRobot robot) {
        Lesson lesson = new PoolingLesson();
        choose(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyAndStep(robot, preset);
            ParameterValues v = values();
            Tensor x = v.get(PoolingLesson.INPUT).tensor(v.get(PoolingLesson.HEIGHT), v.get(PoolingLesson.WIDTH));
            Pool2dParams p = Pool2dParams.of(v.get(PoolingLesson.KERNEL_SIZE), v.get(PoolingLesson.STRIDE),
                    v.get(PoolingLesson.PADDING));
            if (v.get(PoolingLesson.POOLING) == Pooling.MAX) {
                int at = (int) MaxPool2d.apply(x, p).indices().data()[STEP];
                assertEquals(i18n.get("lesson.pooling.counts.index", at, at / x.dim(2), at % x.dim(2)),
                        countsCard(robot).get(1), preset.labelKey());
            } else {
                Tensor y = AvgPool2d.apply(x, p, v.get(PoolingLesson.COUNT_INCLUDE_PAD));
                assertEquals(i18n.get("counts.multiplies", STEP + 1L, (long) y.size()), countsCard(robot).get(0));
            }
        }
    }

    @Test
    void unpoolingPresetsShowTheEnginesBilinearValue(FxRobot robot) {
        Lesson lesson = new UnpoolingLesson();
        choose(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyAndStep(robot, preset);
            ParameterValues v = values();
            int s = v.get(UnpoolingLesson.SCALE);
            Tensor x = v.get(UnpoolingLesson.INPUT).tensor(s * v.get(UnpoolingLesson.POOLED_HEIGHT),
                    s * v.get(UnpoolingLesson.POOLED_WIDTH));
            Tensor pooled = MaxPool2d.apply(x, Pool2dParams.of(s, s, 0)).values();
            float bilinear = Upsample.apply(pooled, s, s, UpsampleMode.BILINEAR).data()[STEP];
            assertEquals(i18n.get("lesson.unpooling.counts.bilinear", NumberText.of(bilinear)),
                    countsCard(robot).get(2), preset.labelKey());
        }
    }

    @Test
    void pixelShufflePresetsShowTheEnginesShape(FxRobot robot) {
        Lesson lesson = new PixelShuffleLesson();
        choose(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyAndStep(robot, preset);
            ParameterValues v = values();
            int r = v.get(PixelShuffleLesson.FACTOR);
            int depth = v.get(PixelShuffleLesson.CHANNELS) * r * r;
            int h = v.get(PixelShuffleLesson.HEIGHT);
            Tensor y = PixelShuffle.apply(InputPattern.COUNTING.tensor(depth * h, v.get(PixelShuffleLesson.WIDTH))
                    .reshape(depth, h, v.get(PixelShuffleLesson.WIDTH)), r);
            assertEquals(i18n.get("counts.outputShape", y.dim(0) + " × " + y.dim(1) + " × " + y.dim(2)),
                    countsCard(robot).get(2), preset.labelKey());
            // the second pixel of the first row comes from channel 1 (i = 0, j = 1)
            assertEquals(i18n.get("lesson.pixel-shuffle.counts.channel", 1, 0, 0, 1), countsCard(robot).get(0));
        }
    }

    @Test
    void pointingAtAShuffledInputCellShowsWhereItLands(FxRobot robot) {
        choose(robot, new PixelShuffleLesson());
        applyAndStep(robot, PixelShuffleLesson.THREE);
        Tensor x = InputPattern.COUNTING.tensor(9 * 2, 2).reshape(9, 2, 2);
        // channel 5 = 0·9 + 1·3 + 2 fills row 1, column 2 of each 3×3 block: its cell (1, 0) lands at (4, 2)
        robot.interact(() -> app.model().getCurrentLesson().hover(new Hit(Role.INPUT, Coordinates.of(5, 1, 0))));
        String stage = robot.lookup("#stage-canvas").queryAs(Canvas.class).getAccessibleText();
        assertTrue(stage.endsWith(". y[0,4,2] = x[5,1,0] = " + NumberText.of(x.get(5, 1, 0))), stage);
        assertEquals(STEP, app.model().getCurrentLesson().transport().getCurrentStep(), "the transport stays");
    }

    @Test
    void checkerboardPresetsShowTheEnginesUnevenness(FxRobot robot) {
        Lesson lesson = new CheckerboardLesson();
        choose(robot, lesson);
        for (Preset preset : lesson.presets()) {
            applyAndStep(robot, preset);
            ParameterValues v = values();
            int k = v.get(CheckerboardLesson.KERNEL_SIZE);
            int s = v.get(CheckerboardLesson.STRIDE);
            int n = v.get(CheckerboardLesson.INPUT_SIZE);
            // the lesson's layer: pad ⌈(k − s)/2⌉ and the output padding that makes the output s·n
            int pad = (k - s + 1) / 2;
            TransposedOverlap.Layer layer = new TransposedOverlap.Layer(k, k,
                    new Window2d(s, s, Pads2d.uniform(pad), 1, 1),
                    2 * pad - (k - s), 2 * pad - (k - s));
            double unevenness = TransposedOverlap.ofStack(n, n, Collections.nCopies(STEP + 1, layer)).unevenness();
            List<String> card = countsCard(robot);
            assertEquals(i18n.get("lesson.checkerboard.counts.unevenness", NumberText.of(unevenness)), card.get(1));
            assertTrue(card.get(2).startsWith(k % s == 0 ? "Even" : "Uneven"), card.get(2));
        }
    }
}
