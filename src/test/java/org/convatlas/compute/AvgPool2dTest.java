package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AvgPool2dTest {

    @Test
    void twoByTwoWindowsWithStrideTwo() {
        Tensor x = Tensor.of(new float[] {
            1, 5, 2, 0,
            3, 4, 8, 1,
            0, 2, 9, 7,
            6, 1, 3, 4}, 1, 4, 4);
        Tensor y = AvgPool2d.apply(x, Pool2dParams.of(2, 2, 0), true);
        assertEquals(Tensor.of(new float[] {13 / 4f, 11 / 4f, 9 / 4f, 23 / 4f}, 1, 2, 2), y);
    }

    @Test
    void paddingCountsInTheDivisorOnlyWhenIncluded() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Pool2dParams p = Pool2dParams.of(3, 1, 1); // every window covers all four cells and five padding cells
        assertEquals(Tensor.filled(10 / 9f, 1, 2, 2), AvgPool2d.apply(x, p, true));
        assertEquals(Tensor.filled(10 / 4f, 1, 2, 2), AvgPool2d.apply(x, p, false));
    }

    @Test
    void nonSquareWindowWithAsymmetricPadding() {
        Tensor x = TestTensors.iota(1, 3, 4);
        // windows read row 0 (oy = 0, the other row is padding) and rows 1..2 (oy = 1); column windows
        // 0..2, 1..3, and 2..3 plus one padding column
        Pool2dParams p = new Pool2dParams(2, 3, 2, 1, new Pads2d(1, 0, 0, 1));
        Tensor excluded = Tensor.of(new float[] {1, 2, 2.5f, 7, 8, 8.5f}, 1, 2, 3);
        Tensor included = Tensor.of(new float[] {3 / 6f, 6 / 6f, 5 / 6f, 42 / 6f, 48 / 6f, 34 / 6f}, 1, 2, 3);
        assertTrue(AvgPool2d.apply(x, p, false).maxAbsDifference(excluded) < 1e-6);
        assertTrue(AvgPool2d.apply(x, p, true).maxAbsDifference(included) < 1e-6);
    }

    @Test
    void averageOfAConstantIsTheConstantWhenPaddingIsExcluded() {
        Random random = new Random(11);
        for (int trial = 0; trial < 100; trial++) {
            Pool2dParams p = RandomPools.params(random);
            Tensor x = RandomPools.smallIntegers(random, p);
            Tensor constant = Tensor.filled(-2.5f, x.shape());
            Tensor y = AvgPool2d.apply(constant, p, false);
            assertEquals(Tensor.filled(-2.5f, y.shape()), y, "trial " + trial + ": " + p);
        }
    }

    @Test
    void matchesTheDefinitionOnRandomConfigurations() {
        Random random = new Random(12);
        for (int trial = 0; trial < 300; trial++) {
            Pool2dParams p = RandomPools.params(random);
            Tensor x = RandomPools.smallIntegers(random, p);
            for (boolean countIncludePad : new boolean[] {true, false}) {
                Tensor expected = definition(x, p, countIncludePad);
                String config = "trial " + trial + ": " + p + " countIncludePad " + countIncludePad;
                assertTrue(AvgPool2d.apply(x, p, countIncludePad).maxAbsDifference(expected) < 1e-5, config);
            }
        }
    }

    /** The window over the padded input, padding read as 0, divided by kH*kW or by its cells inside x. */
    private static Tensor definition(Tensor x, Pool2dParams p, boolean countIncludePad) {
        Tensor y = Tensor.zeros(AvgPool2d.outputShape(x.shape(), p));
        for (int c = 0; c < y.dim(0); c++) {
            for (int oy = 0; oy < y.dim(1); oy++) {
                for (int ox = 0; ox < y.dim(2); ox++) {
                    double sum = 0;
                    int inside = 0;
                    for (int i = 0; i < p.kernelH(); i++) {
                        for (int j = 0; j < p.kernelW(); j++) {
                            int h = oy * p.strideH() - p.pads().top() + i;
                            int w = ox * p.strideW() - p.pads().left() + j;
                            if (h >= 0 && h < x.dim(1) && w >= 0 && w < x.dim(2)) {
                                sum += x.get(c, h, w);
                                inside++;
                            }
                        }
                    }
                    y.set((float) (sum / (countIncludePad ? p.kernelH() * p.kernelW() : inside)), c, oy, ox);
                }
            }
        }
        return y;
    }

    @Test
    void outputShapeIsThatOfMaxPooling() {
        Pool2dParams p = new Pool2dParams(3, 2, 2, 1, new Pads2d(1, 1, 0, 0));
        assertArrayEquals(MaxPool2d.outputShape(new int[] {2, 7, 5}, p), AvgPool2d.outputShape(new int[] {2, 7, 5}, p));
    }

    @Test
    void rejectsAWindowWiderThanThePaddedInput() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> AvgPool2d.apply(Tensor.zeros(1, 5, 2), Pool2dParams.of(4, 1, 0), true));
        assertEquals("kernel reach 4 exceeds padded input 2 (width); add padding or enlarge the input", e.getMessage());
    }

    @Test
    void rejectsAMissingInput() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> AvgPool2d.apply(null, Pool2dParams.of(2, 2, 0), false));
        assertEquals("input x is missing; it must be a tensor [C, H, W]", e.getMessage());
    }
}
