package org.convatlas.compute;

/**
 * The best rank-1 approximation of a 3-D kernel {@code K [C, kH, kW]} as three 1-D vectors, the factors of a
 * flattened convolution (a {@code C x 1 x 1} step across channels, a {@code kH x 1} step down the columns and a
 * {@code 1 x kW} step along the rows):
 * <pre>
 * K[c, i, j] ~ channel[c] * column[i] * row[j]
 * </pre>
 * Found by the higher-order power method (alternating least squares on the three factors): seeded with the leading
 * left singular vectors of the mode-1, mode-2 and mode-3 unfoldings of {@code K} (deterministic), each factor in turn
 * is set to {@code K} contracted with the other two and normalized, until the weight
 * {@code lambda = K x1 a x2 b x3 c} stops growing. The result is a stationary point of the least-squares error;
 * for a kernel of rank 1 it is the kernel itself, reached in one sweep.
 *
 * <p>{@code column} and {@code row} have unit length and sum to a positive number (or, summing to 0, have a positive
 * first non-zero entry); {@code channel} carries the weight and the sign. {@link #relativeError()} is
 * {@code ||K - approximation|| / ||K||} (Frobenius norms; 0 for the zero kernel). {@link #filters()} gives the
 * three factors as the weights of the three steps of a {@link Flattened} convolution, scaled to read well.
 */
public final class FlattenedKernel {

    /**
     * The three 1-D filters of a flattened convolution by the approximation, as the weights of its steps: the channel
     * step {@code [1, C, 1, 1]}, the column step {@code [1, 1, kH, 1]} and the row step {@code [1, 1, 1, kW]}.
     */
    public record Filters(Tensor channel, Tensor column, Tensor row) {
    }

    /** Entries at most this share of a factor's largest count as 0 when the factor is scaled for reading. */
    private static final double NEGLIGIBLE = 1e-6;

    private static final int MAX_SWEEPS = 1000;
    private static final double CONVERGED = 1e-14;

    private final double[] channel;
    private final double[] column;
    private final double[] row;
    private final double relativeError;

    private FlattenedKernel(double[] channel, double[] column, double[] row, double relativeError) {
        this.channel = channel;
        this.column = column;
        this.row = row;
        this.relativeError = relativeError;
    }

