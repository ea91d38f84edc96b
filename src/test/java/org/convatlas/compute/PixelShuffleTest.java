package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PixelShuffleTest {

    @Test
    void fourChannelsBecomeOneChannelOfTwoByTwoBlocks() {
        Tensor y = PixelShuffle.apply(TestTensors.iota(4, 2, 2), 2);
        Tensor expected = Tensor.of(new float[] {
            0, 4, 1, 5,
            8, 12, 9, 13,
            2, 6, 3, 7,
            10, 14, 11, 15}, 1, 4, 4);
        assertEquals(expected, y);
    }

    @Test
    void upscaleOneChangesNothing() {
        Tensor x = TestTensors.iota(3, 2, 5);
        assertEquals(x, PixelShuffle.apply(x, 1));
        assertEquals(x, PixelShuffle.unshuffle(x, 1));
    }

    @Test
    void matchesTheIndexFormulaAndMovesEveryValueExactlyOnce() {
        Random random = new Random(3);
        for (int trial = 0; trial < 100; trial++) {
            int r = 1 + random.nextInt(4);
            int c = 1 + random.nextInt(3);
            int h = 1 + random.nextInt(4);
            int w = 1 + random.nextInt(4);
            Tensor x = TestTensors.iota(c * r * r, h, w);
            Tensor y = PixelShuffle.apply(x, r);
            assertArrayEquals(new int[] {c, h * r, w * r}, y.shape());
            for (int ch = 0; ch < c; ch++) {
                for (int i = 0; i < r; i++) {
                    for (int j = 0; j < r; j++) {
                        for (int row = 0; row < h; row++) {
                            for (int col = 0; col < w; col++) {
                                assertEquals(x.get(ch * r * r + i * r + j, row, col), y.get(ch, row * r + i, col * r + j));
                            }
                        }
                    }
                }
            }
            float[] sorted = y.data().clone();
            Arrays.sort(sorted);
            assertArrayEquals(x.data(), sorted, "a permutation of the distinct values 0, 1, 2, ...");
        }
    }

    @Test
    void theMovesNameWhereEachOutputCellComesFromAndWhereEachInputCellLands() {
        Random random = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            int r = 1 + random.nextInt(4);
            Tensor x = distinctValues(random, r * r * (1 + random.nextInt(3)), 1 + random.nextInt(4),
                    1 + random.nextInt(4));
            Tensor y = PixelShuffle.apply(x, r);
            String context = "trial " + trial + ", r = " + r;
            for (int c = 0; c < y.dim(0); c++) {
                for (int oy = 0; oy < y.dim(1); oy++) {
                    for (int ox = 0; ox < y.dim(2); ox++) {
                        PixelShuffle.Move move = PixelShuffle.moveInto(c, oy, ox, r);
                        assertArrayEquals(new int[] {c, oy, ox}, move.target(), context);
                        assertEquals(y.get(c, oy, ox), x.get(move.source()), context);
                        int[] source = move.source();
                        assertEquals(move, PixelShuffle.moveFrom(source[0], source[1], source[2], r), context);
                    }
                }
            }
            for (int k = 0; k < x.dim(0); k++) {
                for (int h = 0; h < x.dim(1); h++) {
                    for (int w = 0; w < x.dim(2); w++) {
                        PixelShuffle.Move move = PixelShuffle.moveFrom(k, h, w, r);
                        assertArrayEquals(new int[] {k, h, w}, move.source(), context);
                        assertEquals(x.get(k, h, w), y.get(move.target()), context);
                    }
                }
            }
        }
    }

    /** The values {@code 0 ... n-1} in a random order, so that each names its cell. */
    private static Tensor distinctValues(Random random, int... shape) {
        Tensor t = TestTensors.iota(shape);
        float[] data = t.data();
        for (int i = data.length - 1; i > 0; i--) {
            int other = random.nextInt(i + 1);
            float kept = data[i];
            data[i] = data[other];
            data[other] = kept;
        }
        return t;
    }

    @Test
    void aMoveNamesItsBlockAndItsPlaceInTheBlock() {
        // r = 3: output pixel (1, 4, 2) is place (1, 2) of block (1, 0) of channel 1, read from channel 9 + 3 + 2
        assertEquals(new PixelShuffle.Move(1, 1, 0, 1, 2, 3), PixelShuffle.moveInto(1, 4, 2, 3));
        assertArrayEquals(new int[] {14, 1, 0}, PixelShuffle.moveInto(1, 4, 2, 3).source());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PixelShuffle.moveFrom(0, -1, 0, 2));
        assertEquals("row must be at least 0 (got -1)", e.getMessage());
    }

    @Test
    void unshuffleUndoesShuffleBothWays() {
        Random random = new Random(4);
        for (int trial = 0; trial < 100; trial++) {
            int r = 1 + random.nextInt(4);
            Tensor depth = TestTensors.uniform(random, r * r * (1 + random.nextInt(3)), 1 + random.nextInt(4),
                    1 + random.nextInt(4));
            assertEquals(depth, PixelShuffle.unshuffle(PixelShuffle.apply(depth, r), r));
            Tensor space = TestTensors.uniform(random, 1 + random.nextInt(3), r * (1 + random.nextInt(4)),
                    r * (1 + random.nextInt(4)));
            assertEquals(space, PixelShuffle.apply(PixelShuffle.unshuffle(space, r), r));
        }
    }

    @Test
    void rejectsChannelsNotDivisibleByTheSquaredUpscale() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PixelShuffle.apply(Tensor.zeros(6, 2, 2), 2));
        assertEquals("upscale factor squared 4 must divide input channels 6", e.getMessage());
    }

    @Test
    void rejectsAnUpscaleBelowOne() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PixelShuffle.apply(Tensor.zeros(4, 2, 2), 0));
        assertEquals("upscale factor must be at least 1 (got 0)", e.getMessage());
    }

    @Test
    void rejectsAHugeUpscaleWithoutOverflowing() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PixelShuffle.apply(Tensor.zeros(4, 2, 2), 65536));
        assertEquals("upscale factor squared " + Integer.MAX_VALUE + " must divide input channels 4", e.getMessage());
    }

    @Test
    void rejectsAnUnshuffleThatDoesNotTileTheInput() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PixelShuffle.unshuffle(Tensor.zeros(1, 4, 5), 2));
        assertEquals("downscale factor 2 must divide input width 5", e.getMessage());
    }

    @Test
    void rejectsInputOfTheWrongRank() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PixelShuffle.apply(Tensor.zeros(4, 2, 2, 1), 2));
        assertEquals("input x must have 3 dimensions [C*r*r, H, W] (got shape [4, 2, 2, 1])", e.getMessage());
    }
}
