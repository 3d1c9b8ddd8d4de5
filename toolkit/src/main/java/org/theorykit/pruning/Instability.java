package org.theorykit.pruning;

import org.theorykit.Arguments;
import org.theorykit.landscape.Margins;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Model;

/**
 * The error barrier on the segment between two networks (Frankle, Dziugaite, Roy &amp; Carbin 2020,
 * arXiv:1912.05671, §2 "instability analysis", Definition 1): with e(α) the classification error of
 * (1 − α)θ_a + αθ_b, the barrier is max_α e(α) − (e(0) + e(1))/2, over α on an evenly spaced grid.
 * Two copies of one network trained from the same state with different data orders are stable when the
 * barrier is about zero (they found it within 2 % for stable nets).
 *
 * @param alphas  the grid, from 0 to 1
 * @param errors  e(α) on the grid
 * @param barrier the error barrier
 */
public record Instability(double[] alphas, double[] errors, double barrier) {

    /**
     * Instability analysis of a (sparse) network (Frankle et al. 2020, §2 and §5, Figures 3 and 5): two copies
     * start from θ_k = {@code start} under {@code mask} (pruned coordinates zero) and train the remaining
     * iterations with the data orders of {@code seedA} and {@code seedB}; the barrier is measured on
     * {@code data} between their end points. With the dense mask this is the dense analysis.
     *
     * @param a       the first copy's run
     * @param b       the second copy's run
     * @param segment the error along the segment between their end points
     */
    public record Copies(SparseTrainer.Run a, SparseTrainer.Run b, Instability segment) {

        public static Copies train(SparseTrainer trainer, double[] start, Mask mask, long k, long seedA, long seedB,
                                   Dataset data, int points) {
            Arguments.notNull("trainer", trainer);
            SparseTrainer.Run a = trainer.train(start, mask, k, seedA);
            SparseTrainer.Run b = trainer.train(start, mask, k, seedB);
            return new Copies(a, b, between(trainer.model(), a.theta(), b.theta(), data, points));
        }
    }

    /** The barrier between θ_a and θ_b on {@code data} (labels as class indices), on {@code points} ≥ 2 grid points. */
    public static Instability between(Model model, double[] thetaA, double[] thetaB, Dataset data, int points) {
        Arguments.notNull("model", model);
        Arguments.vector("thetaA", thetaA, model.parameterCount());
        Arguments.vector("thetaB", thetaB, model.parameterCount());
        Arguments.inRange("points", points, 2, 10_000);
        double[] alphas = new double[points];
        double[] errors = new double[points];
        double[] theta = new double[thetaA.length];
        double worst = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < points; j++) {
            double alpha = (double) j / (points - 1);
            for (int i = 0; i < theta.length; i++) {
                theta[i] = (1 - alpha) * thetaA[i] + alpha * thetaB[i];
            }
            alphas[j] = alpha;
            errors[j] = 1 - Margins.of(model, theta, data).accuracy();
            worst = Math.max(worst, errors[j]);
        }
        return new Instability(alphas, errors, worst - (errors[0] + errors[points - 1]) / 2);
    }
}
