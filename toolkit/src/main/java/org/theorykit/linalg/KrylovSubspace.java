package org.theorykit.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * An orthonormal basis Q_m of the Krylov space K_m(A, s) = span{s, As, …, A^{m−1}s} of a symmetric
 * operator given by products only, and the projection T_m = Q_mᵀAQ_m (tridiagonal), by the Lanczos
 * process with full reorthogonalization (Golub &amp; Van Loan, Matrix Computations, 4th ed., Alg.
 * 10.1.1). It stops early when the space becomes invariant (β ≈ 0). Saddle-free Newton builds its
 * curvature model in this space started at the gradient (Dauphin et al. 2014, arXiv:1406.2572, §6),
 * so the gradient lies in the space exactly.
 */
public record KrylovSubspace(double[][] basis, double[][] projection) {

    private static final double BREAKDOWN = 1e-12;

    /** Up to {@code dimension} Lanczos steps of {@code operator} (out = A·v) from {@code start} (non-zero). */
    public static KrylovSubspace build(BiConsumer<double[], double[]> operator, double[] start, int dimension) {
        int p = start.length;
        double startNorm = norm(start);
        if (!(startNorm > 0) || !Double.isFinite(startNorm)) {
            throw new IllegalArgumentException("start must be finite and non-zero, got norm " + startNorm);
        }
        List<double[]> q = new ArrayList<>();
        List<Double> alpha = new ArrayList<>();
        List<Double> beta = new ArrayList<>();
        double[] next = scaled(start, 1 / startNorm);
        double scale = 0;
        while (q.size() < Math.min(dimension, p)) {
            q.add(next);
            double[] w = new double[p];
            operator.accept(next, w);
            alpha.add(dot(next, w));
            for (int pass = 0; pass < 2; pass++) {
                for (double[] basisVector : q) {
                    double c = dot(basisVector, w);
                    for (int i = 0; i < p; i++) {
                        w[i] -= c * basisVector[i];
                    }
                }
            }
            double b = norm(w);
            scale = Math.max(scale, Math.abs(alpha.get(alpha.size() - 1)) + b);
            if (!(b > BREAKDOWN * scale)) {
                break;
            }
            beta.add(b);
            next = scaled(w, 1 / b);
        }
        int m = q.size();
        double[][] t = new double[m][m];
        for (int i = 0; i < m; i++) {
            t[i][i] = alpha.get(i);
            if (i + 1 < m) {
                t[i][i + 1] = beta.get(i);
                t[i + 1][i] = beta.get(i);
            }
        }
        return new KrylovSubspace(q.toArray(new double[0][]), t);
    }

    /** m, the dimension reached. */
    public int dimension() {
        return basis.length;
    }

    private static double[] scaled(double[] v, double c) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = c * v[i];
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
