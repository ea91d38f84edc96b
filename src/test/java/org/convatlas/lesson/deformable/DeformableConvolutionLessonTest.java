package org.convatlas.lesson.deformable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convatlas.compute.BilinearSample;
import org.convatlas.compute.BilinearSample.Corner;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.DeformConv2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.OffsetEdits;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.render.GridPoint;
import org.convatlas.render.Handle;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.junit.jupiter.api.Test;

class DeformableConvolutionLessonTest {

    private static final DeformableConvolutionLesson LESSON = new DeformableConvolutionLesson();

    private static ParameterValues values(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(LESSON.parameters()));
    }

    private static DeformablePlayback prepared(ParameterValues values) {
        return (DeformablePlayback) LESSON.prepare(values);
    }

    private static WeightedSumStep step(Playback playback, long step) {
        return (WeightedSumStep) playback.playedTrace().orElseThrow().step(step);
    }

    private static List<String> card(Frame frame) {
        return frame.counts().stream().map(m -> I18n.format(Locale.ENGLISH, m.key(), m.arguments().toArray()))
                .toList();
    }

    /** Every preset's result is the engine's deformable convolution, and its card claims the engine's counts. */
    @Test
    void everyPresetsOutputAndCountsAreTheEngines() {
        for (Preset preset : LESSON.presets()) {
            DeformablePlayback playback = prepared(values(preset));
            DeformableConvolution c = playback.convolution();
            Tensor expected = DeformConv2d.apply(c.input(), c.weights(), c.offsets(), c.mask(), null, c.params());
            Tensor output = playback.output().orElseThrow();
            assertEquals(0, expected.maxAbsDifference(output), preset.name());
            assertTrue(Tensor.zeros(output.shape()).maxAbsDifference(output) > 0, preset.name() + ": not trivial");
            long total = Counts.deformConv2d(c.input().shape(), c.weights().shape(), c.mask() != null, false,
                    c.params()).multiplies();
            assertEquals(total, playback.playedTrace().orElseThrow().totalMultiplies(), preset.name());
            // the card's split, summed tap by tap over the trace
            Trace<?> trace = playback.playedTrace().orElseThrow();
            long products = 0;
            long sampling = 0;
            for (long s = 0; s < trace.stepCount(); s++) {
                WeightedSumStep step = (WeightedSumStep) trace.step(s);
                products += step.taps().size();
                sampling += step.taps().stream().filter(t -> t.source() instanceof TapSource.Bilinear).count()
                        * (c.mask() != null ? 5 : 4);
            }
            List<Object> split = playback.frame(0).counts().get(1).arguments();
            assertEquals(List.of(products, sampling), List.of(((Number) split.get(0)).longValue(),
                    ((Number) split.get(1)).longValue()), preset.name());
            assertEquals(total, products + sampling);
        }
    }

    /** Zero offsets: the ordinary convolution, same padding, and as many tap products. */
    @Test
    void zeroOffsetsGiveTheOrdinaryConvolution() {
        DeformablePlayback playback = prepared(values(DeformableConvolutionLesson.ZERO));
        DeformableConvolution c = playback.convolution();
        Tensor plain = Conv2d.apply(c.input(), c.weights(), null, Conv2dParams.DEFAULT.withWindow(c.window()));
        assertEquals(0, plain.maxAbsDifference(playback.output().orElseThrow()));
        // 6×6 outputs of 9 taps: 324 products, 1,296 for the interpolation, against 324 for the plain one
        List<String> card = card(playback.frame(0));
        assertEquals("Multiplications so far: 45 of 1,620", card.get(0));
        assertEquals("Of all: 324 weight products (taps), 1,296 for bilinear interpolation (4 per sample)", card.get(1));
        assertEquals("An ordinary convolution of the same size: 324 multiplications", card.get(2));
    }

    /** Whole offsets (d − 1)·(i − c): the convolution of dilation 2, padded 2. */
    @Test
    void wholeOffsetsGiveTheDilatedConvolution() {
        DeformablePlayback playback = prepared(values(DeformableConvolutionLesson.DILATION));
        DeformableConvolution c = playback.convolution();
        Tensor dilated = Conv2d.apply(c.input(), c.weights(), null,
                Conv2dParams.DEFAULT.withWindow(Window2d.of(1, 2, 2)));
        assertEquals(0, dilated.maxAbsDifference(playback.output().orElseThrow()));
    }

    /** Shifted by (0.35, 0.6): every tap's four weights are 0.26, 0.39, 0.14, 0.21, and the strip shows them. */
    @Test
    void aFractionalOffsetShowsItsFourWeights() {
        DeformablePlayback playback = prepared(values(DeformableConvolutionLesson.FRACTIONAL));
        WeightedSumStep step = step(playback, 14);
        BilinearSample sample = ((TapSource.Bilinear) step.taps().get(0).source()).sample();
        assertEquals(0.65f * 0.4f, sample.weight(Corner.TOP_LEFT), 1e-6);
        assertEquals(0.65f * 0.6f, sample.weight(Corner.TOP_RIGHT), 1e-6);
        assertEquals(0.35f * 0.4f, sample.weight(Corner.BOTTOM_LEFT), 1e-6);
        assertEquals(0.35f * 0.6f, sample.weight(Corner.BOTTOM_RIGHT), 1e-6);
        String strip = playback.frame(14).figure().stripText();
        assertTrue(strip.contains("0.26\u00B7") && strip.contains("0.39\u00B7") && strip.contains("0.14\u00B7")
                && strip.contains("0.21\u00B7"), strip);
    }

    /** The modulated preset multiplies each sample by its mask: 5 multiplications per sample. */
    @Test
    void theModulatedPresetWeighsTheOuterTaps() {
        DeformablePlayback playback = prepared(values(DeformableConvolutionLesson.MODULATION));
        WeightedSumStep step = step(playback, 7);
        assertEquals(1f, ((TapSource.Bilinear) step.taps().get(4).source()).mask());
        assertEquals(0.4f, ((TapSource.Bilinear) step.taps().get(0).source()).mask());
        assertTrue(card(playback.frame(0)).get(1).endsWith("(5 per sample)"));
    }

    /** Dragging tap (0, 0) of output (2, 3) to a point sets its offset by hand, in twentieths of a cell. */
    @Test
    void draggingATapSetsItsOffset() {
        ParameterValues values = values(DeformableConvolutionLesson.ZERO);
        DeformablePlayback playback = prepared(values);
        Hit output = new Hit(Role.OUTPUT, Coordinates.of(0, 2, 3));
        assertEquals(15, playback.shownStep(0, output));
        // the regular cell of tap (0, 0) of output (2, 3) is (1, 2)
        Optional<ParameterValues> dragged = playback.dragged(values, 0, output, new Handle(0),
                new GridPoint(1.62, 2.31));
        OffsetEdits edits = dragged.orElseThrow().get(DeformableConvolutionLesson.OFFSETS);
        assertEquals(new OffsetEdits.Edit(2, 3, 0, 0, 0.6f, 0.3f, 1f), edits.edits().get(0));
        DeformablePlayback after = prepared(dragged.get());
        BilinearSample sample = ((TapSource.Bilinear) step(after, 15).taps().get(0).source()).sample();
        assertEquals(1.6f, sample.y(), 1e-6);
        assertEquals(2.3f, sample.x(), 1e-6);
        assertEquals(0, after.convolution().offsets().get(0, 2, 2), "other positions keep their offsets");
        assertFalse(prepared(values).output().orElseThrow().equals(after.output().orElseThrow()));
    }

    /**
     * Through the view model: an output cell pinned, a drag of its tap gives new values, a new playback, and a frame
     * that still shows the pinned position, now with the tap moved.
     */
    @Test
    void aDragUpdatesTheFrameOfThePinnedPosition() {
        LessonViewModel model = new LessonViewModel(LESSON, TaskExecutor.currentThread());
        model.apply(DeformableConvolutionLesson.ZERO);
        Hit output = new Hit(Role.OUTPUT, Coordinates.of(0, 4, 1));
        model.pin(output);
        Frame before = model.frameProperty().get();
        model.drag(new Handle(4), new GridPoint(4.5, 1.25));
        assertEquals(output, model.probeProperty().get(), "the probe stays");
        assertTrue(model.pinnedProperty().get());
        Frame after = model.frameProperty().get();
        assertFalse(before.equals(after));
        assertTrue(card(after).get(4).startsWith("Tap (1, 1) of y[4,1]: offset Δy = 0.5, Δx = 0.25"), card(after).get(4));
        assertEquals(4 * 6 + 1, model.shownStep());
    }

    @Test
    void editsReadBackAsTheCommandLineWritesThem() {
        OffsetEdits edits = OffsetEdits.NONE.with(new OffsetEdits.Edit(1, 2, 0, 1, 0.5f, -1.25f, 1f))
                .with(new OffsetEdits.Edit(0, 0, 2, 2, 3f, 0f, 0.3f));
        assertEquals("1,2,0,1=0.5,-1.25,1;0,0,2,2=3,0,0.3", edits.text());
        assertEquals(Optional.of(edits), OffsetEdits.parse(edits.text()));
        assertEquals(Optional.of(OffsetEdits.NONE), OffsetEdits.parse("none"));
        assertEquals(Optional.empty(), OffsetEdits.parse("1,2=3"));
        assertEquals(Optional.empty(), OffsetEdits.parse("1,2,0,1=0.5,x,1"));
        assertEquals(2, edits.with(new OffsetEdits.Edit(1, 2, 0, 1, 0f, 0f, 1f)).size(), "one edit per tap");
    }
}
