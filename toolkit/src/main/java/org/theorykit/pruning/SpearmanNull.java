package org.theorykit.pruning;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.theorykit.Arguments;

/**
 * The null distribution of Spearman's rank correlation for m untied points (no association: every ordering
 * of one ranking against the other equally likely), by Monte Carlo over random permutations:
 * ρ = 1 − 6 Σ d_i² / (m(m² − 1)) with d_i the rank differences (Spearman 1904). Its upper quantiles are the
 * thresholds a rank correlation measured on m networks must pass before it says more than sampling noise;
 * for large m, ρ is about normal with standard deviation 1/√(m − 1).
 */
public final class SpearmanNull {

    private SpearmanNull() {
    }

    /** The q-quantile of ρ under the null for m points, from {@code draws} random permutations of {@code seed}. */
    public static double quantile(int m, double q, int draws, long seed) {
        Arguments.inRange("m", m, 3, 1_000_000);
        Arguments.halfOpen("q", q, 0, 1);
        Arguments.inRange("draws", draws, 100, 100_000_000);
        SplittableRandom random = new SplittableRandom(seed);
        double[] rho = new double[draws];
        int[] order = new int[m];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            double sum = 0;
            for (int i = m - 1; i >= 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
                sum += (double) (order[i] - i) * (order[i] - i);
            }
            rho[d] = 1 - 6 * sum / ((double) m * ((double) m * m - 1));
        }
        Arrays.sort(rho);
        return rho[Math.max(0, (int) Math.ceil(q * draws) - 1)];
    }
}
