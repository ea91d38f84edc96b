package org.convatlas.lesson.multichannel;

import static org.convatlas.lesson.stack.StackedFrames.TOLERANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.stack.StackedFrames;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.stack.StackConvolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MultiChannelConvLessonTest {

    private final MultiChannelConvLesson lesson = new MultiChannelConvLesson();

    static Stream<Preset> presets() {
        return new MultiChannelConvLesson().presets().stream();
    }

    private ParameterValues valuesOf(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(lesson.parameters()));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetPlaysTheEngineStepsWithItsCounts(Preset preset) {
        ParameterValues values = valuesOf(preset);
        MultiChannelConvLesson.Inputs in = MultiChannelConvLesson.inputs(values);
        Trace<WeightedSumStep> trace = Traces.conv2d(in.x(), in.w(), in.b(), in.params());
        OpCount count = Counts.conv2d(in.x().shape(), in.w().shape(), true, in.params());
        int[] y = Conv2d.outputShape(in.x(), in.w(), in.b(), in.params());
        Playback playback = lesson.prepare(values);

        assertEquals((long) y[0] * y[1] * y[2], playback.stepCount());
        for (long step : StackedFrames.probedSteps(playback)) {
            Frame frame = playback.frame(step);
            assertEquals(List.of(StackedFrames.multipliesLine(trace.multipliesAfter(step), count.multiplies()),
                    Message.of("counts.parameters", count.parameters()),
                    Message.of("lesson.multichannel-conv2d.counts.filter",
                            "3×" + values.get(MultiChannelConvLesson.KERNEL) + "×"
                                    + values.get(MultiChannelConvLesson.KERNEL)),
                    Message.of("counts.outputShape", y[0] + "×" + y[1] + "×" + y[2])), frame.counts());
            StackConvolution scene = StackedFrames.sceneOf(frame);
            WeightedSumStep engine = trace.step(step);
            assertEquals(engine.result(), scene.result());
            assertEquals(in.b().data()[engine.output().get(0)], scene.bias());
            assertEquals(3, scene.facings().size(), "one kernel sheet on each channel");
            StackedFrames.assertSumsAddUp(scene);
            StackedFrames.assertOutputWrittenUpTo(step, scene.output(), trace.output());
            StackedFrames.assertTextsRead(frame);
        }
        Frame last = playback.frame(playback.stepCount() - 1);
        assertEquals(StackedFrames.multipliesLine(count.multiplies(), count.multiplies()), last.counts().get(0));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void eachChannelSumIsThatChannelConvolvedAlone(Preset preset) {
        ParameterValues values = valuesOf(preset);
        MultiChannelConvLesson.Inputs in = MultiChannelConvLesson.inputs(values);
        Playback playback = lesson.prepare(values);
        boolean nonZero = false;
        for (long step = 0; step < playback.stepCount(); step++) {
            StackConvolution scene = StackedFrames.sceneOf(playback.frame(step));
            StackConvolution.Target target = scene.target();
            for (StackConvolution.Facing facing : scene.facings()) {
                float alone = StackedFrames.channelConvolution(in.x(), facing.input(), in.w(), target.sheet(),
                        in.params(), target.row(), target.column());
                assertEquals(alone, facing.term().sum(), TOLERANCE, "channel " + facing.input() + " at step " + step);
                nonZero |= alone != 0;
            }
        }
        assertTrue(nonZero, "the example multiplies some non-zero products");
    }

    @Test
    void theInspectorShowsTheOutputSizeAndTheStripOneSumPerChannelPlusTheBias() {
        Playback playback = lesson.prepare(valuesOf(MultiChannelConvLesson.TWO_FILTERS));
        Frame frame = playback.frame(4);
        StackConvolution scene = StackedFrames.sceneOf(frame);
        assertTrue(frame.formula().contains("\\left\\lfloor \\frac{5 + 2\\cdot 1 - 3}{2} \\right\\rfloor + 1 = 3"),
                frame.formula());
        assertTrue(frame.formula().contains("C_o = N = 2"), frame.formula());
        List<String> terms = scene.terms().stream().map(t -> NumberText.factor(t.sum())).toList();
        assertEquals("y[0,1,1] = " + String.join(" + ", terms) + " + " + NumberText.factor(scene.bias()) + " = "
                + NumberText.of(scene.result()), StackedFrames.stripOf(frame));
        assertEquals(3, terms.size());
    }

    @Test
    void theWindowSitsOnEveryChannelAtTheSamePlace() {
        Playback playback = lesson.prepare(valuesOf(MultiChannelConvLesson.TWO_FILTERS));
        // step 4 is y[0, 1, 1]: stride 2, padding 1, so the window starts at padded row and column 2
        StackConvolution scene = StackedFrames.sceneOf(playback.frame(4));
        assertEquals(new StackConvolution.Target(0, 1, 1), scene.target());
        scene.input().shown().forEach(s -> assertEquals(List.of(new CellRange(2, 2, 3, 3)), s.sheet().windows()));
    }

    @Test
    void theSheetPulledOutIsTheChannelChosenWithItsKernelSheet() {
        ParameterValues values = valuesOf(MultiChannelConvLesson.ONE_FILTER).with(MultiChannelConvLesson.PULLED_SHEET,
                2);
        StackConvolution scene = StackedFrames.sceneOf(lesson.prepare(values).frame(0));
        StackConvolution.PulledOut pulled = scene.pulledOut();
        assertEquals(2, pulled.index());
        assertEquals("x[2]", pulled.input().caption());
        assertEquals("w[0,2]", pulled.facing().kernel().caption());
        assertEquals(scene.facings().get(2).term(), pulled.facing().term());

        ParameterValues none = values.with(MultiChannelConvLesson.PULL_OUT_SHOWN, false);
        assertNull(StackedFrames.sceneOf(lesson.prepare(none).frame(0)).pulledOut());
    }

    @Test
    void pointingAtACellOfAChannelOrOfItsKernelSheetPullsThatChannelOut() {
        ParameterValues values = valuesOf(MultiChannelConvLesson.TWO_FILTERS);
        Playback playback = lesson.prepare(values);
        assertEquals(0, StackedFrames.sceneOf(playback.frame(4)).pulledOut().index(), "the channel chosen");
        StackConvolution input = StackedFrames.sceneOf(playback.probe(4, new Hit(Role.INPUT, Coordinates.of(2, 0, 3))));
        assertEquals(2, input.pulledOut().index());
        StackConvolution padding = StackedFrames.sceneOf(playback.probe(4,
                new Hit(Role.INPUT, Coordinates.of(1, -1, -1))));
        assertEquals(1, padding.pulledOut().index(), "a padding cell belongs to its channel");
        StackConvolution kernel = StackedFrames.sceneOf(playback.probe(4,
                new Hit(Role.KERNEL, Coordinates.of(0, 1, 2, 2))));
        assertEquals(1, kernel.pulledOut().index());
        assertEquals(input.target(), kernel.target(), "the step stays");
    }

    /**
     * The view model's values shown follow the sheet the pointer pulls out, which the inspector's field shows; the
     * lesson's values stay, and come back when the pointer leaves.
     */
    @Test
    void theValuesShownNameTheSheetThePointerPullsOut() {
        LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());
        vm.apply(MultiChannelConvLesson.TWO_FILTERS);
        vm.transport().goTo(4);
        ParameterValues chosen = vm.valuesProperty().get();
        for (Hit hit : List.of(new Hit(Role.INPUT, Coordinates.of(2, 0, 3)),
                new Hit(Role.KERNEL, Coordinates.of(0, 1, 2, 2)), new Hit(Role.INPUT, Coordinates.of(1, -1, -1)))) {
            vm.hover(hit);
            int pulled = StackedFrames.sceneOf(vm.frameProperty().get()).pulledOut().index();
            assertEquals(chosen.with(MultiChannelConvLesson.PULLED_SHEET, pulled), vm.shownValuesProperty().get(),
                    hit.toString());
            assertEquals(chosen, vm.valuesProperty().get(), "pointing chooses nothing");
        }
        assertEquals(1, vm.shownValuesProperty().get().get(MultiChannelConvLesson.PULLED_SHEET));
        vm.hover(new Hit(Role.OUTPUT, Coordinates.of(1, 2, 0)));
        assertEquals(chosen, vm.shownValuesProperty().get(), "an output cell pulls out no other sheet");
        vm.hover(new Hit(Role.INPUT, Coordinates.of(2, 0, 3)));
        vm.hover(null);
        assertEquals(chosen, vm.shownValuesProperty().get());
        assertEquals(0, StackedFrames.sceneOf(vm.frameProperty().get()).pulledOut().index());
    }

    @Test
    void pointingAtAnOutputCellShowsTheStepThatWritesIt() {
        Playback playback = lesson.prepare(valuesOf(MultiChannelConvLesson.TWO_FILTERS));
        StackConvolution scene = StackedFrames.sceneOf(playback.probe(0, new Hit(Role.OUTPUT,
                Coordinates.of(1, 2, 0))));
        assertEquals(new StackConvolution.Target(1, 2, 0), scene.target());
        assertEquals(Coordinates.of(1, 2, 0), scene.written());
    }

    @Test
    void everySheetNamesItsCellsAsTheEngineDoes() {
        StackConvolution scene = StackedFrames.sceneOf(lesson.prepare(valuesOf(MultiChannelConvLesson.TWO_FILTERS))
                .frame(4));
        assertEquals(Coordinates.of(2, -1, -1), scene.input().shown().get(2).sheet().coordinatesOf(0, 0).orElseThrow());
        assertEquals(Coordinates.of(2, 4, 4), scene.input().shown().get(2).sheet().coordinatesOf(5, 5).orElseThrow());
        assertEquals(Coordinates.of(0, 1, 2, 0), scene.facings().get(1).kernel().coordinatesOf(2, 0).orElseThrow());
        assertEquals(Coordinates.of(1, 0, 2), scene.output().shown().get(1).sheet().coordinatesOf(0, 2).orElseThrow());
    }

    @Test
    void theInputIsThreeChannelsOfSmallWholeNumbers() {
        Tensor x = MultiChannelConvLesson.inputs(valuesOf(MultiChannelConvLesson.ONE_FILTER)).x();
        assertEquals(List.of(3, 5, 5), List.of(x.dim(0), x.dim(1), x.dim(2)));
        for (float v : x.data()) {
            assertTrue(v == 0 || v == 1 || v == 2, "value " + v);
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void pointingAtAnInputCellMarksTheOutputsOfEveryFilterWhoseTapsReadIt(Preset preset) {
        ParameterValues values = valuesOf(preset);
        MultiChannelConvLesson.Inputs in = MultiChannelConvLesson.inputs(values);
        Trace<WeightedSumStep> trace = Traces.conv2d(in.x(), in.w(), in.b(), in.params());
        Playback playback = lesson.prepare(values);
        for (Coordinates cell : List.of(Coordinates.of(0, 0, 0), Coordinates.of(2, 1, 2))) {
            StackConvolution scene = StackedFrames.assertReadersAreThoseOfTheTaps(playback, trace, 1, cell);
            assertTrue(!scene.readers().outputs().isEmpty(), "some output reads " + cell);
            assertEquals(in.x().get(cell.toArray()), scene.readers().value());
            assertEquals(cell.get(0), scene.pulledOut().index(), "the cell's channel is pulled out");
        }
    }
}
