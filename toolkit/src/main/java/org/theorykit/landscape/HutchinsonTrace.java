package org.theorykit.landscape;

import java.util.SplittableRandom;
import org.theorykit.objective.HessianVectorProduct;
import smile.math.MathEx;
import org.theorykit.Arguments;

/**
 * Hutchinson's trace estimator (Hutchinson 1990, Commun. Stat. Simul. Comput. 19(2)): with
 * Rademacher probes z, E[zᵀHz] = tr H and Var[zᵀHz] = 2Σ_{i≠j}H_ij², the smallest variance among
 * i.i.d. probes. The estimate is the mean of m probes with standard error s/√m (s the sample
 * standard deviation). Used for Hessian traces by Yao et al. 2020 (PyHessian, arXiv:1912.07145).
 */
public final class HutchinsonTrace {

    /** The estimate tr H ≈ mean with its standard error over {@code probes} probes. */
    public record Estimate(double trace, double standardError, int probes) {
    }

    private HutchinsonTrace() {
    }

    /** Estimates tr H from {@code probes} ≥ 2 Rademacher probes. */
    public static Estimate estimate(HessianVectorProduct hessian, int probes, long seed) {
        int p = Vectors.dimension(hessian);
        Arguments.inRange("probes", probes, 2, Integer.MAX_VALUE);
        SplittableRandom random = new SplittableRandom(seed);
        double[] z = new double[p];
        double[] hz = new double[p];
        double mean = 0;
        double sumSquares = 0;
        for (int i = 1; i <= probes; i++) {
            Vectors.fillRademacher(z, random);
            CheckedProducts.apply(hessian, z, hz, "Hutchinson probe", i);
            double sample = MathEx.dot(z, hz);
            double delta = sample - mean;
            mean += delta / i;
            sumSquares += delta * (sample - mean);
        }
        return new Estimate(mean, Math.sqrt(sumSquares / (probes - 1) / probes), probes);
    }
}
