package org.theorykit.data;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * A one-dimensional regression sample: x uniform on [−1, 1], y = f(x) + σ·ξ with ξ ~ N(0, 1).
 * The noise level σ² is the smallest test mean squared error any model can reach, which makes
 * it the reference line of every fit.
 *
 * @param x inputs
 * @param y noisy targets
 */
public record NoisyRegression(double[] x, double[] y) {

    /** Draws {@code n} points from the target with noise standard deviation {@code noise}. */
    public static NoisyRegression sample(DoubleUnaryOperator target, int n, double noise, long seed) {
        if (target == null) {
            throw new IllegalArgumentException("target must not be null");
        }
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite standard deviation >= 0, got " + noise);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * random.nextDouble() - 1;
            y[i] = target.applyAsDouble(x[i]) + noise * random.nextGaussian();
        }
        return new NoisyRegression(x, y);
    }

    public int size() {
        return x.length;
    }
}
