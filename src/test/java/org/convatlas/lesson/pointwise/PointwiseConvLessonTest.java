package org.convatlas.lesson.pointwise;

import static org.convatlas.lesson.stack.StackedFrames.TOLERANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.stack.StackedFrames;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.stack.SheetStack;
import org.convatlas.render.stack.StackConvolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PointwiseConvLessonTest {

    private final PointwiseConvLesson lesson = new PointwiseConvLesson();

    static Stream<Preset> presets() {
        return new PointwiseConvLesson().presets().stream();
    }

    private ParameterValues valuesOf(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(lesson.parameters()));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetPlaysTheEngineStepsWithItsCounts(Preset preset) {
        ParameterValues values = valuesOf(preset);
        PointwiseConvLesson.Inputs in = PointwiseConvLesson.inputs(values);
        Trace<WeightedSumStep> trace = Traces.conv2d(in.x(), in.w(), null, Conv2dParams.DEFAULT);
        OpCount count = Counts.conv2d(in.x().shape(), in.w().shape(), false, Conv2dParams.DEFAULT);
        int cin = values.get(PointwiseConvLesson.INPUT_CHANNELS);
        int cout = values.get(PointwiseConvLesson.OUTPUT_CHANNELS);
        int size = values.get(PointwiseConvLesson.SIZE);
        long wider = Counts.conv2d(in.x().shape(), new int[] {cout, cin, 3, 3}, false,
                new Conv2dParams(Window2d.of(1, 1, 1), 1, false)).multiplies();
        Playback playback = lesson.prepare(values);

        assertEquals((long) cout * size * size, playback.stepCount());
        assertEquals((long) cin * cout, count.parameters(), "one weight per pair of channels");
        for (long step : StackedFrames.probedSteps(playback)) {
            Frame frame = playback.frame(step);
            List<Message> expected = List.of(
                    StackedFrames.multipliesLine(trace.multipliesAfter(step), count.multiplies()),
                    Message.of("counts.parameters", count.parameters()),
                    Message.of("lesson.conv-1x1.counts.perValue", cin),
                    Message.of("counts.outputShape", cout + "×" + size + "×" + size),
                    Message.of("lesson.conv-1x1.counts.wider", wider));
            int bottleneckLines = values.get(PointwiseConvLesson.BOTTLENECK) ? 2 : 0;
            assertEquals(expected.size() + bottleneckLines, frame.counts().size());
            assertEquals(expected, frame.counts().subList(0, expected.size()));
            StackConvolution scene = StackedFrames.sceneOf(frame);
            assertEquals(trace.step(step).result(), scene.result());
            assertTrue(Float.isNaN(scene.bias()), "no bias");
            assertEquals(cin, scene.terms().size(), "one product per input channel");
            for (StackConvolution.Term term : scene.terms()) {
                assertEquals(term.value() * term.weight(), term.sum(), TOLERANCE, "one product per channel");
            }
            for (StackConvolution.Facing facing : scene.facings()) {
                assertEquals(StackedFrames.channelConvolution(in.x(), facing.input(), in.w(), scene.target().sheet(),
                        Conv2dParams.DEFAULT, scene.target().row(), scene.target().column()), facing.term().sum(),
                        TOLERANCE);
            }
            StackedFrames.assertSumsAddUp(scene);
            StackedFrames.assertOutputWrittenUpTo(step, scene.output(), trace.output());
            StackedFrames.assertTextsRead(frame);
        }
    }

    @Test
    void oneChannelTimesTwoDoublesTheInput() {
        ParameterValues values = valuesOf(PointwiseConvLesson.SCALING);
        Tensor x = PointwiseConvLesson.inputs(values).x();
        Playback playback = lesson.prepare(values);
        StackConvolution last = StackedFrames.sceneOf(playback.frame(playback.stepCount() - 1));
        Tensor y = Conv2d.apply(x, Tensor.filled(2, 1, 1, 1, 1), null, Conv2dParams.DEFAULT);
        StackedFrames.assertOutputWrittenUpTo(playback.stepCount() - 1, last.output(), y);
        for (int i = 0; i < x.size(); i++) {
            assertEquals(2 * x.data()[i], y.data()[i]);
        }
        StackConvolution first = StackedFrames.sceneOf(playback.frame(0));
        float x00 = x.data()[0];
        assertEquals(NumberText.of(x00) + " · 2 = " + NumberText.of(2 * x00), first.facings().get(0).term().text());
        assertEquals("y[0,0,0] = " + NumberText.of(x00) + "·2 = " + NumberText.of(2 * x00),
                StackedFrames.stripOf(playback.frame(0)));
    }

    @Test
    void aHundredAndNinetyTwoChannelsShowAFewSheetsAndHowManyAreLeftOut() {
        Playback playback = lesson.prepare(valuesOf(PointwiseConvLesson.REDUCTION));
        Frame frame = playback.frame(28 * 28 + 5);
        StackConvolution scene = StackedFrames.sceneOf(frame);
        assertEquals(Message.of("figure.stack.input", "192×28×28"), scene.captions().input());
        assertEquals(List.of(0, 1, 2, 191), scene.input().shown().stream().map(SheetStack.Shown::index).toList());
        assertEquals(new SheetStack.Elided(188), scene.input().items().get(3));
        assertEquals(4, scene.facings().size(), "kernel sheets only on the sheets shown");
        assertEquals(1, scene.target().sheet(), "second output channel");
        assertTrue(scene.output().shown().stream().anyMatch(s -> s.index() == 1));
        assertEquals(192, StackedFrames.stripOf(frame).chars().filter(c -> c == '·').count(), "the strip has every term");
        assertNull(scene.pulledOut());
        assertEquals(Message.of("lesson.conv-1x1.counts.perValue", 192), frame.counts().get(2));
    }

    @Test
    void aSheetPastTheChannelsCannotBePulledOut() {
        ParameterValues values = valuesOf(PointwiseConvLesson.MIXING).with(PointwiseConvLesson.PULLED_SHEET, 6);
        InvalidArgumentException refused = assertThrows(InvalidArgumentException.class, () -> lesson.prepare(values));
        assertEquals("the sheet to pull out must be one of the 6 input sheets, 0 to 5 (got 6)", refused.getMessage());
        assertInstanceOf(StackConvolution.class,
                StackedFrames.sceneOf(lesson.prepare(values.with(PointwiseConvLesson.PULLED_SHEET, 5)).frame(0)));
    }

    @Test
    void whichSheetCountsOnlyWhileASheetIsPulledOut() {
        ParameterValues values = valuesOf(PointwiseConvLesson.REDUCTION);
        assertTrue(lesson.isRelevant(PointwiseConvLesson.PULL_OUT_SHOWN, values));
        assertTrue(!lesson.isRelevant(PointwiseConvLesson.PULLED_SHEET, values), "nothing pulled out");
        assertTrue(lesson.isRelevant(PointwiseConvLesson.PULLED_SHEET, valuesOf(PointwiseConvLesson.MIXING)));
        assertTrue(lesson.isRelevant(PointwiseConvLesson.INPUT_CHANNELS, values));
    }

    @Test
    void theLessonSitsInBasics() {
        assertEquals(Chapter.BASICS, lesson.chapter());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void pointingAtAnInputCellMarksTheSamePixelInEveryOutputChannel(Preset preset) {
        ParameterValues values = valuesOf(preset);
        PointwiseConvLesson.Inputs in = PointwiseConvLesson.inputs(values);
        Trace<WeightedSumStep> trace = Traces.conv2d(in.x(), in.w(), null, Conv2dParams.DEFAULT);
        Playback playback = lesson.prepare(values);
        Coordinates cell = Coordinates.of(in.x().dim(0) - 1, 1, 1);
        StackConvolution scene = StackedFrames.assertReadersAreThoseOfTheTaps(playback, trace, 0, cell);
        assertEquals(in.w().dim(0), scene.readers().outputs().size(), "one output per output channel");
        for (Coordinates at : scene.readers().outputs()) {
            assertEquals(List.of(1, 1), List.of(at.get(1), at.get(2)), "a 1x1 kernel reads the same pixel");
        }
    }

    @Test
    void theBottleneckPresetCountsTheBlocksWeightsBesideAPlain3x3s() {
        List<String> lines = lesson.prepare(valuesOf(PointwiseConvLesson.BOTTLENECK_BLOCK)).frame(0).counts().stream()
                .map(m -> I18n.format(Locale.ENGLISH, m.key(), m.arguments().toArray())).toList();
        assertTrue(lines.contains("Bottleneck 128 → 32 → 128 (this 1×1, a 3×3, a 1×1 back): 4,096 + 9,216 + 4,096"
                + " = 17,408 weights, 13,647,872 multiplications"), lines::toString);
        assertTrue(lines.contains("A plain 3×3 from 128 to 128 channels: 147,456 weights, 115,605,504"
                + " multiplications, 8.5 times the bottleneck’s"), lines::toString);
    }
}
