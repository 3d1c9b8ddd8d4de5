package org.theorykit;

import smile.stat.distribution.ChiSquareDistribution;
import smile.stat.distribution.GaussianDistribution;

/**
 * Whether an i.i.d. sample is consistent with N(mean, variance): a two-sided z-test on the sample mean
 * and a two-sided χ²(N) test on Σ(x − mean)²/variance, each at level α/2, so a sample from the law fails
 * with probability at most α. Shared by the samplers' stationary-law tests (optim's SGLD, dynamics'
 * Langevin particles).
 */
public final class GaussianSampleCheck {

    private GaussianSampleCheck() {
    }

    public static boolean consistent(double[] x, double mean, double variance, double alpha) {
        int n = x.length;
        double sum = 0;
        double squares = 0;
        for (double v : x) {
            sum += v;
            squares += (v - mean) * (v - mean);
        }
        double z = Math.abs(sum / n - mean) / Math.sqrt(variance / n);
        double zLimit = GaussianDistribution.getInstance().quantile(1 - alpha / 4);
        var chiSquare = new ChiSquareDistribution(n);
        double statistic = squares / variance;
        return z <= zLimit && statistic >= chiSquare.quantile(alpha / 4) && statistic <= chiSquare.quantile(1 - alpha / 4);
    }
}
