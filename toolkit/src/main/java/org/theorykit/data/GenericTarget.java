package org.theorykit.data;

import org.theorykit.Arguments;
import org.theorykit.Seeds;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generic smooth (not hierarchically local compositional) function of all n variables, for
 * contrast with {@code compositionality.CompositionalTarget}: a random sum of K Gaussian bumps
 * g(x) = c·Σ_k s_k exp(−|x − μ_k|² / (2w²)), centres μ_k uniform in [−1, 1]^n, signs s_k = ±1,
 * width w = widthFactor·√n (so a bump covers a comparable share of the cube at every n), and the
 * scale c set so that Var g under U[−1, 1]^n equals a requested variance (estimated once by Monte
 * Carlo with a fixed seed). Every bump depends on every variable, so no tree of 2-variable
 * functions represents it.
 */
public final class GenericTarget implements MultivariateTarget {

    private final int n;
    private final double[] centres;
    private final double[] signs;
    private final double inverseTwoWidthSquared;
    private final double scale;
    private final String description;

    private GenericTarget(int n, double[] centres, double[] signs, double width, double scale, String description) {
        this.n = n;
        this.centres = centres;
        this.signs = signs;
        this.inverseTwoWidthSquared = 1 / (2 * width * width);
        this.scale = scale;
        this.description = description;
    }

    /**
     * K random Gaussian bumps in n variables, rescaled to {@code variance}.
     *
     * @param n           input dimension, >= 1
     * @param bumps       K >= 1
     * @param widthFactor w/√n > 0
     * @param variance    target variance > 0
     * @param seed        seeds the centres and signs
     */
    public static GenericTarget gaussianBumps(int n, int bumps, double widthFactor, double variance, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + "; accepted: an integer >= 1");
        }
        if (bumps < 1) {
            throw new IllegalArgumentException("bumps = " + bumps + "; accepted: an integer >= 1");
        }
        if (!(widthFactor > 0) || !Double.isFinite(widthFactor)) {
            throw new IllegalArgumentException("widthFactor = " + widthFactor + "; accepted: a finite number > 0");
        }
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("variance = " + variance + "; accepted: a finite number > 0");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] centres = new double[bumps * n];
        double[] signs = new double[bumps];
        for (int k = 0; k < bumps; k++) {
            signs[k] = random.nextBoolean() ? 1 : -1;
            for (int j = 0; j < n; j++) {
                centres[k * n + j] = 2 * random.nextDouble() - 1;
            }
        }
        double width = widthFactor * Math.sqrt(n);
        GenericTarget raw = new GenericTarget(n, centres, signs, width, 1, "");
        double rawVariance = raw.meanAndVariance(20_000, Seeds.derive(seed, "variance estimate"))[1];
        String text = String.format(Locale.ROOT, "generic target, n = %d: %d Gaussian bumps of width %.2f·√n, variance %.3g",
                n, bumps, widthFactor, variance);
        return new GenericTarget(n, centres, signs, width, Math.sqrt(variance / rawVariance), text);
    }

    /** The default contrast target: 12 bumps of width 0.5·√n with the variance of {@code like}. */
    public static GenericTarget matching(MultivariateTarget like, long seed) {
        Arguments.notNull("like", like);
        double variance = like.meanAndVariance(20_000, 12345)[1];
        return gaussianBumps(like.dimension(), 12, 0.5, variance, seed);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double value(double[] x) {
        if (x.length != n) {
            throw new IllegalArgumentException("x.length = " + x.length + "; accepted: " + n);
        }
        double sum = 0;
        for (int k = 0; k < signs.length; k++) {
            double d2 = 0;
            for (int j = 0; j < n; j++) {
                double d = x[j] - centres[k * n + j];
                d2 += d * d;
            }
            sum += signs[k] * Math.exp(-d2 * inverseTwoWidthSquared);
        }
        return scale * sum;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
