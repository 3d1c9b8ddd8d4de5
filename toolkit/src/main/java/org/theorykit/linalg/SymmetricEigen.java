package org.theorykit.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * The eigen-decomposition A = Σ λ_i v_i v_iᵀ of a small dense symmetric matrix (LAPACK's symmetric
 * solver through Smile), after checking that A is square, finite and symmetric to
 * {@value #SYMMETRY_TOLERANCE}·max|A_ij|: a Hessian that fails these checks is a bug upstream, and
 * silently symmetrizing it would hide that. Eigenvalues ascending; {@code vectors[i]} is the unit
 * eigenvector of {@code values[i]}.
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

    /** Largest accepted |A_ij − A_ji| relative to max|A_ij|. */
    public static final double SYMMETRY_TOLERANCE = 1e-8;

    /** Decomposes {@code a}; {@code name} names the argument in the error (e.g. "hessian"). */
    public static SymmetricEigen of(double[][] a, String name) {
        int p = checkSymmetric(a, name);
        Matrix m = new Matrix(p, p);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                m.set(i, j, 0.5 * (a[i][j] + a[j][i]));
            }
        }
        var evd = m.uplo(UPLO.LOWER).eigen(false, true, true);
        Integer[] order = IntStream.range(0, p).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> evd.wr[i]));
        double[] values = new double[p];
        double[][] vectors = new double[p][p];
        for (int k = 0; k < p; k++) {
            values[k] = evd.wr[order[k]];
            for (int i = 0; i < p; i++) {
                vectors[k][i] = evd.Vr.get(i, order[k]);
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /**
     * The fraction of eigenvalues below −relativeTolerance·max|λ| (the index of a critical point when A
     * is its Hessian): eigenvalues within the tolerance of 0 count as non-negative.
     */
    public double negativeFraction(double relativeTolerance) {
        double max = Arrays.stream(values).map(Math::abs).max().orElse(0);
        return Arrays.stream(values).filter(v -> v < -relativeTolerance * max).count() / (double) values.length;
    }

    /** v_iᵀ x for every eigenvector: x in the eigenbasis. */
    public double[] coordinates(double[] x) {
        double[] c = new double[values.length];
        for (int k = 0; k < c.length; k++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += vectors[k][i] * x[i];
            }
            c[k] = s;
        }
        return c;
    }

    private static int checkSymmetric(double[][] a, String name) {
        if (a == null || a.length == 0) {
            throw new IllegalArgumentException(name + " must be a non-empty square matrix, got "
                    + (a == null ? "null" : "0 rows"));
        }
        int p = a.length;
        double max = 0;
        for (int i = 0; i < p; i++) {
            if (a[i] == null || a[i].length != p) {
                throw new IllegalArgumentException(name + " must be square (" + p + " × " + p + "), row " + i
                        + " has length " + (a[i] == null ? "null" : a[i].length));
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException(name + " must be finite, got " + name + "[" + i + "][" + j
                            + "] = " + a[i][j]);
                }
                max = Math.max(max, Math.abs(a[i][j]));
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > SYMMETRY_TOLERANCE * max) {
                    throw new IllegalArgumentException(name + " must be symmetric, got " + name + "[" + i + "][" + j
                            + "] = " + a[i][j] + " but " + name + "[" + j + "][" + i + "] = " + a[j][i]);
                }
            }
        }
        return p;
    }
}
