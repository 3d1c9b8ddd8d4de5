package org.theorykit.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.theorykit.objective.HessianVectorProduct;
import smile.math.MathEx;

/**
 * The symmetric Lanczos process with full reorthogonalization (Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., Alg. 10.1.1 with §10.3.1): builds an orthonormal basis Q_m of the Krylov
 * space K_m(H, q₁) and the tridiagonal T_m = Q_mᵀHQ_m from products H·v only, so that
 * HQ_m = Q_mT_m + β_m q_{m+1}e_mᵀ. Each new vector is orthogonalized twice against all previous ones
 * ("twice is enough"), which keeps Ritz values free of spurious copies.
 *
 * <p>On breakdown (β ≈ 0: the Krylov space is invariant) the process either stops — right for
 * quadrature, whose Gauss rule is then exact — or restarts with a random vector orthogonal to Q with
 * coupling β = 0, so repeated eigenvalues are found with their multiplicity.
 */
final class LanczosProcess {

    private static final double BREAKDOWN = 1e-10;

    private final HessianVectorProduct hessian;
    private final boolean restartOnBreakdown;
    private final SplittableRandom random;
    private final List<double[]> basis = new ArrayList<>();
    private final int dimension;
    private double[] alpha = new double[16];
    private double[] beta = new double[16];
    private double[] next;
    private double scale;
    private boolean exhausted;

    LanczosProcess(HessianVectorProduct hessian, double[] start, boolean restartOnBreakdown, SplittableRandom random) {
        this.hessian = hessian;
        this.restartOnBreakdown = restartOnBreakdown;
        this.random = random;
        this.dimension = start.length;
        this.next = start.clone();
        Vectors.scale(next, 1 / MathEx.norm(next));
    }

    /** Runs until {@code steps} basis vectors exist, the dimension is reached, or (without restarts) breakdown. */
    void extendTo(int steps) {
        int p = dimension;
        while (basis.size() < Math.min(steps, p) && !exhausted) {
            int j = basis.size();
            double[] q = next;
            basis.add(q);
            ensureCapacity(j + 1);
            double[] w = new double[p];
            CheckedProducts.apply(hessian, q, w, "Lanczos step", j + 1);
            alpha[j] = MathEx.dot(q, w);
            orthogonalizeTwice(w);
            beta[j] = MathEx.norm(w);
            scale = Math.max(scale, Math.abs(alpha[j]) + beta[j]);
            if (beta[j] > BREAKDOWN * scale) {
                Vectors.scale(w, 1 / beta[j]);
                next = w;
            } else if (restartOnBreakdown && j + 1 < p) {
                next = randomOrthogonalUnitVector();
                beta[j] = 0;
            } else {
                exhausted = j + 1 < p;
                beta[j] = 0;
            }
        }
    }

    int steps() {
        return basis.size();
    }

    /** α₁..α_m, the diagonal of T_m. */
    double[] alpha() {
        return Arrays.copyOf(alpha, steps());
    }

    /** β₁..β_m: β_i couples i and i+1 in T_m for i &lt; m; β_m is the residual coupling to q_{m+1}. */
    double[] beta() {
        return Arrays.copyOf(beta, steps());
    }

    double[] basisVector(int i) {
        return basis.get(i);
    }

    private void orthogonalizeTwice(double[] w) {
        for (int pass = 0; pass < 2; pass++) {
            for (double[] q : basis) {
                Vectors.addScaled(w, -MathEx.dot(q, w), q);
            }
        }
    }

    private double[] randomOrthogonalUnitVector() {
        double[] v = new double[dimension];
        Vectors.fillGaussian(v, random);
        orthogonalizeTwice(v);
        Vectors.scale(v, 1 / MathEx.norm(v));
        return v;
    }

    private void ensureCapacity(int size) {
        if (size > alpha.length) {
            alpha = Arrays.copyOf(alpha, 2 * size);
            beta = Arrays.copyOf(beta, 2 * size);
        }
    }
}