    /**
     * Factorizes {@code kernel [C, kH, kW]}.
     *
     * @throws InvalidArgumentException if the kernel is not a 3-D tensor of finite numbers
     */
    public static FlattenedKernel of(Tensor kernel) {
        Checks.rank("kernel w", kernel, 3, "[C, kH, kW]");
        Checks.finite("kernel w", kernel);
        int[] dims = kernel.shape();
        float[] data = kernel.data();
        double[] k = new double[data.length];
        for (int n = 0; n < data.length; n++) {
            k[n] = data[n];
        }
        double[][] factors = new double[3][];
        for (int mode = 0; mode < 3; mode++) {
            factors[mode] = Svd.of(unfold(k, dims, mode), dims[mode], k.length / dims[mode]).left(0);
        }
        double weight = 0;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double previous = weight;
            for (int mode = 0; mode < 3; mode++) {
                double[] next = contract(k, dims, factors, mode);
                weight = Vectors.norm(next);
                if (weight > 0) {
                    factors[mode] = Vectors.scaled(next, 1 / weight);
                }
            }
            if (weight - previous <= CONVERGED * weight) {
                break;
            }
        }
        // The last update set the row factor to K contracted with the other two, normalized: weight = K x1 a x2 b x3 c.
        int columnSign = Vectors.orientation(factors[1]);
        int rowSign = Vectors.orientation(factors[2]);
        double[] channel = Vectors.scaled(factors[0], weight * columnSign * rowSign);
        double[] column = Vectors.scaled(factors[1], columnSign);
        double[] row = Vectors.scaled(factors[2], rowSign);
        return new FlattenedKernel(channel, column, row, relativeError(k, dims, channel, column, row));
    }

    /**
     * The mode-{@code mode} unfolding of {@code k} with shape {@code dims}: a {@code dims[mode] x (size / dims[mode])}
     * matrix, row-major, whose row {@code n} lists the elements with index {@code n} along {@code mode}, in their
     * order in {@code k}.
     */
    private static double[] unfold(double[] k, int[] dims, int mode) {
        double[] out = new double[k.length];
        int rowLength = k.length / dims[mode];
        int[] filled = new int[dims[mode]];
        int n = 0;
        for (int c = 0; c < dims[0]; c++) {
            for (int i = 0; i < dims[1]; i++) {
                for (int j = 0; j < dims[2]; j++) {
                    int r = mode == 0 ? c : mode == 1 ? i : j;
                    out[r * rowLength + filled[r]++] = k[n++];
                }
            }
        }
        return out;
    }

    /** {@code k} contracted with the factors of the two modes other than {@code keep}: a vector along {@code keep}. */
    private static double[] contract(double[] k, int[] dims, double[][] factors, int keep) {
        double[] out = new double[dims[keep]];
        int n = 0;
        for (int c = 0; c < dims[0]; c++) {
            double a = keep == 0 ? 1 : factors[0][c];
            for (int i = 0; i < dims[1]; i++) {
                double b = keep == 1 ? 1 : factors[1][i];
                for (int j = 0; j < dims[2]; j++) {
                    double weight = k[n++] * a * b * (keep == 2 ? 1 : factors[2][j]);
                    out[keep == 0 ? c : keep == 1 ? i : j] += weight;
                }
            }
        }
        return out;
    }

    private static double relativeError(double[] k, int[] dims, double[] channel, double[] column, double[] row) {
        double residual = 0;
        double norm = 0;
        int n = 0;
        for (int c = 0; c < dims[0]; c++) {
            for (int i = 0; i < dims[1]; i++) {
                for (int j = 0; j < dims[2]; j++, n++) {
                    double diff = k[n] - channel[c] * column[i] * row[j];
                    residual += diff * diff;
                    norm += k[n] * k[n];
                }
            }
        }
        return norm == 0 ? 0 : Math.sqrt(residual / norm);
    }

    /** The {@code C} channel factor, carrying the weight and the sign. */
    public double[] channel() {
        return channel.clone();
    }

    /** The {@code kH} column factor, unit length. */
    public double[] column() {
        return column.clone();
    }

    /** The {@code kW} row factor, unit length. */
    public double[] row() {
        return row.clone();
    }

    /** {@code ||K - approximation|| / ||K||}: 0 for a kernel of rank 1. */
    public double relativeError() {
        return relativeError;
    }

    /** Whether the kernel is three 1-D vectors multiplied out: {@link #relativeError()} at most {@code tolerance}. */
    public boolean isRankOne(double tolerance) {
        return relativeError <= tolerance;
    }

    /**
     * {@link #relativeError()} as {@link #isRankOne} counts it: written as 0 when at most {@code tolerance}, so that a
     * kernel of rank 1 shows 0 rather than a rounding error such as {@code 4e-16}.
     */
    public double countedRelativeError(double tolerance) {
        return isRankOne(tolerance) ? 0 : relativeError;
    }

    /**
     * The factors as the weights of the three steps of a {@link Flattened} convolution (one filter each), rounded to
     * floats, their product the {@link #approximation()} (entries at most {@value #NEGLIGIBLE} of their factor's
     * largest written as 0). Each of the column and the row is scaled to read as the kernel's author would write it:
     * to whole numbers with 1 the smallest magnitude when it is a multiple of whole numbers (Sobel's {@code [1, 2, 1]}
     * and {@code [-1, 0, 1]}), else to the largest magnitude 1; the channel weights carry the rest and sum to a
     * positive number (or, summing to 0, have a positive first non-zero entry), the row the sign. A rank-1 kernel
     * {@code [1, 2, 1] x [1, 2, 1] x [-1, 0, 1]} gives back exactly these three.
     */
    public Filters filters() {
        double columnScale = readingScale(column);
        double rowScale = readingScale(row);
        int sign = Vectors.orientation(channel);
        return new Filters(
                Vectors.tensor(cleaned(Vectors.scaled(channel, sign * columnScale * rowScale)), 1, channel.length, 1, 1),
                Vectors.tensor(cleaned(Vectors.scaled(column, 1 / columnScale)), 1, 1, column.length, 1),
                Vectors.tensor(cleaned(Vectors.scaled(row, sign / rowScale)), 1, 1, 1, row.length));
    }

    /** {@code v} with the entries at most {@value #NEGLIGIBLE} of its largest magnitude set to 0 (in place). */
    private static double[] cleaned(double[] v) {
        double largest = Vectors.maxAbs(v);
        for (int n = 0; n < v.length; n++) {
            if (Math.abs(v[n]) <= NEGLIGIBLE * largest) {
                v[n] = 0;
            }
        }
        return v;
    }

    /**
     * What {@code v} is divided by to read well: its smallest non-negligible magnitude when every entry is then a
     * whole number (to {@value #NEGLIGIBLE}), else its largest magnitude; 1 for the zero vector.
     */
    private static double readingScale(double[] v) {
        double largest = Vectors.maxAbs(v);
        if (largest == 0) {
            return 1;
        }
        double smallest = largest;
        for (double x : v) {
            if (Math.abs(x) > NEGLIGIBLE * largest) {
                smallest = Math.min(smallest, Math.abs(x));
            }
        }
        for (double x : v) {
            double ratio = x / smallest;
            if (Math.abs(ratio - Math.rint(ratio)) > NEGLIGIBLE * Math.max(1, Math.abs(ratio))) {
                return largest;
            }
        }
        return smallest;
    }

    /** The approximation {@code channel[c] * column[i] * row[j]} as a tensor {@code [C, kH, kW]}. */
    public Tensor approximation() {
        Tensor out = Tensor.zeros(channel.length, column.length, row.length);
        float[] data = out.data();
        int n = 0;
        for (double a : channel) {
            for (double b : column) {
                for (double c : row) {
                    data[n++] = (float) (a * b * c);
                }
            }
        }
        return out;
    }
}
