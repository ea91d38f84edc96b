package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KernelPresetTest {

    private static void assertKernel(Kernel expected, Kernel actual) {
        assertEquals(expected.rows(), actual.rows());
        assertEquals(expected.columns(), actual.columns());
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.columns(); c++) {
                assertEquals(expected.weight(r, c), actual.weight(r, c), 1e-6, "(" + r + ", " + c + ")");
            }
        }
    }

    private static double sum(Kernel k) {
        double total = 0;
        for (int r = 0; r < k.rows(); r++) {
            for (int c = 0; c < k.columns(); c++) {
                total += k.weight(r, c);
            }
        }
        return total;
    }

    @Test
    void threeByThreeFormsAreTheClassicOnes() {
        assertKernel(Kernel.of(3, 3, 0, 0, 0, 0, 1, 0, 0, 0, 0), KernelPreset.IDENTITY.kernel(3, 3));
        float ninth = 1f / 9;
        assertKernel(Kernel.of(3, 3, ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth),
                KernelPreset.BOX_BLUR.kernel(3, 3));
        assertKernel(Kernel.of(3, 3, 1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f),
                KernelPreset.GAUSSIAN.kernel(3, 3));
        assertKernel(Kernel.of(3, 3, 0, -1, 0, -1, 5, -1, 0, -1, 0), KernelPreset.SHARPEN.kernel(3, 3));
        assertKernel(Kernel.of(3, 3, -1, 0, 1, -2, 0, 2, -1, 0, 1), KernelPreset.SOBEL_X.kernel(3, 3));
        assertKernel(Kernel.of(3, 3, -1, -2, -1, 0, 0, 0, 1, 2, 1), KernelPreset.SOBEL_Y.kernel(3, 3));
        assertKernel(Kernel.of(3, 3, 0, 1, 0, 1, -4, 1, 0, 1, 0), KernelPreset.LAPLACIAN.kernel(3, 3));
        assertKernel(Kernel.of(3, 3, -2, -1, 0, -1, 1, 1, 0, 1, 2), KernelPreset.EMBOSS.kernel(3, 3));
    }

    @Test
    void sobelGrowsAsOpenCvGrowsIt() {
        // OpenCV's 5x5 Sobel x: [1 4 6 4 1]^T times [-1 -2 0 2 1]
        Kernel sobel = KernelPreset.SOBEL_X.kernel(5, 5);
        float[] smooth = {1, 4, 6, 4, 1};
        float[] derivative = {-1, -2, 0, 2, 1};
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(smooth[r] * derivative[c], sobel.weight(r, c), "(" + r + ", " + c + ")");
            }
        }
        assertKernel(Kernel.of(1, 2, -1, 1), KernelPreset.SOBEL_X.kernel(1, 2));
        assertKernel(Kernel.of(2, 1, -1, 1), KernelPreset.SOBEL_Y.kernel(2, 1));
    }

    @Test
    void blursKeepTheirSumAtOneAtEverySize() {
        for (int[] size : new int[][] {{1, 1}, {2, 3}, {5, 5}, {7, 4}}) {
            assertEquals(1, sum(KernelPreset.BOX_BLUR.kernel(size[0], size[1])), 1e-5);
            assertEquals(1, sum(KernelPreset.GAUSSIAN.kernel(size[0], size[1])), 1e-5);
        }
        Kernel gaussian = KernelPreset.GAUSSIAN.kernel(5, 5);
        assertEquals(36 / 256f, gaussian.weight(2, 2), 1e-7, "C(4,2)^2 / 2^8");
    }

    @Test
    void identityHasItsOneAtTheCentreOrJustAboveAndLeftOfIt() {
        assertEquals(1, KernelPreset.IDENTITY.kernel(5, 5).weight(2, 2));
        assertEquals(1, KernelPreset.IDENTITY.kernel(4, 2).weight(1, 0));
        assertEquals(1, sum(KernelPreset.IDENTITY.kernel(4, 2)));
    }

    @Test
    void classicOnlyPresetsHaveNoOtherSize() {
        for (KernelPreset preset : new KernelPreset[] {KernelPreset.SHARPEN, KernelPreset.LAPLACIAN,
                KernelPreset.EMBOSS}) {
            assertTrue(preset.fits(3, 3));
            assertFalse(preset.fits(5, 5));
        }
        assertFalse(KernelPreset.SOBEL_X.fits(3, 1));
        assertFalse(KernelPreset.SOBEL_Y.fits(1, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KernelPreset.EMBOSS.kernel(5, 5));
        assertEquals("the emboss kernel has no 5x5 form", e.getMessage());
    }

    @Test
    void everyPresetHasItsOwnLabel() {
        assertEquals("kernel.preset.sobelX", KernelPreset.SOBEL_X.labelKey());
        assertEquals(KernelPreset.values().length,
                Arrays.stream(KernelPreset.values()).map(KernelPreset::labelKey).distinct().count());
    }
}
