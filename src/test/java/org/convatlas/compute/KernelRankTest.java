package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KernelRankTest {

    private static final Tensor SOBEL = Tensor.of(new float[] {1, 0, -1, 2, 0, -2, 1, 0, -1}, 3, 3);
    private static final Tensor LAPLACIAN = Tensor.of(new float[] {0, 1, 0, 1, -4, 1, 0, 1, 0}, 3, 3);

    @Test
    void sobelIsAColumnTimesARow() {
        KernelRank rank = KernelRank.of(SOBEL, 1e-6);
        assertEquals(1, rank.rank());
        assertTrue(rank.isSeparable());
        assertArrayEquals(new double[] {1, 2, 1}, rank.column(), 1e-12);
        assertArrayEquals(new double[] {1, 0, -1}, rank.row(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(12), 0, 0}, rank.singularValues(), 1e-12);
        assertEquals(0, rank.separableApproximation().maxAbsDifference(SOBEL), 1e-6);
        double[] counted = rank.countedSingularValues();
        assertEquals(Math.sqrt(12), counted[0], 1e-12);
        assertEquals(List.of(0.0, 0.0), List.of(counted[1], counted[2]), "rounding errors below the tolerance are 0");
        assertEquals(Tensor.of(new float[] {1, 2, 1}, 3, 1), rank.columnKernel());
        assertEquals(Tensor.of(new float[] {1, 0, -1}, 1, 3), rank.rowKernel());
    }

    @Test
    void theOtherSobelKeepsAPositiveColumnSumOrFirstEntry() {
        Tensor vertical = Tensor.of(new float[] {-1, -2, -1, 0, 0, 0, 1, 2, 1}, 3, 3);
        KernelRank rank = KernelRank.of(vertical, 1e-6);
        // the row is scaled to largest magnitude 1; the column sums to 0 and starts positive
        assertArrayEquals(new double[] {2, 0, -2}, rank.column(), 1e-12);
        assertArrayEquals(new double[] {-0.5, -1, -0.5}, rank.row(), 1e-12);
    }

    @Test
    void laplacianHasRankTwo() {
        KernelRank rank = KernelRank.of(LAPLACIAN, 1e-6);
        assertEquals(2, rank.rank());
        assertFalse(rank.isSeparable());
        // eigenvalues of the symmetric Laplacian: -2 - sqrt(6), -2 + sqrt(6), 0
        assertArrayEquals(new double[] {2 + Math.sqrt(6), Math.sqrt(6) - 2, 0}, rank.singularValues(), 1e-12);
        Tensor approximation = rank.separableApproximation();
        assertEquals(-4.0412416f, approximation.get(1, 1), 1e-6);
        assertEquals(-0.20412415f, approximation.get(0, 0), 1e-6);
        // Eckart-Young: the error of the best rank-1 approximation is the norm of the dropped singular values
        assertEquals(Math.sqrt(6) - 2, frobenius(approximation, LAPLACIAN), 1e-6);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(approximation.get(i, j), rank.columnKernel().get(i, 0) * rank.rowKernel().get(0, j), 1e-6,
                        "the column kernel times the row kernel is the approximation");
            }
        }
    }

    @Test
    void randomKernelsHaveFullRankAndTheBestRankOneError() {
        Random random = new Random(13);
        for (int trial = 0; trial < 20; trial++) {
            Tensor w = TestTensors.dyadic(random, 2 + random.nextInt(4), 2 + random.nextInt(4));
            KernelRank rank = KernelRank.of(w, 1e-9);
            double[] s = rank.singularValues();
            assertEquals(Math.min(w.dim(0), w.dim(1)), s.length);
            double dropped = 0;
            for (int n = 1; n < s.length; n++) {
                assertTrue(s[n] <= s[n - 1]);
                dropped += s[n] * s[n];
            }
            assertEquals(Math.sqrt(dropped), frobenius(rank.separableApproximation(), w), 1e-5);
            assertTrue(rank.rank() >= 1);
        }
        Tensor fullRank = Tensor.of(new float[] {1, -0.125f, -0.125f, -0.75f, -0.375f, -0.125f, -0.5f, -0.5f, -1},
                3, 3);
        KernelRank rank = KernelRank.of(fullRank, 1e-6);
        assertEquals(3, rank.rank());
        assertArrayEquals(new double[] {1.4971765, 0.97049123, 0.2580873}, rank.singularValues(), 1e-6);
        assertEquals(1, KernelRank.of(fullRank, 0.7).rank(), "0.97 <= 0.7 * 1.497 is false, 0.26 is dropped");
        assertArrayEquals(new double[] {1.4971765, 0, 0}, KernelRank.of(fullRank, 0.7).countedSingularValues(), 1e-6);
        assertArrayEquals(rank.singularValues(), rank.countedSingularValues(), 0, "none dropped at 1e-6");
    }

    @Test
    void theZeroKernelHasRankZero() {
        KernelRank rank = KernelRank.of(Tensor.zeros(2, 3), 0);
        assertEquals(0, rank.rank());
        assertEquals(0, TestTensors.nonZeroCount(rank.separableApproximation()));
        assertArrayEquals(new double[] {0, 0}, rank.countedSingularValues());
        assertTrue(rank.isSeparable(), "a zero column times any row");
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("tolerance must be at least 0 and below 1 (got 1.0)", () -> KernelRank.of(SOBEL, 1));
        assertThrows(InvalidArgumentException.class, () -> KernelRank.of(SOBEL, Double.NaN));
        assertMessage("kernel w must have 2 dimensions [kH, kW] (got shape [1, 3, 3])",
                () -> KernelRank.of(SOBEL.reshape(1, 3, 3), 0.1));
        Tensor withNaN = Tensor.of(new float[] {1, Float.NaN}, 1, 2);
        assertMessage("kernel w must hold finite numbers (got NaN at flat index 1)", () -> KernelRank.of(withNaN, 0.1));
    }

    static double frobenius(Tensor a, Tensor b) {
        double sum = 0;
        for (int n = 0; n < a.size(); n++) {
            double d = a.data()[n] - b.data()[n];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
