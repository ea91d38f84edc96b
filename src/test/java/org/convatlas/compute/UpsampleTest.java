package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UpsampleTest {

    @Test
    void nearestRepeatsEveryCellInABlock() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Tensor expected = Tensor.of(new float[] {
            1, 1, 2, 2,
            1, 1, 2, 2,
            3, 3, 4, 4,
            3, 3, 4, 4}, 1, 4, 4);
        assertEquals(expected, Upsample.apply(x, 2, 2, UpsampleMode.NEAREST));
    }

    @Test
    void nearestWithDifferentScalesPerAxis() {
        Tensor x = Tensor.of(new float[] {5, 6, 7, 8}, 2, 1, 2);
        Tensor expected = Tensor.of(new float[] {
            5, 5, 5, 6, 6, 6,
            5, 5, 5, 6, 6, 6,
            7, 7, 7, 8, 8, 8,
            7, 7, 7, 8, 8, 8}, 2, 2, 6);
        assertEquals(expected, Upsample.apply(x, 2, 3, UpsampleMode.NEAREST));
    }

    @Test
    void bilinearWithHalfPixelCentres() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        // sources per axis for outputs 0..3: 0 (clamped from -0.25), 0.25, 0.75, 1.25 (neighbour clamped to 1)
        Tensor expected = Tensor.of(new float[] {
            1, 1.25f, 1.75f, 2,
            1.5f, 1.75f, 2.25f, 2.5f,
            2.5f, 2.75f, 3.25f, 3.5f,
            3, 3.25f, 3.75f, 4}, 1, 4, 4);
        assertTrue(Upsample.apply(x, 2, 2, UpsampleMode.BILINEAR).maxAbsDifference(expected) < 1e-6);
    }

    @Test
    void bilinearSourceClampsAtBothEdges() {
        assertEquals(new Upsample.BilinearSource(0, 1, 0f), Upsample.bilinearSource(0, 3, 4));
        assertEquals(new Upsample.BilinearSource(1, 2, 0f), Upsample.bilinearSource(4, 3, 4));
        Upsample.BilinearSource inner = Upsample.bilinearSource(5, 3, 4); // (5.5 / 3) - 0.5 = 1 + 1/3
        assertEquals(1, inner.lower());
        assertEquals(2, inner.upper());
        assertEquals(1 / 3f, inner.upperWeight(), 1e-6);
        assertEquals(2 / 3f, inner.lowerWeight(), 1e-6);
        Upsample.BilinearSource last = Upsample.bilinearSource(11, 3, 4); // 11.5 / 3 - 0.5 = 3 + 1/3
        assertEquals(3, last.lower());
        assertEquals(3, last.upper());
    }

    @Test
    void scaleOneChangesNothing() {
        Tensor x = TestTensors.iota(2, 3, 4);
        assertEquals(x, Upsample.apply(x, 1, 1, UpsampleMode.NEAREST));
        assertEquals(x, Upsample.apply(x, 1, 1, UpsampleMode.BILINEAR));
    }

    @Test
    void bilinearReproducesARampAwayFromTheEdges() {
        Tensor ramp = Tensor.zeros(1, 2, 5);
        for (int col = 0; col < 5; col++) {
            ramp.set(col, 0, 0, col);
            ramp.set(col, 0, 1, col);
        }
        Tensor y = Upsample.apply(ramp, 1, 4, UpsampleMode.BILINEAR);
        for (int ox = 2; ox < 18; ox++) { // sources 0.125 ... 3.875 lie between the first and the last column
            assertEquals((ox + 0.5f) / 4 - 0.5f, y.get(0, 1, ox), 1e-6, "column " + ox);
        }
        assertEquals(0f, y.get(0, 0, 0));
        assertEquals(4f, y.get(0, 0, 19));
    }

    @Test
    void bilinearMatchesTheWeightedSumOfItsSources() {
        Random random = new Random(17);
        for (int trial = 0; trial < 100; trial++) {
            int sH = 1 + random.nextInt(4);
            int sW = 1 + random.nextInt(4);
            Tensor x = TestTensors.uniform(random, 1 + random.nextInt(3), 1 + random.nextInt(5), 1 + random.nextInt(5));
            Tensor y = Upsample.apply(x, sH, sW, UpsampleMode.BILINEAR);
            assertTrue(TestTensors.nonZeroCount(y) > 0);
            for (int c = 0; c < y.dim(0); c++) {
                for (int oy = 0; oy < y.dim(1); oy++) {
                    Upsample.BilinearSource r = Upsample.bilinearSource(oy, sH, x.dim(1));
                    for (int ox = 0; ox < y.dim(2); ox++) {
                        Upsample.BilinearSource s = Upsample.bilinearSource(ox, sW, x.dim(2));
                        double expected = r.lowerWeight() * (s.lowerWeight() * x.get(c, r.lower(), s.lower())
                                        + s.upperWeight() * x.get(c, r.lower(), s.upper()))
                                + r.upperWeight() * (s.lowerWeight() * x.get(c, r.upper(), s.lower())
                                        + s.upperWeight() * x.get(c, r.upper(), s.upper()));
                        assertEquals(expected, y.get(c, oy, ox), 1e-5, "trial " + trial);
                    }
                }
            }
        }
    }

    /**
     * {@link Upsample#cellsReading} against upsampling one-hot rows: the output cells an input cell reaches are those
     * that change when it alone is 1.
     */
    @Test
    void theCellsReadingAnInputCellAreThoseItsImpulseReaches() {
        int reached = 0;
        for (UpsampleMode mode : UpsampleMode.values()) {
            for (int size = 1; size <= 6; size++) {
                for (int scale = 1; scale <= 4; scale++) {
                    for (int source = 0; source < size; source++) {
                        Tensor impulse = Tensor.zeros(1, 1, size);
                        impulse.data()[source] = 1;
                        float[] y = Upsample.apply(impulse, 1, scale, mode).data();
                        int[] expected = IntStream.range(0, y.length).filter(dst -> y[dst] != 0).toArray();
                        assertArrayEquals(expected, Upsample.cellsReading(source, scale, size, mode),
                                mode + ", size " + size + ", scale " + scale + ", cell " + source);
                        reached += expected.length;
                    }
                }
            }
        }
        assertTrue(reached > 500, "impulses reach cells: " + reached);
    }

    @Test
    void bilinearKeepsAConstantConstant() {
        Tensor y = Upsample.apply(Tensor.filled(0.7f, 2, 3, 5), 3, 2, UpsampleMode.BILINEAR);
        assertTrue(y.maxAbsDifference(Tensor.filled(0.7f, 2, 9, 10)) < 1e-6);
    }

    @Test
    void rejectsAScaleBelowOne() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Upsample.apply(Tensor.zeros(1, 2, 2), 2, 0, UpsampleMode.NEAREST));
        assertEquals("scale width must be at least 1 (got 0)", e.getMessage());
    }

    @Test
    void rejectsAnOutputTooLargeForATensor() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Upsample.apply(Tensor.zeros(1, 2, 2), 1 << 30, 1, UpsampleMode.NEAREST));
        assertEquals("output height 2 * 1073741824 = 2147483648 is too large", e.getMessage());
    }

    @Test
    void rejectsAMissingMode() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Upsample.apply(Tensor.zeros(1, 2, 2), 2, 2, null));
        assertEquals("upsampling mode must be given (got null)", e.getMessage());
    }

    @Test
    void rejectsASourceQueryOutsideTheOutput() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Upsample.bilinearSource(8, 2, 4));
        assertEquals("output cell 8 must be in [0, 8) for size 4 and scale 2", e.getMessage());
    }
}
