package org.convatlas.compute;

/**
 * The rank of a 2-D kernel {@code w [kH, kW]} and its best rank-1 approximation, from the singular value
 * decomposition {@code w = sum over n of s_n u_n v_n^T} ({@code s_1 >= s_2 >= ... >= 0}).
 *
 * <ul>
 *   <li>The numerical rank counts the singular values above {@code tolerance * s_1} (a relative tolerance).</li>
 *   <li>The best rank-1 approximation in the least-squares sense is {@code s_1 u_1 v_1^T}
 *       (Eckart-Young); it is unique when {@code s_1 > s_2}.</li>
 *   <li>A kernel of rank 1 is exactly a column vector times a row vector: it is spatially separable, and a
 *       {@code kH x kW} convolution becomes a {@code kH x 1} one followed by a {@code 1 x kW} one
 *       (e.g. Sobel {@code [[1,0,-1],[2,0,-2],[1,0,-1]] = [1,2,1]^T [1,0,-1]}).</li>
 * </ul>
 * The factors are written as {@link #column()} times {@link #row()}: the row scaled so that its largest magnitude
 * is 1, and the signs chosen so that the column sums to a positive number (or, when it sums to 0, its first non-zero
 * entry is positive).
 */
public final class KernelRank {

    private final double[] singularValues;
    private final double tolerance;
    private final int rank;
    private final double[] column;
    private final double[] row;

    private KernelRank(double[] singularValues, double tolerance, int rank, double[] column, double[] row) {
        this.singularValues = singularValues;
        this.tolerance = tolerance;
        this.rank = rank;
        this.column = column;
        this.row = row;
    }

    /**
     * Analyses {@code w [kH, kW]}; singular values {@code <= tolerance * s_1} count as zero.
     *
     * @throws InvalidArgumentException if {@code w} is not a 2-D tensor of finite numbers, or the tolerance is not
     *                                  in {@code [0, 1)}
     */
    public static KernelRank of(Tensor w, double tolerance) {
        Checks.rank("kernel w", w, 2, "[kH, kW]");
        Checks.finite("kernel w", w);
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new InvalidArgumentException("tolerance must be at least 0 and below 1 (got " + tolerance + ")");
        }
        float[] data = w.data();
        double[] values = new double[data.length];
        for (int n = 0; n < data.length; n++) {
            values[n] = data[n];
        }
        Svd svd = Svd.of(values, w.dim(0), w.dim(1));
        double[] s = svd.values();
        int rank = 0;
        for (double value : s) {
            if (value > tolerance * s[0]) {
                rank++;
            }
        }
        double[] row = svd.right(0);
        double scale = Vectors.maxAbs(row);
        double[] column = Vectors.scaled(svd.left(0), s[0] * scale);
        int sign = Vectors.orientation(column);
        return new KernelRank(s, tolerance, rank, Vectors.scaled(column, sign),
                Vectors.scaled(row, sign / scale));
    }

    /** The numerical rank: the number of singular values above {@code tolerance * s_1}. */
    public int rank() {
        return rank;
    }

    /** The {@code min(kH, kW)} singular values, largest first. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /**
     * The singular values as the rank counts them: those at or below {@code tolerance * s_1} written as 0, so that a
     * kernel of rank 1 has one singular value and zeros rather than rounding errors such as {@code 1e-16}.
     */
    public double[] countedSingularValues() {
        double[] counted = singularValues.clone();
        for (int n = 0; n < counted.length; n++) {
            if (!(counted[n] > tolerance * singularValues[0])) {
                counted[n] = 0;
            }
        }
        return counted;
    }

    /**
     * Whether the kernel is a column times a row, {@link #column()} times {@link #row()}: it has rank 1, or rank 0 (the
     * zero kernel, a zero column times any row).
     */
    public boolean isSeparable() {
        return rank <= 1;
    }

    /** The {@code kH} column factor of the best rank-1 approximation: {@code s_1 u_1}, rescaled as the class says. */
    public double[] column() {
        return column.clone();
    }

    /** The {@code kW} row factor of the best rank-1 approximation, {@code v_1} rescaled to largest magnitude 1. */
    public double[] row() {
        return row.clone();
    }

    /**
     * The column factor as the weights of a {@code kH x 1} convolution, {@code [kH, 1]}, rounded to floats: the
     * first step of the spatially separable convolution by the best rank-1 approximation.
     */
    public Tensor columnKernel() {
        return Vectors.tensor(column, column.length, 1);
    }

    /**
     * The row factor as the weights of a {@code 1 x kW} convolution, {@code [1, kW]}, rounded to floats: the second
     * step of the spatially separable convolution by the best rank-1 approximation.
     */
    public Tensor rowKernel() {
        return Vectors.tensor(row, 1, row.length);
    }

    /**
     * The best rank-1 approximation {@code s_1 u_1 v_1^T = column row^T}, {@code [kH, kW]}; the kernel itself when it
     * is separable.
     */
    public Tensor separableApproximation() {
        return Vectors.outer(column, row);
    }
}
