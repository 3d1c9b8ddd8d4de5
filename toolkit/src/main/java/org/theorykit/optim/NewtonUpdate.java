package org.theorykit.optim;

import org.theorykit.objective.HessianObjective;
import org.theorykit.objective.HessianVectorProduct;
import org.theorykit.linalg.KrylovSubspace;
import org.theorykit.linalg.SymmetricEigen;

/**
 * One damped Newton step θ ← θ + η·Δ from the eigen-decomposition H = Σ λ_i v_i v_iᵀ, in all of R^p
 * when p ≤ k (the dense Hessian from p exact products) and otherwise in the Krylov space K_k(H, ∇L)
 * built by Lanczos from the gradient (Dauphin et al. 2014, arXiv:1406.2572, §6), with
 * Δ = −Σ_i (v_iᵀ∇L) v_i / d(λ_i):
 * <ul>
 * <li>Newton: d(λ) = sign(λ)·max(|λ|, μ) — the step to the critical point of the local quadratic,
 *     which is attracted by saddles as much as by minima (Dauphin et al., §4);</li>
 * <li>saddle-free Newton: d(λ) = max(|λ|, μ), i.e. Δ = −|H|⁻¹∇L (their eq. 10): along negative
 *     curvature it moves downhill, away from the saddle.</li>
 * </ul>
 * μ &gt; 0 (damping) bounds the step along flat directions; a step longer than the trust radius r is
 * shortened to length r (a fixed trust region).
 */
final class NewtonUpdate implements UpdateRule {

    private final HessianObjective objective;
    private final boolean saddleFree;
    private final double damping;
    private final double trustRadius;
    private final int krylovDimension;

    NewtonUpdate(HessianObjective objective, boolean saddleFree, double damping, double trustRadius,
                 int krylovDimension) {
        this.objective = objective;
        this.saddleFree = saddleFree;
        this.damping = damping;
        this.trustRadius = trustRadius;
        this.krylovDimension = krylovDimension;
    }

    @Override
    public void apply(double[] theta, double[] gradient, double learningRate) {
        double[] step = step(objective.hessianAt(theta), gradient);
        double norm = Math.sqrt(dot(step, step));
        double shrink = norm > trustRadius ? trustRadius / norm : 1.0;
        for (int i = 0; i < theta.length; i++) {
            theta[i] += learningRate * shrink * step[i];
        }
    }

    /** Δ (see the class comment) for the Hessian h and gradient g. */
    double[] step(HessianVectorProduct h, double[] g) {
        int p = g.length;
        double[] step = new double[p];
        if (dot(g, g) == 0) {
            return step;
        }
        double[][] basis;
        double[][] matrix;
        if (p <= krylovDimension) {
            basis = null;
            matrix = new double[p][];
            for (int j = 0; j < p; j++) {
                double[] e = new double[p];
                e[j] = 1;
                matrix[j] = new double[p];
                h.apply(e, matrix[j]);
            }
        } else {
            KrylovSubspace krylov = KrylovSubspace.build(h::apply, g, krylovDimension);
            basis = krylov.basis();
            matrix = krylov.projection();
        }
        SymmetricEigen eigen = SymmetricEigen.of(matrix, "hessian");
        double[] reduced = basis == null ? g : project(basis, g);
        double[] c = eigen.coordinates(reduced);
        double[] local = new double[reduced.length];
        for (int k = 0; k < c.length; k++) {
            double lambda = eigen.values()[k];
            double size = Math.max(Math.abs(lambda), damping);
            double d = saddleFree || lambda >= 0 ? size : -size;
            for (int i = 0; i < local.length; i++) {
                local[i] -= c[k] / d * eigen.vectors()[k][i];
            }
        }
        if (basis == null) {
            return local;
        }
        for (int k = 0; k < basis.length; k++) {
            for (int i = 0; i < p; i++) {
                step[i] += local[k] * basis[k][i];
            }
        }
        return step;
    }

    private static double[] project(double[][] basis, double[] g) {
        double[] out = new double[basis.length];
        for (int k = 0; k < basis.length; k++) {
            out[k] = dot(basis[k], g);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
