package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChannelShuffleTest {

    /** A {@code [C, 1, 2]} tensor whose channel {@code c} holds {@code 10k} and {@code 10k + 1}, {@code k = labels[c]}. */
    private static Tensor channels(int... labels) {
        Tensor y = Tensor.zeros(labels.length, 1, 2);
        for (int c = 0; c < labels.length; c++) {
            y.set(10 * labels[c], c, 0, 0);
            y.set(10 * labels[c] + 1, c, 0, 1);
        }
        return y;
    }

    @Test
    void twoGroupsOfTwoInterleave() {
        assertEquals(channels(0, 2, 1, 3), ChannelShuffle.apply(channels(0, 1, 2, 3), 2));
    }

    @Test
    void threeGroupsOfTwoTakeOneChannelFromEachGroupInTurn() {
        // groups {0, 1}, {2, 3}, {4, 5}
        assertEquals(channels(0, 2, 4, 1, 3, 5), ChannelShuffle.apply(channels(0, 1, 2, 3, 4, 5), 3));
    }

    @Test
    void oneGroupAndOneChannelPerGroupChangeNothing() {
        Tensor x = channels(0, 1, 2, 3, 4, 5);
        assertEquals(x, ChannelShuffle.apply(x, 1));
        assertEquals(x, ChannelShuffle.apply(x, 6));
    }

    @Test
    void shufflingWithTheOtherFactorUndoesIt() {
        Random random = new Random(9);
        for (int trial = 0; trial < 50; trial++) {
            int g = 1 + random.nextInt(4);
            int perGroup = 1 + random.nextInt(4);
            Tensor x = TestTensors.uniform(random, g * perGroup, 1 + random.nextInt(3), 1 + random.nextInt(3));
            assertEquals(x, ChannelShuffle.apply(ChannelShuffle.apply(x, g), perGroup), "g " + g + " C/g " + perGroup);
        }
    }

    @Test
    void rejectsGroupsThatDoNotDivideTheChannels() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> ChannelShuffle.apply(Tensor.zeros(4, 2, 2), 3));
        assertEquals("groups 3 must divide channels 4", e.getMessage());
    }

    @Test
    void rejectsGroupsBelowOne() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> ChannelShuffle.apply(Tensor.zeros(4, 2, 2), 0));
        assertEquals("groups must be at least 1 (got 0)", e.getMessage());
    }
}
