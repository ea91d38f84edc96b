package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MaxUnpool2dTest {

    @Test
    void putsEachValueBackAtItsIndex() {
        Tensor x = Tensor.of(new float[] {5, 8, 6, 9}, 1, 2, 2);
        Tensor indices = Tensor.of(new float[] {1, 6, 12, 10}, 1, 2, 2);
        Tensor expected = Tensor.of(new float[] {
            0, 5, 0, 0,
            0, 0, 8, 0,
            0, 0, 9, 0,
            6, 0, 0, 0}, 1, 4, 4);
        assertEquals(expected, MaxUnpool2d.apply(x, indices, 4, 4));
    }

    @Test
    void indicesCountWithinTheirOwnChannelOfANonSquareOutput() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 2, 1, 2);
        Tensor indices = Tensor.of(new float[] {0, 5, 5, 2}, 2, 1, 2);
        Tensor expected = Tensor.of(new float[] {
            1, 0, 0,
            0, 0, 2,
            0, 0, 4,
            0, 0, 3}, 2, 2, 3);
        assertEquals(expected, MaxUnpool2d.apply(x, indices, 2, 3));
    }

    @Test
    void undoesMaxPoolingUpToTheCellsThatDidNotWin() {
        Random random = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            int k = 1 + random.nextInt(3);
            Pool2dParams p = Pool2dParams.of(k, k, 0); // windows do not overlap, so indices are distinct
            int h = k * (1 + random.nextInt(4)) + random.nextInt(k);
            int w = k * (1 + random.nextInt(4)) + random.nextInt(k);
            Tensor x = TestTensors.uniform(random, 1 + random.nextInt(3), h, w);
            MaxPool2d.Result pooled = MaxPool2d.apply(x, p);
            Tensor y = MaxUnpool2d.apply(pooled.values(), pooled.indices(), h, w);

            int cells = h * w;
            int kept = 0;
            for (int i = 0; i < y.size(); i++) {
                if (y.data()[i] != 0) {
                    assertEquals(x.data()[i], y.data()[i], "trial " + trial + ": a kept cell holds its input value");
                    kept++;
                }
            }
            assertEquals(pooled.values().size(), kept, "trial " + trial + ": one cell per window");
            for (int o = 0; o < pooled.values().size(); o++) {
                int channel = o / (pooled.values().dim(1) * pooled.values().dim(2));
                int cell = channel * cells + (int) pooled.indices().data()[o];
                assertEquals(pooled.values().data()[o], y.data()[cell], "trial " + trial);
            }
        }
    }

    @Test
    void rejectsIndicesOfAnotherShape() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> MaxUnpool2d.apply(Tensor.zeros(1, 2, 2), Tensor.zeros(1, 2, 3), 4, 4));
        assertEquals("indices must have shape [1, 2, 2] (got [1, 2, 3])", e.getMessage());
    }

    @Test
    void rejectsAnIndexOutsideTheOutput() {
        Tensor indices = Tensor.of(new float[] {0, 1, 2, 16}, 2, 1, 2);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> MaxUnpool2d.apply(Tensor.zeros(2, 1, 2), indices, 4, 4));
        assertEquals("index 16 in channel 1 is outside [0, 16) for a 4x4 output", e.getMessage());
    }

    @Test
    void rejectsANegativeOrUndefinedIndex() {
        InvalidArgumentException negative = assertThrows(InvalidArgumentException.class,
                () -> MaxUnpool2d.apply(Tensor.zeros(1, 1, 1), Tensor.filled(-1f, 1, 1, 1), 2, 2));
        assertEquals("index -1 in channel 0 is outside [0, 4) for a 2x2 output", negative.getMessage());
        InvalidArgumentException nan = assertThrows(InvalidArgumentException.class,
                () -> MaxUnpool2d.apply(Tensor.zeros(1, 1, 1), Tensor.filled(Float.NaN, 1, 1, 1), 2, 2));
        assertEquals("index NaN in channel 0 is outside [0, 4) for a 2x2 output", nan.getMessage());
    }

    @Test
    void rejectsAFractionalIndex() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> MaxUnpool2d.apply(Tensor.zeros(1, 1, 1), Tensor.filled(2.5f, 1, 1, 1), 2, 2));
        assertEquals("index 2.5 in channel 0 is not a whole number", e.getMessage());
    }

    @Test
    void rejectsAnIndexRepeatedWithinAChannelButNotAcrossChannels() {
        Tensor x = Tensor.zeros(2, 1, 2);
        assertTrue(MaxUnpool2d.apply(x, Tensor.of(new float[] {3, 1, 1, 3}, 2, 1, 2), 2, 2).hasShape(2, 2, 2));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> MaxUnpool2d.apply(x, Tensor.of(new float[] {3, 1, 2, 2}, 2, 1, 2), 2, 2));
        assertEquals("index 2 appears twice in channel 1; indices must be distinct within a channel", e.getMessage());
    }

    @Test
    void rejectsAnEmptyOutput() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> MaxUnpool2d.apply(Tensor.zeros(1, 1, 1), Tensor.zeros(1, 1, 1), 0, 2));
        assertEquals("output height must be at least 1 (got 0)", e.getMessage());
    }
}
