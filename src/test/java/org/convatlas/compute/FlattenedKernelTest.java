package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FlattenedKernelTest {

    private static Tensor outer(double[] a, double[] b, double[] c) {
        Tensor t = Tensor.zeros(a.length, b.length, c.length);
        int n = 0;
        for (double x : a) {
            for (double y : b) {
                for (double z : c) {
                    t.data()[n++] = (float) (x * y * z);
                }
            }
        }
        return t;
    }

    @Test
    void recoversARankOneKernel() {
        double[] channel = {2, -1, 0.5};
        double[] column = {1, 2, 1};
        double[] row = {-1, 0, 1};
        Tensor kernel = outer(channel, column, row);
        FlattenedKernel flat = FlattenedKernel.of(kernel);
        assertEquals(0, flat.relativeError(), 1e-6);
        assertEquals(0, flat.approximation().maxAbsDifference(kernel), 1e-6);
        // unit factors, oriented: the column sums to a positive number, the row (sum 0) starts positive
        assertArrayEquals(Vectors.scaled(column, 1 / Math.sqrt(6)), flat.column(), 1e-9);
        assertArrayEquals(Vectors.scaled(row, -1 / Math.sqrt(2)), flat.row(), 1e-9);
        assertArrayEquals(Vectors.scaled(channel, -Math.sqrt(12)), flat.channel(), 1e-6);
    }

    @Test
    void approximatesARandomKernelAtAStationaryPoint() {
        Random random = new Random(17);
        for (int trial = 0; trial < 20; trial++) {
            Tensor kernel = TestTensors.dyadic(random, 1 + random.nextInt(4), 1 + random.nextInt(4),
                    1 + random.nextInt(4));
            FlattenedKernel flat = FlattenedKernel.of(kernel);
            double error = flat.relativeError();
            assertTrue(error >= 0 && error < 1, "better than the zero approximation: " + error);
            assertEquals(KernelRankTest.frobenius(flat.approximation(), kernel),
                    error * KernelRankTest.frobenius(kernel, Tensor.zeros(kernel.shape())), 1e-4);
            // the residual is orthogonal to the approximation (the weight is optimal for the factors)
            double inner = 0;
            for (int n = 0; n < kernel.size(); n++) {
                double a = flat.approximation().data()[n];
                inner += (kernel.data()[n] - a) * a;
            }
            assertEquals(0, inner, 1e-4);
            assertEquals(1.0, Vectors.norm(flat.column()), 1e-9);
            assertEquals(1.0, Vectors.norm(flat.row()), 1e-9);
        }
    }

    @Test
    void aMatrixKernelGivesItsBestRankOneApproximation() {
        Tensor w = Tensor.of(new float[] {1, -0.125f, -0.125f, -0.75f, -0.375f, -0.125f, -0.5f, -0.5f, -1}, 1, 3, 3);
        FlattenedKernel flat = FlattenedKernel.of(w);
        KernelRank rank = KernelRank.of(w.reshape(3, 3), 1e-6);
        assertEquals(0, flat.approximation().reshape(3, 3).maxAbsDifference(rank.separableApproximation()), 1e-6);
    }

    /** Channels [1, 2, 1] × Sobel's [1, 2, 1]ᵀ × [−1, 0, 1]: the three filters come back as written, in floats. */
    @Test
    void theFiltersOfARankOneKernelReadAsItsAuthorWroteThem() {
        Tensor kernel = outer(new double[] {1, 2, 1}, new double[] {1, 2, 1}, new double[] {-1, 0, 1});
        FlattenedKernel flat = FlattenedKernel.of(kernel);
        assertTrue(flat.isRankOne(1e-6));
        assertEquals(0, flat.countedRelativeError(1e-6), "not a rounding error");
        FlattenedKernel.Filters filters = flat.filters();
        assertEquals(Tensor.of(new float[] {1, 2, 1}, 1, 3, 1, 1), filters.channel());
        assertEquals(Tensor.of(new float[] {1, 2, 1}, 1, 1, 3, 1), filters.column());
        assertEquals(Tensor.of(new float[] {-1, 0, 1}, 1, 1, 1, 3), filters.row());
        // a 5×5 Sobel across four channels weighted 1, −3, 0.5, 2: the binomial column, the binomial derivative row
        kernel = outer(new double[] {1, -3, 0.5, 2}, new double[] {1, 4, 6, 4, 1}, new double[] {-1, -2, 0, 2, 1});
        filters = FlattenedKernel.of(kernel).filters();
        assertArrayEquals(new float[] {1, 4, 6, 4, 1}, filters.column().data());
        assertArrayEquals(new float[] {-1, -2, 0, 2, 1}, filters.row().data());
        assertArrayEquals(new float[] {1, -3, 0.5f, 2}, filters.channel().data(), 1e-6f);
    }

    /** Factors that are no multiple of whole numbers are scaled to the largest magnitude 1; the product is kept. */
    @Test
    void theFiltersMultiplyOutToTheApproximation() {
        Random random = new Random(41);
        for (int trial = 0; trial < 20; trial++) {
            Tensor kernel = TestTensors.uniform(random, 1 + random.nextInt(4), 2 + random.nextInt(3),
                    2 + random.nextInt(3));
            FlattenedKernel flat = FlattenedKernel.of(kernel);
            FlattenedKernel.Filters filters = flat.filters();
            float[] c = filters.channel().data();
            float[] a = filters.column().data();
            float[] b = filters.row().data();
            Tensor product = outer(toDoubles(c), toDoubles(a), toDoubles(b));
            assertEquals(0, product.maxAbsDifference(flat.approximation()), 1e-5, "trial " + trial);
            assertEquals(1, Vectors.maxAbs(toDoubles(a)), 1e-6, "the column's largest magnitude");
            assertEquals(1, Vectors.maxAbs(toDoubles(b)), 1e-6, "the row's largest magnitude");
            assertTrue(flat.isRankOne(1) && !flat.isRankOne(1e-6), "a random kernel is not rank 1");
            assertEquals(flat.relativeError(), flat.countedRelativeError(1e-6));
        }
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int n = 0; n < values.length; n++) {
            out[n] = values[n];
        }
        return out;
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("kernel w must have 3 dimensions [C, kH, kW] (got shape [3, 3])",
                () -> FlattenedKernel.of(Tensor.zeros(3, 3)));
        assertEquals(0, FlattenedKernel.of(Tensor.zeros(2, 2, 2)).relativeError());
    }
}
