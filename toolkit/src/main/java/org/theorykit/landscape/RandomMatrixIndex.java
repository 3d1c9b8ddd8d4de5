package org.theorykit.landscape;

import java.util.SplittableRandom;
import org.theorykit.Arguments;
import org.theorykit.linalg.SymmetricEigen;

/**
 * The index (fraction of negative eigenvalues) of random symmetric matrices from the Gaussian
 * orthogonal ensemble, A = (G + Gᵀ)/√(2N) with G_ij ~ N(0, 1): its eigenvalues fill Wigner's
 * semicircle on [−2, 2], the index concentrates at 1/2, and all N eigenvalues are positive with
 * probability exp(−Θ(N²)) (Dean &amp; Majumdar 2006, PRL 97, 160201). A shift A + sI models a critical
 * point at "energy" s (Bray &amp; Dean 2007, PRL 98, 150201): the higher the error, the more negative
 * directions. This is the random-matrix heuristic behind Dauphin et al. 2014 (arXiv:1406.2572, §2).
 */
public final class RandomMatrixIndex {

    private RandomMatrixIndex() {
    }

    /** One N × N GOE matrix scaled as in the class comment. */
    public static double[][] goe(int n, SplittableRandom random) {
        Arguments.positive("n", n);
        Arguments.notNull("random", random);
        double[][] a = new double[n][n];
        double scale = 1 / Math.sqrt(2.0 * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double g = (random.nextGaussian() + random.nextGaussian()) * scale;
                a[i][j] = i == j ? Math.sqrt(2) * g : g;
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    /** The indices of {@code samples} matrices A + shift·I with A ~ GOE(n), seeded. */
    public static double[] indices(int n, double shift, int samples, long seed) {
        Arguments.positive("samples", samples);
        Arguments.finite("shift", shift);
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[samples];
        for (int s = 0; s < samples; s++) {
            double[][] a = goe(n, random);
            for (int i = 0; i < n; i++) {
                a[i][i] += shift;
            }
            double[] values = SymmetricEigen.of(a, "matrix").values();
            int negative = 0;
            for (double v : values) {
                negative += v < 0 ? 1 : 0;
            }
            out[s] = negative / (double) n;
        }
        return out;
    }
}
