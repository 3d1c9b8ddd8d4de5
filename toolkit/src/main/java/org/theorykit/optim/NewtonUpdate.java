package org.theorykit.optim;

import java.util.Arrays;
import org.theorykit.objective.HessianObjective;
import org.theorykit.objective.HessianVectorProduct;
import org.theorykit.linalg.KrylovSubspace;
import org.theorykit.linalg.SymmetricEigen;

/**
 * Newton and saddle-free Newton steps inside an adaptive trust region (Nocedal &amp; Wright, Numerical
 * Optimization, 2nd ed., Algorithm 4.1). The curvature comes from the eigen-decomposition
 * H = Σ λ_i v_i v_iᵀ, in all of R^p when p ≤ k (the dense Hessian from p exact products) and otherwise
 * in the Krylov space K_k(H, ∇L) built by Lanczos from the gradient (Dauphin et al. 2014,
 * arXiv:1406.2572, §6). With c_i = v_iᵀ∇L, a step s = Σ y_i v_i and the damped eigenvalues
 * d_i = sign(λ_i)·max(|λ_i|, μ):
 * <ul>
 * <li>saddle-free Newton minimizes L with the model m(s) = L + ∇Lᵀs + ½ sᵀ|H|s, |H| = Σ |d_i| v_i v_iᵀ
 *     (their eq. 10); the unconstrained minimizer is −|H|⁻¹∇L, which moves downhill along negative
 *     curvature, away from a saddle. Merit: L.</li>
 * <li>Newton solves ∇L = 0 (it treats every critical point alike, Dauphin et al. §4): merit
 *     φ = ½‖∇L‖² with the model ½‖∇L + Hs‖² (Nocedal &amp; Wright §11.2); the unconstrained minimizer
 *     is the Newton step −H⁻¹∇L, which goes to a saddle as readily as to a minimum.</li>
 * </ul>
 * Each step minimizes its model in the ball ‖s‖ ≤ Δ/η (η the learning rate, 1 for the textbook method):
 * y_i(ν) = −c_i/(|d_i| + ν) resp. −d_i c_i/(d_i² + ν), with ν ≥ 0 the smallest value that keeps the step
 * in the ball (the exact subproblem solution of both convex models, N&amp;W Theorem 4.1 and §10.3);
 * the step taken is η·y. Then ρ = actual / predicted reduction of the merit function, and, as in
 * Algorithm 4.1: ρ &lt; ¼ → Δ ← Δ/4; ρ &gt; ¾ with the step on the boundary → Δ ← min(2Δ, Δ_max);
 * the step is taken only if ρ &gt; {@link #ACCEPT}, otherwise θ stays (and the next call reuses the
 * decomposition). A trial point with a non-finite loss has ρ = −∞. A step whose predicted reduction is
 * below 10⁻¹⁴·|merit| (rounding noise, at convergence) is not tried.
 */
final class NewtonUpdate implements UpdateRule {

    /** η of Algorithm 4.1, in [0, ¼): a step is accepted when ρ exceeds it. */
    static final double ACCEPT = 0.1;

    /** A predicted reduction below this fraction of |merit| is rounding noise: no step is tried. */
    private static final double ROUNDING = 1e-14;

    private final HessianObjective objective;
    private final boolean saddleFree;
    private final double damping;
    private final double maxRadius;
    private final int krylovDimension;
    private final int[] all;
    private double radius;
    private double[] modelTheta;
    private Model model;
    private double lastRatio = Double.NaN;
    private boolean lastAccepted;

    NewtonUpdate(HessianObjective objective, boolean saddleFree, double damping, double radius, double maxRadius,
                 int krylovDimension) {
        this.objective = objective;
        this.saddleFree = saddleFree;
        this.damping = damping;
        this.radius = radius;
        this.maxRadius = maxRadius;
        this.krylovDimension = krylovDimension;
        this.all = new int[objective.exampleCount()];
        Arrays.setAll(all, i -> i);
    }

    /**
     * The curvature model at θ in orthonormal coordinates: basis (null = the eigenvectors of the dense
     * H), eigenvectors of the projected H, damped eigenvalues d_i, gradient coordinates c_i, merit at θ.
     */
    record Model(double[][] basis, SymmetricEigen eigen, double[] d, double[] c, double merit) {

        /** The step y(ν) in eigen-coordinates for the given ν ≥ 0. */
        double[] coordinates(boolean saddleFree, double nu) {
            double[] y = new double[c.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = saddleFree ? -c[i] / (Math.abs(d[i]) + nu) : -d[i] * c[i] / (d[i] * d[i] + nu);
            }
            return y;
        }

        /** m(0) − m(s) for the step with coordinates y. */
        double predictedReduction(boolean saddleFree, double[] y) {
            double reduction = 0;
            for (int i = 0; i < y.length; i++) {
                reduction += saddleFree ? -(c[i] * y[i] + 0.5 * Math.abs(d[i]) * y[i] * y[i])
                        : 0.5 * (c[i] * c[i] - (c[i] + d[i] * y[i]) * (c[i] + d[i] * y[i]));
            }
            return reduction;
        }

