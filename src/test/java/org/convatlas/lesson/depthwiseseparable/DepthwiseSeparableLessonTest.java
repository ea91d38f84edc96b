package org.convatlas.lesson.depthwiseseparable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.DepthwiseSeparable;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Cards;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.StagedFigure;
import org.junit.jupiter.api.Test;

class DepthwiseSeparableLessonTest {

    private static final DepthwiseSeparableLesson LESSON = new DepthwiseSeparableLesson();

    private static Playback prepared(Preset preset) {
        return LESSON.prepare(preset.applyTo(ParameterValues.defaults(LESSON.parameters())));
    }

    private static List<String> card(Frame frame) {
        return Cards.card(frame);
    }

    /** 7×7×3, 3×3, 128 outputs: 75 depthwise steps of 9 products, then 3,200 pointwise steps of 3. */
    @Test
    void theTextbookExampleCountsAsTheTextsDoAndSaysAtMost() {
        Playback playback = prepared(DepthwiseSeparableLesson.TEXTS);
        assertEquals(75 + 3_200, playback.stepCount());
        List<String> first = card(playback.frame(0));
        assertEquals("Multiplications so far: 9 of 10,275", first.get(0));
        assertEquals("Stage 1 of 2: depthwise, 675 multiplications", first.get(1));
        assertTrue(first.contains("Depthwise separable: 675 + 9,600 = 10,275 multiplications, 411 parameters"), first.toString());
        assertTrue(first.contains("Standard convolution to the same output: 86,400 multiplications, 3,456 parameters"),
                first.toString());
        assertTrue(first.contains("8.4 times fewer multiplications (a share of 0.119), at most k²/m times"),
                first.toString());
        List<String> crossing = card(playback.frame(75));
        assertEquals("Multiplications so far: 678 of 10,275", crossing.get(0));
        assertEquals("Stage 2 of 2: pointwise, 9,600 multiplications", crossing.get(1));
        assertEquals(1, ((StagedFigure) playback.frame(75).figure()).current(), "the band marks the pointwise stage");
        assertEquals(0, ((StagedFigure) playback.frame(74).figure()).current());
        assertEquals(Message.of("figure.stage", 2, 2, Message.of("lesson.depthwise-separable.stage.pointwise")),
                playback.frame(75).figure().captions().get(0));
        assertTrue(playback.frame(75).figure().captions().contains(Message.of(
                "lesson.depthwise-separable.figure.depthwise", "3×5×5")), "the pointwise stage reads the depthwise output: "
                + playback.frame(75).figure().captions());
    }

    @Test
    void theResultIsTheEnginesDepthwiseSeparableConvolution() {
        ParameterValues values = DepthwiseSeparableLesson.MULTIPLIED.applyTo(
                ParameterValues.defaults(LESSON.parameters()));
        DepthwiseSeparableLesson.Inputs in = DepthwiseSeparableLesson.Inputs.of(values);
        DepthwiseSeparable.Result engine = DepthwiseSeparable.apply(in.x(), in.depthwise(), in.pointwise(),
                in.window());
        Playback playback = LESSON.prepare(values);
        assertArrayEquals(engine.y().data(), playback.output().orElseThrow().data());
        assertEquals(4, in.depthwise().dim(0), "two depthwise filters per input channel");
        assertTrue(engine.y().maxAbsDifference(Tensor.zeros(engine.y().shape())) > 0, "not all zeros");
    }

    @Test
    void pointingAtAnOutputCellOfTheSecondStageShowsTheStepThatWritesIt() {
        Playback playback = prepared(DepthwiseSeparableLesson.SMALL);
        long pointwiseStart = 2 * 25;
        Frame probed = playback.probe(pointwiseStart, new Hit(Role.OUTPUT, Coordinates.of(1, 2, 3)));
        assertEquals(playback.frame(pointwiseStart + 25 + 2 * 5 + 3).counts(), probed.counts());
    }

