package org.convatlas.lesson.shuffle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.lesson.Cards;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.junit.jupiter.api.Test;

class ChannelShuffleLessonTest {

    private static final ChannelShuffleLesson LESSON = new ChannelShuffleLesson();

    private static Playback prepared(Preset preset) {
        return LESSON.prepare(preset.applyTo(ParameterValues.defaults(LESSON.parameters())));
    }

    private static List<String> card(Frame frame) {
        return Cards.card(frame);
    }

    /** 8 channels in 2 groups read out as 0, 4, 1, 5, 2, 6, 3, 7: the engine's shuffle, step by step. */
    @Test
    void eightChannelsInTwoGroupsTakeOneFromEachGroupInTurn() {
        Playback playback = prepared(ChannelShuffleLesson.TWO_GROUPS);
        assertEquals(8, playback.stepCount());
        float[] order = playback.output().orElseThrow().data();
        assertArrayEquals(new float[] {0, 4, 1, 5, 2, 6, 3, 7}, order);
        List<String> card = card(playback.frame(1));
        assertEquals("Output channel 1 is input channel 4, of group 1", card.get(0));
        assertEquals("8 channels in 2 groups of 4: a 2 × 4 grid, transposed to 4 × 2", card.get(1));
        assertEquals("Multiplications: 0 (the channels only move)", card.get(2));
        assertEquals("y[1] = x[4]", playback.frame(1).figure().stripText());
    }

    /** Pointing at input channel 5 shows the step that reads it out, output channel 3. */
    @Test
    void pointingAtAnInputChannelShowsWhereItGoes() {
        Playback playback = prepared(ChannelShuffleLesson.TWO_GROUPS);
        Frame probed = playback.probe(0, new Hit(Role.INPUT, Coordinates.of(5)));
        assertEquals(card(playback.frame(3)), card(probed));
    }

    /**
     * Two grouped layers: without the shuffle output 0 sees the 4 channels of its group; with it, all 8 (2 groups of
     * 4); with 4 groups of 2, it sees 4 channels of 2 of the 4 groups.
     */
    @Test
    void theShuffleLetsEveryOutputSeeEveryGroupWhenTheGroupsAreWideEnough() {
        List<String> two = card(prepared(ChannelShuffleLesson.TWO_LAYERS).frame(0));
        assertTrue(two.contains("Without the shuffle output channel 0 (group 0) depends on 4 input channels, from 1 of"
                + " the 2 groups"), two.toString());
        assertTrue(two.contains("With the shuffle: on 8 input channels, from 2 of the 2 groups"), two.toString());
        List<String> four = card(prepared(ChannelShuffleLesson.FOUR_GROUP_LAYERS).frame(5));
        assertTrue(four.contains("Without the shuffle output channel 5 (group 2) depends on 2 input channels, from 1 of"
                + " the 4 groups"), four.toString());
        assertTrue(four.contains("With the shuffle: on 4 input channels, from 2 of the 4 groups"), four.toString());
    }

    @Test
    void groupsThatDoNotDivideTheChannelsAreRefused() {
        ParameterValues values = ChannelShuffleLesson.TWO_GROUPS.applyTo(ParameterValues.defaults(LESSON.parameters()))
                .with(ChannelShuffleLesson.GROUPS, 3);
        assertThrows(InvalidArgumentException.class, () -> LESSON.prepare(values));
    }
}