        /** s = basis · (eigenvectors · y) in R^p. */
        double[] step(double[] y, int p) {
            double[] local = new double[y.length];
            for (int k = 0; k < y.length; k++) {
                for (int i = 0; i < local.length; i++) {
                    local[i] += y[k] * eigen.vectors()[k][i];
                }
            }
            if (basis == null) {
                return local;
            }
            double[] s = new double[p];
            for (int k = 0; k < basis.length; k++) {
                for (int i = 0; i < p; i++) {
                    s[i] += local[k] * basis[k][i];
                }
            }
            return s;
        }
    }

    /** Newton's step holds no state between steps. */
    @Override
    public UpdateRule copy() {
        return this;
    }

    @Override
    public void apply(double[] theta, double[] gradient, double learningRate) {
        if (model == null || !Arrays.equals(theta, modelTheta)) {
            model = dot(gradient, gradient) == 0 ? null : model(objective.hessianAt(theta), gradient,
                    theta.length > krylovDimension, merit(objective.loss(theta), gradient));
            modelTheta = theta.clone();
        }
        lastAccepted = false;
        lastRatio = Double.NaN;
        if (model == null) {
            return;
        }
        double nu = multiplier(radius / learningRate);
        double[] y = model.coordinates(saddleFree, nu);
        for (int i = 0; i < y.length; i++) {
            y[i] *= learningRate;
        }
        double predicted = model.predictedReduction(saddleFree, y);
        if (!(predicted > ROUNDING * Math.abs(model.merit()))) {
            return;
        }
        double[] trial = model.step(y, theta.length);
        for (int i = 0; i < trial.length; i++) {
            trial[i] += theta[i];
        }
        double trialMerit = merit(trial);
        lastRatio = Double.isFinite(trialMerit) ? (model.merit() - trialMerit) / predicted : Double.NEGATIVE_INFINITY;
        if (lastRatio < 0.25) {
            radius *= 0.25;
        } else if (lastRatio > 0.75 && nu > 0) {
            radius = Math.min(2 * radius, maxRadius);
        }
        if (lastRatio > ACCEPT) {
            System.arraycopy(trial, 0, theta, 0, theta.length);
            lastAccepted = true;
        }
    }

    /** The trust radius Δ for the next step. */
    double radius() {
        return radius;
    }

    /** ρ of the last call (NaN when no step was tried: zero gradient or a predicted reduction at rounding level). */
    double lastRatio() {
        return lastRatio;
    }

    /** Whether the last call moved θ. */
    boolean lastAccepted() {
        return lastAccepted;
    }

    /** The unconstrained step Δ (ν = 0, η = 1) for the Hessian h and gradient g: −|H|⁻¹g or −H⁻¹g. */
    double[] step(HessianVectorProduct h, double[] g) {
        if (dot(g, g) == 0) {
            return new double[g.length];
        }
        Model m = model(h, g, g.length > krylovDimension, Double.NaN);
        return m.step(m.coordinates(saddleFree, 0), g.length);
    }

    /** The model of the class comment, from the dense H (krylov false) or from K_k(H, g). */
    Model model(HessianVectorProduct h, double[] g, boolean krylov, double merit) {
        int p = g.length;
        double[][] basis = null;
        double[][] matrix;
        if (krylov) {
            KrylovSubspace subspace = KrylovSubspace.build(h::apply, g, krylovDimension);
            basis = subspace.basis();
            matrix = subspace.projection();
        } else {
            matrix = new double[p][];
            for (int j = 0; j < p; j++) {
                double[] e = new double[p];
                e[j] = 1;
                matrix[j] = new double[p];
                h.apply(e, matrix[j]);
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(matrix, "hessian");
        double[] reduced = basis == null ? g : project(basis, g);
        double[] d = eigen.values().clone();
        for (int i = 0; i < d.length; i++) {
            double size = Math.max(Math.abs(d[i]), damping);
            d[i] = saddleFree || d[i] >= 0 ? size : -size;
        }
        return new Model(basis, eigen, d, eigen.coordinates(reduced), merit);
    }

    /** The smallest ν ≥ 0 with ‖y(ν)‖ ≤ bound, by bisection (‖y(ν)‖ falls strictly with ν). */
    private double multiplier(double bound) {
        if (norm(model.coordinates(saddleFree, 0)) <= bound) {
            return 0;
        }
        double low = 0;
        double high = damping;
        while (norm(model.coordinates(saddleFree, high)) > bound) {
            low = high;
            high *= 4;
        }
        for (int i = 0; i < 200 && high - low > 1e-14 * high; i++) {
            double mid = 0.5 * (low + high);
            if (norm(model.coordinates(saddleFree, mid)) > bound) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    private double merit(double[] trial) {
        if (saddleFree) {
            return objective.loss(trial);
        }
        double[] g = new double[trial.length];
        return merit(objective.lossAndGradient(trial, all, 0, all.length, g), g);
    }

    private double merit(double loss, double[] g) {
        return saddleFree ? loss : Double.isFinite(loss) ? 0.5 * dot(g, g) : Double.NaN;
    }

    private static double[] project(double[][] basis, double[] g) {
        double[] out = new double[basis.length];
        for (int k = 0; k < basis.length; k++) {
            out[k] = dot(basis[k], g);
        }
        return out;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
