package org.theorykit.landscape;

import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * Eigen-decomposition of the small symmetric tridiagonal T_m from Lanczos, by Smile's symmetric
 * eigensolver (LAPACK dsyevd through OpenBLAS): eigenvalues ascending, vectors as columns.
 */
final class TridiagonalEigen {

    final double[] values;
    private final Matrix vectors;

    TridiagonalEigen(double[] alpha, double[] beta) {
        int m = alpha.length;
        Matrix t = new Matrix(m, m);
        for (int i = 0; i < m; i++) {
            t.set(i, i, alpha[i]);
            if (i + 1 < m) {
                t.set(i + 1, i, beta[i]);
                t.set(i, i + 1, beta[i]);
            }
        }
        var evd = t.uplo(UPLO.LOWER).eigen(false, true, true);
        this.values = evd.wr;
        this.vectors = evd.Vr;
    }

    /** Component {@code row} of the unit eigenvector of eigenvalue {@code values[column]}. */
    double vector(int row, int column) {
        return vectors.get(row, column);
    }
}
