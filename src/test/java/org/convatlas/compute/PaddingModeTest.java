package org.convatlas.compute;

import static org.convatlas.compute.Conv2dTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaddingModeTest {

    /** The output size along one axis once the mode's pads are applied. */
    private static int outputSize(PaddingMode mode, int n, int kernel, int stride, int dilation) {
        int[] pads = mode.along(n, kernel, stride, dilation);
        return ConvArithmetic.outputSize("width", n, pads[0], pads[1], kernel, stride, dilation);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    @Test
    void sizesFollowTheirDefinitionsOverAGridOfShapes() {
        int checked = 0;
        for (int n = 1; n <= 12; n++) {
            for (int k = 1; k <= 5; k++) {
                for (int s = 1; s <= 4; s++) {
                    for (int d = 1; d <= 3; d++) {
                        int reach = ConvArithmetic.reach(k, d);
                        assertEquals(ceilDiv(n, s), outputSize(PaddingMode.SAME, n, k, s, d));
                        assertEquals((n + 2 * (reach - 1) - reach) / s + 1, outputSize(PaddingMode.FULL, n, k, s, d));
                        if (reach <= n) {
                            assertEquals(ceilDiv(n - reach + 1, s), outputSize(PaddingMode.VALID, n, k, s, d));
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 400, "too few valid shapes checked: " + checked);
    }

    @Test
    void worked2dExamples() {
        // a 1920-wide, 1080-high image with a 3x3 kernel
        assertArrayEquals(new int[] {1078, 1918}, sizes(PaddingMode.VALID, 1, 1));
        assertArrayEquals(new int[] {1080, 1920}, sizes(PaddingMode.SAME, 1, 1));
        assertArrayEquals(new int[] {1082, 1922}, sizes(PaddingMode.FULL, 1, 1));
        assertArrayEquals(new int[] {540, 960}, sizes(PaddingMode.SAME, 2, 1));
        assertArrayEquals(new int[] {539, 959}, sizes(PaddingMode.VALID, 2, 1));
        // dilation 2: reach 5, so full is 1080 + 4
        assertArrayEquals(new int[] {1084, 1924}, sizes(PaddingMode.FULL, 1, 2));
    }

    private static int[] sizes(PaddingMode mode, int stride, int dilation) {
        Pads2d pads = mode.resolve(1080, 1920, 3, 3, stride, stride, dilation, dilation);
        Window2d window = new Window2d(stride, stride, pads, dilation, dilation);
        return new int[] {window.outputHeight(1080, 3), window.outputWidth(1920, 3)};
    }

    @Test
    void anOddTotalPaddingPutsTheExtraCellAtTheBottomAndRight() {
        // n = 4, kernel 2, stride 1: total padding (4-1)*1 + 2 - 4 = 1
        assertEquals(new Pads2d(0, 0, 1, 1), PaddingMode.SAME.resolve(4, 4, 2, 2, 1, 1, 1, 1));
        // n = 5, kernel 3, stride 2: out 3, total (3-1)*2 + 3 - 5 = 2, split evenly
        assertEquals(Pads2d.uniform(1), PaddingMode.SAME.resolve(5, 5, 3, 3, 2, 2, 1, 1));
        // n = 6, kernel 3, stride 2: out 3, total (3-1)*2 + 3 - 6 = 1
        assertArrayEquals(new int[] {0, 1}, PaddingMode.SAME.along(6, 3, 2, 1));
        // a non-square kernel: 4 rows of reach, 1 column
        assertEquals(new Pads2d(1, 0, 2, 0), PaddingMode.SAME.resolve(7, 7, 4, 1, 1, 1, 1, 1));
    }

    @Test
    void sameNeedsNoPaddingWhenTheStrideSkipsEnough() {
        // n = 6, kernel 1, stride 3: out 2 windows at 0 and 3, total max((2-1)*3 + 1 - 6, 0) = 0
        assertArrayEquals(new int[] {0, 0}, PaddingMode.SAME.along(6, 1, 3, 1));
    }

    @Test
    void validAndFullPads() {
        assertArrayEquals(new int[] {0, 0}, PaddingMode.VALID.along(9, 3, 2, 2));
        assertArrayEquals(new int[] {4, 4}, PaddingMode.FULL.along(9, 3, 2, 2));
    }

    @Test
    void rejectsInvalidSizes() {
        assertMessage("stride must be at least 1 (got 0)", () -> PaddingMode.SAME.along(5, 3, 0, 1));
        assertMessage("kernel size must be at least 1 (got 0)", () -> PaddingMode.SAME.along(5, 0, 1, 1));
        assertMessage("dilation must be at least 1 (got 0)", () -> PaddingMode.FULL.along(5, 3, 1, 0));
        assertMessage("input size must be at least 1 (got 0)", () -> PaddingMode.VALID.along(0, 3, 1, 1));
    }
}