    /** The textbook example as one standard convolution: 3,200 steps of 27 products, the two stages' output. */
    @Test
    void asOneStandardConvolutionTheTextbookExampleGivesTheSameOutputForItsWork() {
        ParameterValues separable = DepthwiseSeparableLesson.TEXTS.applyTo(ParameterValues.defaults(
                LESSON.parameters()));
        ParameterValues standard = separable.with(DepthwiseSeparableLesson.VIEW,
                DepthwiseSeparableLesson.View.STANDARD);
        Playback playback = LESSON.prepare(standard);
        assertEquals(3_200, playback.stepCount());
        List<String> first = card(playback.frame(0));
        assertEquals("Multiplications so far: 27 of 86,400", first.get(0));
        assertTrue(first.contains("Standard filters: 128 of 3×3×3, 3,456 weights, each a channel’s depthwise filters"
                + " times their pointwise weights"), first.toString());
        assertTrue(first.contains("Largest difference from the stages’ output: 0"), first.toString());
        assertTrue(first.contains("Depthwise separable: 675 + 9,600 = 10,275 multiplications, 411 parameters"),
                first.toString());
        assertArrayEquals(LESSON.prepare(separable).output().orElseThrow().data(),
                playback.output().orElseThrow().data());
    }

    /**
     * MobileNetV2's block, 14×14×96, t = 6: the expansion, depthwise and pointwise stages counted one by one, 1.40
     * times the standard 3×3 convolution from 96 to 96 channels.
     */
    @Test
    void mobileNetV2sBlockPlaysThreeStagesAndCostsMoreThanTheStandardConvolution() {
        Playback playback = prepared(DepthwiseSeparableLesson.MOBILE_NET_V2);
        assertEquals(576 * 196 + 576 * 196 + 96 * 196, playback.stepCount());
        List<String> first = card(playback.frame(0));
        assertEquals("Stage 1 of 3: expansion, 10,838,016 multiplications", first.get(1));
        assertTrue(first.contains("Expansion filters: 576 of 96×1×1, 55,296 weights"), first.toString());
        assertTrue(first.contains("Expand, depthwise, pointwise: 10,838,016 + 1,016,064 + 10,838,016 = 22,692,096"
                + " multiplications, 115,776 parameters"), first.toString());
        assertTrue(first.contains("Standard convolution to the same output: 16,257,024 multiplications, 82,944"
                + " parameters"), first.toString());
        assertTrue(first.contains("1.40 times the standard convolution’s multiplications: the block works at 576"
                + " channels inside, and saves only against a standard convolution that wide"), first.toString());
        List<String> depthwise = card(playback.frame(576 * 196));
        assertEquals("Stage 2 of 3: depthwise, 1,016,064 multiplications", depthwise.get(1));
        assertTrue(playback.frame(0).formula().contains("\\frac{10838016 + 1016064 + 10838016}{16257024}"),
                playback.frame(0).formula());
    }

    /** With an expansion, the one standard convolution is the three stages multiplied out: the same output. */
    @Test
    void anExpandedBlockAsOneStandardConvolutionGivesTheSameOutput() {
        ParameterValues separable = DepthwiseSeparableLesson.EXPANDED_SMALL.applyTo(ParameterValues.defaults(
                LESSON.parameters()));
        Playback stages = LESSON.prepare(separable);
        Playback standard = LESSON.prepare(separable.with(DepthwiseSeparableLesson.VIEW,
                DepthwiseSeparableLesson.View.STANDARD));
        assertEquals(3, ((StagedFigure) stages.frame(0).figure()).stages().size());
        assertArrayEquals(stages.output().orElseThrow().data(), standard.output().orElseThrow().data());
        assertTrue(card(standard.frame(0)).contains("Largest difference from the stages’ output: 0"));
        assertTrue(card(standard.frame(0)).contains("Standard filters: 2 of 2×3×3, 36 weights, each the expansion,"
                + " depthwise and pointwise weights multiplied out"), card(standard.frame(0)).toString());
    }
}
