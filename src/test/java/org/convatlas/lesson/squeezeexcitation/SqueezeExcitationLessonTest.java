package org.convatlas.lesson.squeezeexcitation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.SqueezeExcitation;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.lesson.Cards;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.StagedFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SqueezeExcitationLessonTest {

    private static final SqueezeExcitationLesson LESSON = new SqueezeExcitationLesson();

    private static ParameterValues values(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(LESSON.parameters()));
    }

    private static List<String> card(Frame frame) {
        return Cards.card(frame);
    }

    /**
     * Four filters on 24×24, r = 2: 4 means, 2 hidden units, 4 weights, then 2,304 cells weighed; the block adds
     * 2·4·2 weights and 2 + 4 biases, and 16 + 2,304 multiplications, beside the convolution's 20,736; the weights of
     * seed 3 all but switch the blur off.
     */
    @Test
    void fourFiltersCountTheBlockBesideTheConvolution() {
        Playback playback = LESSON.prepare(values(SqueezeExcitationLesson.FOUR));
        assertEquals(4 + 2 + 4 + 4 * 576, playback.stepCount());
        List<String> first = card(playback.frame(0));
        assertEquals("Multiplications so far: 0 of 2,320", first.get(0));
        assertEquals("Stage 1 of 4: squeeze, 0 multiplications", first.get(1));
        assertTrue(first.contains("The convolution before it: 4 filters of 3×3 on 24×24, 20,736 multiplications,"
                + " 36 weights"), first.toString());
        assertTrue(first.contains("Squeeze-and-excitation adds 22 parameters (16 weights, 6 biases) and 2,320"
                + " multiplications: 16 in its two layers, 2,304 to weigh the maps"), first.toString());
        assertTrue(card(playback.frame(4 + 2)).contains("s[0] = 0.016: the Blur map kept at 2%"),
                card(playback.frame(6)).toString());
        assertEquals("Stage 4 of 4: scale, 2,304 multiplications", card(playback.frame(10)).get(1));
        assertTrue(playback.frame(0).formula().contains("2 \\cdot 4 \\cdot 2 + 2 + 4 = 22"));
    }

    /** The weighed maps are the engine's squeeze-and-excitation of the filters' maps, with the lesson's weights. */
    @Test
    void theResultIsTheEnginesSqueezeAndExcitation() {
        ParameterValues values = values(SqueezeExcitationLesson.EIGHT);
        FeatureBank bank = FeatureBank.of(values.get(SqueezeExcitationLesson.IMAGE), 16, 8);
        SqueezeExcitationLesson.Weights w = SqueezeExcitationLesson.Weights.of(3, 8, 2);
        Tensor expected = SqueezeExcitation.apply(bank.maps(), w.w1(), w.b1(), w.w2(), w.b2()).y();
        assertArrayEquals(expected.data(), LESSON.prepare(values).output().orElseThrow().data());
        assertEquals(8, bank.maps().dim(0));
        assertEquals(List.of("gaussian", "sobelX"), bank.filters().subList(0, 2).stream().map(f -> f.id()).toList());
    }

    /** Pointing at a weighed cell while scaling shows the step that weighs it; at a map while squeezing, its mean. */
    @Test
    void pointingAtACellShowsTheStepOfItsChannel() {
        Playback playback = LESSON.prepare(values(SqueezeExcitationLesson.SMALL));
        long scaling = 2 + 1 + 2;
        Frame probed = playback.probe(scaling, new Hit(Role.OUTPUT, Coordinates.of(1, 2, 3)));
        assertEquals(playback.frame(scaling + 36 + 2 * 6 + 3).counts(), probed.counts());
        assertTrue(((StagedFigure) probed.figure()).stripText().startsWith("y[1,2,3] = "),
                probed.figure().stripText());
        Frame squeezing = playback.probe(0, new Hit(Role.INPUT, Coordinates.of(1, 0, 0)));
        assertEquals(playback.frame(1).counts(), squeezing.counts());
    }

    /** A ratio that does not divide the channels, and a picture smaller than the maps, are refused by name. */
    @Test
    void valuesThatDoNotWorkAreRefusedWithTheReason() {
        ParameterValues three = values(SqueezeExcitationLesson.FOUR).with(SqueezeExcitationLesson.REDUCTION, 3);
        assertRefused("reduction ratio r 3 must divide channels C 4", () -> LESSON.prepare(three));
        InputImage tiny = InputImage.of("tiny", Tensor.zeros(3, 5, 8));
        ParameterValues small = values(SqueezeExcitationLesson.FOUR).with(SqueezeExcitationLesson.IMAGE, tiny);
        assertRefused("the picture is 5 pixels on its shorter side, fewer than the size 24",
                () -> LESSON.prepare(small));
    }

    private static void assertRefused(String message, Executable prepare) {
        assertEquals(message, org.junit.jupiter.api.Assertions.assertThrows(InvalidArgumentException.class, prepare)
                .getMessage());
    }
}
