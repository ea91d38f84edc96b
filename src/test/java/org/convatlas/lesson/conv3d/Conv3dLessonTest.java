package org.convatlas.lesson.conv3d;

import static org.convatlas.lesson.stack.StackedFrames.TOLERANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.stack.StackShape;
import org.convatlas.lesson.stack.StackedFrames;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.stack.SheetStack;
import org.convatlas.render.stack.StackConvolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Conv3dLessonTest {

    private final Conv3dLesson lesson = new Conv3dLesson();

    static Stream<Preset> presets() {
        return new Conv3dLesson().presets().stream();
    }

    private ParameterValues valuesOf(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(lesson.parameters()));
    }

    /** The two lines of the counts card that set the two readings of the volume side by side. */
    private static List<Message> comparison(Conv3dLesson.Inputs in) {
        OpCount volume = Counts.conv3d(in.volume().shape(), in.kernel3d().shape(), false, in.params3d());
        OpCount channels = Counts.conv2d(in.channels().shape(), in.kernel2d().shape(), false, in.params2d());
        String volumeShape = StackShape.dimensions(Conv3d.outputShape(in.volume(), in.kernel3d(), null,
                in.params3d()));
        String channelShape = StackShape.dimensions(Conv2d.outputShape(in.channels(), in.kernel2d(), null,
                in.params2d()));
        return List.of(Message.of("lesson.conv3d.counts.volume", volumeShape, volume.multiplies(),
                        volume.parameters()),
                Message.of("lesson.conv3d.counts.channels", in.channels().dim(0), channelShape,
                        channels.multiplies(), channels.parameters()));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetPlaysTheEngineStepsWithBothCountsSideBySide(Preset preset) {
        ParameterValues values = valuesOf(preset);
        Conv3dLesson.Inputs in = Conv3dLesson.inputs(values);
        boolean volume = values.get(Conv3dLesson.DEPTH_AS) == Conv3dLesson.Depth.VOLUME;
        Trace<WeightedSumStep> trace = traceOf(in, volume);
        long total = volume
                ? Counts.conv3d(in.volume().shape(), in.kernel3d().shape(), false, in.params3d()).multiplies()
                : Counts.conv2d(in.channels().shape(), in.kernel2d().shape(), false, in.params2d()).multiplies();
        Playback playback = lesson.prepare(values);

        assertEquals(trace.stepCount(), playback.stepCount());
        for (long step : StackedFrames.probedSteps(playback)) {
            Frame frame = playback.frame(step);
            assertEquals(StackedFrames.multipliesLine(trace.multipliesAfter(step), total), frame.counts().get(0));
            assertEquals(comparison(in), frame.counts().subList(1, 3));
            StackConvolution scene = StackedFrames.sceneOf(frame);
            assertEquals(trace.step(step).result(), scene.result());
            StackedFrames.assertSumsAddUp(scene);
            StackedFrames.assertOutputWrittenUpTo(step, scene.output(), trace.output());
            StackedFrames.assertTextsRead(frame);
        }
        assertEquals(StackedFrames.multipliesLine(total, total),
                playback.frame(playback.stepCount() - 1).counts().get(0));
    }

    @Test
    void theKernelMovesInDepthAndEachSliceSumIsThatSliceConvolvedAlone() {
        ParameterValues values = valuesOf(Conv3dLesson.STRIDED);
        Conv3dLesson.Inputs in = Conv3dLesson.inputs(values);
        int k = 3;
        int stride = 2;
        int pad = 1;
        Playback playback = lesson.prepare(values);
        boolean nonZero = false;
        for (long step = 0; step < playback.stepCount(); step++) {
            StackConvolution scene = StackedFrames.sceneOf(playback.frame(step));
            int oz = scene.target().sheet();
            // the input stack starts with one slice of padding: slice z is sheet z + 1
            List<Integer> expected = IntStream.range(0, k).map(a -> oz * stride - pad + a + pad).boxed().toList();
            assertEquals(expected, scene.facings().stream().map(StackConvolution.Facing::input).toList(),
                    "the kernel's slices lie on depths " + expected + " at step " + step);
            for (int a = 0; a < k; a++) {
                int z = oz * stride - pad + a;
                float alone = z < 0 || z >= 5 ? 0 : sliceConvolution(in, z, a, in.params2d(),
                        scene.target().row(), scene.target().column());
                assertEquals(alone, scene.facings().get(a).term().sum(), TOLERANCE, "slice " + z + " at step " + step);
                nonZero |= alone != 0;
            }
        }
        assertTrue(nonZero, "the example multiplies some non-zero products");
    }

    /** Depth slice {@code z} of the volume convolved by the engine with slice {@code a} of the 3-D kernel. */
    private static float sliceConvolution(Conv3dLesson.Inputs in, int z, int a, Conv2dParams params, int oy, int ox) {
        int h = in.volume().dim(2);
        int w = in.volume().dim(3);
        int k = in.kernel3d().dim(3);
        Tensor slice = Tensor.of(Arrays.copyOfRange(in.volume().data(), z * h * w, (z + 1) * h * w), 1, h, w);
        Tensor kernel = Tensor.of(Arrays.copyOfRange(in.kernel3d().data(), a * k * k, (a + 1) * k * k), 1, 1, k, k);
        return Conv2d.apply(slice, kernel, null, params).get(0, oy, ox);
    }

    @Test
    void readAsChannelsTheKernelCoversTheWholeDepthAndTheOutputIsOneSheet() {
        Playback playback = lesson.prepare(valuesOf(Conv3dLesson.AS_CHANNELS));
        for (long step : StackedFrames.probedSteps(playback)) {
            StackConvolution scene = StackedFrames.sceneOf(playback.frame(step));
            assertEquals(List.of(0, 1, 2, 3, 4), scene.facings().stream().map(StackConvolution.Facing::input).toList());
            assertEquals(List.of(0), scene.output().shown().stream().map(SheetStack.Shown::index).toList());
            assertEquals(Message.of("figure.stack.kernel", 0, "5×3×3"), scene.captions().kernel());
        }
        assertEquals(9, playback.stepCount());
    }

    @Test
    void theVolumeIsPaddedWithWholeSlicesOfZerosInDepth() {
        StackConvolution scene = StackedFrames.sceneOf(lesson.prepare(valuesOf(Conv3dLesson.STRIDED)).frame(0));
        List<SheetStack.Shown> shown = scene.input().shown();
        assertEquals(7, shown.size(), "five slices and one of padding on each side");
        assertTrue(shown.get(0).sheet().inside().isEmpty());
        assertTrue(shown.get(6).sheet().inside().isEmpty());
        assertEquals("x[0,0]", shown.get(1).sheet().caption());
        assertTrue(playbackFormula(valuesOf(Conv3dLesson.STRIDED)).contains("D_o = "));
    }

    private String playbackFormula(ParameterValues values) {
        return lesson.prepare(values).frame(0).formula();
    }

    @Test
    void pointingAtAKernelSliceOrAVolumeCellPullsItsDepthSliceOutButNotAPaddingSlice() {
        Playback playback = lesson.prepare(valuesOf(Conv3dLesson.STRIDED));
        // step 0 is y[0, 0, 0, 0]: stride 2, padding 1, so kernel slice a lies on depth a - 1
        StackConvolution kernel = StackedFrames.sceneOf(playback.probe(0,
                new Hit(Role.KERNEL, Coordinates.of(0, 0, 2, 1, 1))));
        assertEquals(1 + 1, kernel.pulledOut().index(), "depth 1, after one slice of padding");
        StackConvolution volume = StackedFrames.sceneOf(playback.probe(0,
                new Hit(Role.INPUT, Coordinates.of(0, 4, 0, 0))));
        assertEquals(4 + 1, volume.pulledOut().index());
        StackConvolution padding = StackedFrames.sceneOf(playback.probe(0,
                new Hit(Role.INPUT, Coordinates.of(0, -1, 0, 0))));
        assertEquals(null, padding.pulledOut(), "a slice of padding has nothing to pull out");
        assertEquals(Coordinates.of(0, -1, -1, -1),
                padding.input().shown().get(0).sheet().coordinatesOf(0, 0).orElseThrow());
    }

    /** With no slice pulled out, pointing at one pulls it out and the values shown say so; a padding slice does not. */
    @Test
    void theValuesShownPullOutTheSliceThePointerPullsOut() {
        ParameterValues values = valuesOf(Conv3dLesson.STRIDED);
        assertFalse(values.get(Conv3dLesson.PULL_OUT_SHOWN));
        Playback playback = lesson.prepare(values);
        assertEquals(values.with(Conv3dLesson.PULL_OUT_SHOWN, true).with(Conv3dLesson.PULLED_SHEET, 4),
                playback.probedValues(values, 0, new Hit(Role.INPUT, Coordinates.of(0, 4, 0, 0))));
        assertEquals(values.with(Conv3dLesson.PULL_OUT_SHOWN, true).with(Conv3dLesson.PULLED_SHEET, 1),
                playback.probedValues(values, 0, new Hit(Role.KERNEL, Coordinates.of(0, 0, 2, 1, 1))));
        assertEquals(values, playback.probedValues(values, 0, new Hit(Role.INPUT, Coordinates.of(0, -1, 0, 0))));
    }

    @Test
    void aReadingTheEngineRefusesIsExplainedBesideTheOneShown() {
        ParameterValues values = valuesOf(Conv3dLesson.AS_CHANNELS).with(Conv3dLesson.DEPTH, 2);
        List<Message> counts = lesson.prepare(values).frame(0).counts();
        assertEquals("lesson.conv3d.counts.volume.refused", counts.get(1).key());
        assertEquals(List.of("kernel reach 3 exceeds padded input 2 (depth); add padding or enlarge the input"),
                counts.get(1).arguments());
        assertEquals("lesson.conv3d.counts.channels", counts.get(2).key());
    }

    /** The engine's trace of the lesson's convolution, in the reading it shows. */
    private static Trace<WeightedSumStep> traceOf(Conv3dLesson.Inputs in, boolean volume) {
        return volume ? Traces.conv3d(in.volume(), in.kernel3d(), null, in.params3d())
                : Traces.conv2d(in.channels(), in.kernel2d(), null, in.params2d());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void pointingAtAVolumeCellMarksTheOutputsInEveryDepthSliceWhoseTapsReadIt(Preset preset) {
        ParameterValues values = valuesOf(preset);
        Conv3dLesson.Inputs in = Conv3dLesson.inputs(values);
        boolean volume = values.get(Conv3dLesson.DEPTH_AS) == Conv3dLesson.Depth.VOLUME;
        Trace<WeightedSumStep> trace = traceOf(in, volume);
        Playback playback = lesson.prepare(values);
        Coordinates cell = volume ? Coordinates.of(0, 2, 1, 1) : Coordinates.of(2, 1, 1);
        StackConvolution scene = StackedFrames.assertReadersAreThoseOfTheTaps(playback, trace, 0, cell);
        assertTrue(!scene.readers().outputs().isEmpty(), "some output reads " + cell);
        if (preset == Conv3dLesson.VOLUME) {
            assertTrue(scene.readers().outputs().stream().map(at -> at.get(1)).distinct().count() > 1,
                    "with stride 1 the outputs of several depth slices read it");
        }
    }

    @Test
    void aCellOfAPaddingSliceIsReadByTheOutputsWhoseKernelOverhangsTheVolume() {
        ParameterValues values = valuesOf(Conv3dLesson.STRIDED);
        Conv3dLesson.Inputs in = Conv3dLesson.inputs(values);
        Trace<WeightedSumStep> trace = traceOf(in, true);
        StackConvolution scene = StackedFrames.assertReadersAreThoseOfTheTaps(lesson.prepare(values), trace, 0,
                Coordinates.of(0, -1, 0, 0));
        assertTrue(!scene.readers().outputs().isEmpty());
        assertEquals(0, scene.readers().value());
    }
}
