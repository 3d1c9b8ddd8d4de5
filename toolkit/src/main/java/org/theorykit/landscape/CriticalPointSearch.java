package org.theorykit.landscape;

import org.theorykit.Arguments;
import org.theorykit.linalg.SymmetricEigen;
import org.theorykit.nn.SupervisedObjective;

/**
 * Critical points of a small model's loss, found by minimizing φ(θ) = ½‖∇L(θ)‖² with damped
 * Gauss–Newton (Levenberg–Marquardt) on the residual r(θ) = ∇L(θ), whose Jacobian is the Hessian H:
 * Δ = −(H² + μI)⁻¹H∇L. It uses exact H·v only (the dense H from p R-operator products, Pearlmutter
 * 1994); μ shrinks after a step that lowers φ and grows after one that does not, so the iteration is
 * Newton's Δ = −H⁻¹∇L near a non-degenerate critical point and gradient descent on φ far from one.
 * In H's eigenbasis Δ = −Σ v_k λ_k(v_kᵀ∇L)/(λ_k² + μ): this is the least-squares idea of Newton-MR
 * (Roosta, Liu, Xu, Chen 2018, arXiv:1810.07357) as used for neural-network critical points by Frye
 * et al. 2021 (arXiv:2003.10397), computed exactly because p is small.
 *
 * <p>A run that stalls with ‖∇L‖ above the tolerance is <em>rejected</em>: it has usually stopped
 * at a gradient-flat point, where ∇L lies (nearly) in H's null space so ∇φ = H∇L ≈ 0 although
 * ∇L ≠ 0 (Frye et al., §3). {@link Point#flatness()} = ‖H∇L‖/(‖H‖₂‖∇L‖) measures that. Accepted
 * points get their index: the fraction of Hessian eigenvalues below −{@code eigenTolerance}·max|λ|
 * (Dauphin et al. 2014, arXiv:1406.2572, §2 and Figure 1).
 */
public final class CriticalPointSearch {

    /**
     * @param maxIterations     Levenberg–Marquardt iterations per start
     * @param gradientTolerance accept a point when ‖∇L‖ ≤ this
     * @param eigenTolerance    eigenvalues below −eigenTolerance·max|λ| count as negative
     */
    public record Settings(int maxIterations, double gradientTolerance, double eigenTolerance) {
        public Settings {
            Arguments.atLeast("maxIterations", maxIterations, 1);
            Arguments.positiveFinite("gradientTolerance", gradientTolerance);
            Arguments.positiveFinite("eigenTolerance", eigenTolerance);
        }
    }

    /**
     * Where a search ended: θ, L(θ), ‖∇L(θ)‖, the index (NaN when rejected), iterations used,
     * whether ‖∇L‖ met the tolerance, the gradient-flatness ‖H∇L‖/(‖H‖₂‖∇L‖), and H's eigenvalues.
     */
    public record Point(double[] theta, double loss, double gradientNorm, double index, int iterations,
                        boolean accepted, double flatness, double[] eigenvalues) {
    }

    private static final double MAX_DAMPING_RATIO = 1e14;

    private CriticalPointSearch() {
    }

    /** One search from {@code start}; stops early (not accepted) when the thread is interrupted. */
    public static Point search(SupervisedObjective objective, double[] start, Settings settings) {
        Arguments.notNull("objective", objective);
        Arguments.notNull("settings", settings);
        Arguments.vector("start", start, objective.parameterCount());
        int p = start.length;
        double[] theta = start.clone();
        double[] gradient = new double[p];
        double loss = objective.lossAndGradient(theta, gradient);
        double phi = 0.5 * dot(gradient, gradient);
        SymmetricEigen eigen = SymmetricEigen.of(objective.hessian(theta), "hessian");
        double mu = Math.max(1e-3 * square(spectralNorm(eigen)), Double.MIN_NORMAL);
        int iteration = 0;
        double[] trial = new double[p];
        double[] trialGradient = new double[p];
        while (Math.sqrt(2 * phi) > settings.gradientTolerance() && iteration < settings.maxIterations()
                && !Thread.currentThread().isInterrupted()) {
            iteration++;
            double[] c = eigen.coordinates(gradient);
            double lambdaMax2 = Math.max(square(spectralNorm(eigen)), Double.MIN_NORMAL);
            boolean improved = false;
            while (!improved && mu <= MAX_DAMPING_RATIO * lambdaMax2) {
                System.arraycopy(theta, 0, trial, 0, p);
                for (int k = 0; k < p; k++) {
                    double lambda = eigen.values()[k];
                    double coefficient = -lambda * c[k] / (lambda * lambda + mu);
                    for (int i = 0; i < p; i++) {
                        trial[i] += coefficient * eigen.vectors()[k][i];
                    }
                }
                double trialLoss = objective.lossAndGradient(trial, trialGradient);
                double trialPhi = 0.5 * dot(trialGradient, trialGradient);
                if (Double.isFinite(trialLoss) && trialPhi < phi) {
                    improved = true;
                    System.arraycopy(trial, 0, theta, 0, p);
                    System.arraycopy(trialGradient, 0, gradient, 0, p);
                    loss = trialLoss;
                    phi = trialPhi;
                    mu = Math.max(mu / 3, 1e-16 * lambdaMax2);
                } else {
                    mu *= 4;
                }
            }
            if (!improved) {
                break;
            }
            eigen = SymmetricEigen.of(objective.hessian(theta), "hessian");
        }
        double gradientNorm = Math.sqrt(2 * phi);
        boolean accepted = gradientNorm <= settings.gradientTolerance();
        return new Point(theta, loss, gradientNorm, accepted ? eigen.negativeFraction(settings.eigenTolerance())
                : Double.NaN, iteration, accepted, flatness(eigen, gradient), eigen.values());
    }

    /** ‖H g‖/(‖H‖₂‖g‖): 0 when g lies in H's null space (gradient-flat), 1 when along the top eigenvector. */
    static double flatness(SymmetricEigen eigen, double[] g) {
        double[] c = eigen.coordinates(g);
        double hg = 0;
        for (int k = 0; k < c.length; k++) {
            hg += square(eigen.values()[k] * c[k]);
        }
        double norm = Math.sqrt(dot(g, g)) * spectralNorm(eigen);
        return norm == 0 ? 0 : Math.sqrt(hg) / norm;
    }

    private static double spectralNorm(SymmetricEigen eigen) {
        double[] v = eigen.values();
        return Math.max(Math.abs(v[0]), Math.abs(v[v.length - 1]));
    }

    private static double square(double x) {
        return x * x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
