package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransposedOverlapTest {

    private static TransposedOverlap.Layer layer(int kernel, int stride, int pad) {
        return new TransposedOverlap.Layer(kernel, kernel, Window2d.of(stride, pad, 1));
    }

    /** Counts by enumerating every path (input cell, one tap per layer) and following it to the final output. */
    private static float[] enumeratePaths(int h, int w, List<TransposedOverlap.Layer> layers, int ho, int wo) {
        List<int[]> cells = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                cells.add(new int[] {y, x});
            }
        }
        int height = h;
        int width = w;
        for (TransposedOverlap.Layer l : layers) {
            Window2d win = l.window();
            height = ConvArithmetic.transposedOutputSize("height", height, win.pads().top(), win.pads().bottom(),
                    l.kernelH(), win.strideH(), win.dilationH(), l.outputPaddingH());
            width = ConvArithmetic.transposedOutputSize("width", width, win.pads().left(), win.pads().right(),
                    l.kernelW(), win.strideW(), win.dilationW(), l.outputPaddingW());
            List<int[]> next = new ArrayList<>();
            for (int[] cell : cells) {
                for (int i = 0; i < l.kernelH(); i++) {
                    for (int j = 0; j < l.kernelW(); j++) {
                        int y = cell[0] * win.strideH() - win.pads().top() + i * win.dilationH();
                        int x = cell[1] * win.strideW() - win.pads().left() + j * win.dilationW();
                        if (y >= 0 && y < height && x >= 0 && x < width) {
                            next.add(new int[] {y, x});
                        }
                    }
                }
            }
            cells = next;
        }
        assertEquals(ho, height);
        assertEquals(wo, width);
        float[] counts = new float[ho * wo];
        for (int[] cell : cells) {
            counts[cell[0] * wo + cell[1]]++;
        }
        return counts;
    }

    private static TransposedOverlap.Layer randomLayer(Random random) {
        int kh = 1 + random.nextInt(4);
        int kw = 1 + random.nextInt(4);
        Window2d window = new Window2d(1 + random.nextInt(3), 1 + random.nextInt(3),
                new Pads2d(random.nextInt(2), random.nextInt(2), random.nextInt(2), random.nextInt(2)),
                1 + random.nextInt(2), 1 + random.nextInt(2));
        int opH = random.nextInt(Math.max(window.strideH(), window.dilationH()));
        int opW = random.nextInt(Math.max(window.strideW(), window.dilationW()));
        return new TransposedOverlap.Layer(kh, kw, window, opH, opW);
    }

    @Test
    void kernelFourStrideTwoWritesTheInteriorEvenly() {
        TransposedOverlap overlap = TransposedOverlap.of(4, 4, layer(4, 2, 1));
        assertEquals(8, overlap.height());
        assertEquals(1.0, overlap.unevenness());
        // rows: 1 2 2 2 2 2 2 1 (the border cells are written once)
        assertEquals(4f, overlap.counts().get(3, 4));
        assertEquals(2f, overlap.counts().get(0, 4));
        assertFalse(overlap.isInterior(0, 4));
        assertTrue(overlap.isInterior(2, 5));
        assertFalse(overlap.isInterior(1, 4), "its span of the zero-inserted input starts before the input");
    }

    @Test
    void kernelThreeStrideTwoLeavesACheckerboard() {
        TransposedOverlap overlap = TransposedOverlap.of(4, 4, layer(3, 2, 0));
        assertEquals(9, overlap.height());
        // along one axis: 1 1 2 1 2 1 2 1 1, interior from 2 to 6; in 2-D the interior holds 1, 2 and 4
        assertEquals(4f, overlap.counts().get(2, 4));
        assertEquals(2f, overlap.counts().get(2, 3));
        assertEquals(1f, overlap.counts().get(3, 3));
        assertEquals(4.0, overlap.unevenness());
        assertTrue(overlap.isInterior(2, 6));
        assertFalse(overlap.isInterior(1, 4));
    }

    @Test
    void kernelThreeStrideTwoAlongOneAxisIsTwiceAsUneven() {
        TransposedOverlap.Layer alongHeight = new TransposedOverlap.Layer(3, 1, new Window2d(2, 1, Pads2d.NONE, 1, 1));
        assertEquals(2.0, TransposedOverlap.of(4, 1, alongHeight).unevenness());
    }

    @Test
    void matchesTheNonSquareReferenceCase() {
        Window2d window = new Window2d(2, 3, new Pads2d(1, 0, 0, 2), 1, 2);
        TransposedOverlap overlap = TransposedOverlap.of(3, 4, new TransposedOverlap.Layer(3, 2, window));
        float[] rows = {1, 2, 1, 2, 1, 1};
        float[] columns = {1, 0, 1, 1, 0, 1, 1, 0, 1, 1};
        float[] expected = new float[rows.length * columns.length];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < columns.length; x++) {
                expected[y * columns.length + x] = rows[y] * columns[x];
            }
        }
        assertArrayEquals(expected, overlap.counts().data());
        assertEquals(Double.POSITIVE_INFINITY, overlap.unevenness(), "the interior has holes");
    }

    @Test
    void matchesPathEnumerationForSingleLayersAndStacks() {
        Random random = new Random(11);
        int written = 0;
        for (int trial = 0; trial < 40; trial++) {
            int h = 1 + random.nextInt(4);
            int w = 1 + random.nextInt(4);
            List<TransposedOverlap.Layer> stack = new ArrayList<>();
            for (int depth = 1 + random.nextInt(3); depth > 0; depth--) {
                stack.add(randomLayer(random));
            }
            TransposedOverlap overlap;
            try {
                overlap = TransposedOverlap.ofStack(h, w, stack);
            } catch (InvalidArgumentException tooMuchPadding) {
                continue;
            }
            Tensor counts = overlap.counts();
            written += TestTensors.nonZeroCount(counts) > 0 ? 1 : 0;
            assertArrayEquals(enumeratePaths(h, w, stack, overlap.height(), overlap.width()), counts.data(),
                    stack.toString());
        }
        assertTrue(written > 20, "most configurations write something");
    }

    @Test
    void interiorCellsKeepTheirCountOnAMuchLargerInput() {
        Random random = new Random(5);
        int interior = 0;
        for (int trial = 0; trial < 40; trial++) {
            List<TransposedOverlap.Layer> stack = List.of(randomLayer(random), randomLayer(random));
            int margin = 40;
            TransposedOverlap small;
            try {
                small = TransposedOverlap.ofStack(6, 6, stack);
            } catch (InvalidArgumentException tooMuchPadding) {
                continue;
            }
            TransposedOverlap large = TransposedOverlap.ofStack(6 + 2 * margin, 6 + 2 * margin, stack);
            // input cell (y, x) of the small input is (y + margin, x + margin) of the large one
            int shiftH = margin * stack.get(0).window().strideH() * stack.get(1).window().strideH();
            int shiftW = margin * stack.get(0).window().strideW() * stack.get(1).window().strideW();
            for (int oy = 0; oy < small.height(); oy++) {
                for (int ox = 0; ox < small.width(); ox++) {
                    if (small.isInterior(oy, ox)) {
                        interior++;
                        assertEquals(large.counts().get(oy + shiftH, ox + shiftW), small.counts().get(oy, ox),
                                stack + " at " + oy + ", " + ox);
                    }
                }
            }
        }
        assertTrue(interior > 100, "some cells are interior");
    }

    @Test
    void stackOfTwoCheckerboardLayersIsMoreUneven() {
        TransposedOverlap overlap = TransposedOverlap.ofStack(8, 8, List.of(layer(3, 2, 0), layer(3, 2, 0)));
        // along one axis layer 1 writes 1, 2, 1, 2, ...; layer 2 carries 1 + 2 = 3 paths to its even cells and
        // 1 or 2 to its odd cells: 3 along one axis, 3 * 3 in 2-D
        assertEquals(9.0, overlap.unevenness());
        assertEquals(1.0, TransposedOverlap.ofStack(8, 8, List.of(layer(4, 2, 1), layer(4, 2, 1))).unevenness());
    }

    @Test
    void aTinyInputHasNoInterior() {
        assertTrue(Double.isNaN(TransposedOverlap.of(1, 1, layer(3, 2, 0)).unevenness()));
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("layers must hold at least one item (got none)",
                () -> TransposedOverlap.ofStack(3, 3, List.of()));
        assertMessage("input height must be at least 1 (got 0)", () -> TransposedOverlap.of(0, 3, layer(3, 1, 0)));
        assertMessage("output padding 2 (height) must be smaller than the stride 2 or the dilation 1",
                () -> TransposedOverlap.of(3, 3, new TransposedOverlap.Layer(3, 3, Window2d.of(2, 0, 1), 2, 0)));
    }
}
