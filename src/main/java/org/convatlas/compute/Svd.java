package org.convatlas.compute;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The compact singular value decomposition {@code A = U diag(s) V^T} of a small dense {@code rows x cols} matrix
 * (EJML), with the {@code min(rows, cols)} singular values in descending order. The signs of a pair of singular
 * vectors are whatever the decomposition chose.
 */
final class Svd {

    private final double[] values;
    private final DMatrixRMaj u;
    private final DMatrixRMaj v;

    private Svd(double[] values, DMatrixRMaj u, DMatrixRMaj v) {
        this.values = values;
        this.u = u;
        this.v = v;
    }

    /** The decomposition of the row-major {@code rows x cols} matrix {@code data} (finite values). */
    static Svd of(double[] data, int rows, int cols) {
        DMatrixRMaj a = DMatrixRMaj.wrap(rows, cols, data.clone());
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, cols, true, true, true);
        if (!svd.decompose(a)) {
            throw new IllegalStateException("the singular value decomposition did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        double[] values = new double[Math.min(rows, cols)];
        for (int n = 0; n < values.length; n++) {
            values[n] = w.get(n, n);
        }
        return new Svd(values, u, v);
    }

    /** The singular values, largest first. */
    double[] values() {
        return values.clone();
    }

    /** The left singular vector of singular value {@code n} (column {@code n} of {@code U}), {@code rows} values. */
    double[] left(int n) {
        return column(u, n);
    }

    /** The right singular vector of singular value {@code n} (column {@code n} of {@code V}), {@code cols} values. */
    double[] right(int n) {
        return column(v, n);
    }

    private static double[] column(DMatrixRMaj m, int n) {
        double[] out = new double[m.numRows];
        for (int r = 0; r < out.length; r++) {
            out[r] = m.get(r, n);
        }
        return out;
    }
}
