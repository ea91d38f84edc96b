package org.convatlas.compute;

/** Small helpers on vectors of doubles, for the factorizations of kernels. */
final class Vectors {

    /** Sums below this share of the sum of magnitudes count as 0 (rounding). */
    private static final double ZERO_SUM = 1e-9;

    private Vectors() {
    }

    /** The Euclidean norm. */
    static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** The largest magnitude of an entry. */
    static double maxAbs(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }

    /** {@code v} times {@code factor}, as a new vector. */
    static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int n = 0; n < v.length; n++) {
            out[n] = v[n] * factor;
        }
        return out;
    }

    /**
     * {@code +1} or {@code -1}: the sign that makes the entries of {@code v} sum to a positive number or, when they
     * sum to 0 (up to rounding), makes its first non-zero entry positive; {@code +1} for the zero vector.
     */
    static int orientation(double[] v) {
        double sum = 0;
        double magnitude = 0;
        for (double x : v) {
            sum += x;
            magnitude += Math.abs(x);
        }
        if (Math.abs(sum) > ZERO_SUM * magnitude) {
            return sum > 0 ? 1 : -1;
        }
        for (double x : v) {
            if (Math.abs(x) > ZERO_SUM * magnitude) {
                return x > 0 ? 1 : -1;
            }
        }
        return 1;
    }

    /** {@code v} rounded to floats as a tensor of the given shape, whose size must be {@code v.length}. */
    static Tensor tensor(double[] v, int... shape) {
        float[] data = new float[v.length];
        for (int n = 0; n < v.length; n++) {
            data[n] = (float) v[n];
        }
        return Tensor.of(data, shape);
    }

    /** The outer product {@code a b^T} {@code [a.length, b.length]}: {@code out[i*b.length + j] = a[i]*b[j]}. */
    static Tensor outer(double[] a, double[] b) {
        Tensor out = Tensor.zeros(a.length, b.length);
        float[] data = out.data();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                data[i * b.length + j] = (float) (a[i] * b[j]);
            }
        }
        return out;
    }
}
