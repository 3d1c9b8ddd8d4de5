package org.theorykit.experiment.robust;

import org.theorykit.Seeds;
import java.util.SplittableRandom;
import org.theorykit.data.PointSampler;
import org.theorykit.data.Samplers;
import org.theorykit.experiment.Params;
import org.theorykit.robust.LawOfRobustness;

/**
 * The data of one point of the {@link RobustnessLawExperiment} sweep: n covariates from the law named by
 * the {@code distribution} parameter (the sphere S^(d−1), the Gaussian N(0, I/d), or N(0, I/m) on a random
 * m-subspace — Bubeck–Sellke 2021, arXiv:2105.12806, Definition 1.1 and its isoperimetry examples) and
 * ±1 labels with a chosen noise level.
 */
final class RobustnessData {

    /**
     * The covariate law of one data set, the dimension its law of robustness uses, and its isoperimetry
     * constant against the ambient d (Theorem 3's c).
     *
     * @param law          the inputs' distribution (training inputs and fresh samples both come from it)
     * @param lawDimension d for the sphere and the Gaussian (full-dimensional: c = O(1) against d; the
     *                     sphere's manifold dimension d − 1 is absorbed in c = d/(d − 2)), m for subspace data
     * @param isoperimetry c against the ambient d: d/(d − 2), 1, or d/m ({@link LawOfRobustness#subspaceIsoperimetry})
     */
    record Covariates(PointSampler law, int lawDimension, double isoperimetry) {
    }

    /** The covariates named by the distribution parameter; errors name the parameter and what is accepted. */
    static Covariates covariates(Params params, int d, long seed) {
        String distribution = params.getString("distribution");
        return switch (distribution) {
            case "sphere" -> new Covariates(Samplers.sphere(d), d, LawOfRobustness.sphereIsoperimetry(d));
            case "gaussian" -> new Covariates(Samplers.gaussian(d), d, LawOfRobustness.GAUSSIAN_ISOPERIMETRY);
            case "subspace" -> {
                int m = params.getInt("subspace_dim");
                if (m >= d) {
                    throw new IllegalArgumentException("parameter 'subspace_dim' must be < every d in dims (1 <= m < d), got "
                            + m + " with d = " + d);
                }
                yield new Covariates(Samplers.linearSubspace(d, m, Seeds.derive(seed, "frame")), m,
                        LawOfRobustness.subspaceIsoperimetry(d, m));
            }
            default -> throw new IllegalArgumentException("parameter 'distribution' must be sphere, gaussian or subspace, got '"
                    + distribution + "'");
        };
    }

    /**
     * Labels ±1: with probability {@code noise} a fair coin, otherwise sign(x_1) (a smooth rule's label).
     * noise = 1 is pure noise, σ² = E Var(y|x) = 1; in general E[y|x] = (1 − noise)·sign(x_1) and
     * σ² = 1 − (1 − noise)².
     */
    static double[] labels(double[][] x, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            boolean coin = random.nextBoolean();
            y[i] = random.nextDouble() < noise ? (coin ? 1 : -1) : (x[i][0] >= 0 ? 1 : -1);
        }
        return y;
    }

    private RobustnessData() {
    }
}
