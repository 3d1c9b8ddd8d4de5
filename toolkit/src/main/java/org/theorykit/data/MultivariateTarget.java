package org.theorykit.data;

import java.util.SplittableRandom;

/**
 * A target function f: [−1, 1]^n → R for regression experiments, with a sampler that draws inputs
 * uniformly on the cube and adds optional Gaussian output noise.
 */
public interface MultivariateTarget {

    /** The number of input variables n. */
    int dimension();

    /** f(x) for one input of length n (not checked in the inner loop; see {@link #sample}). */
    double value(double[] x);

    /** A short human-readable description, e.g. the tree and its node functions. */
    String description();

    /**
     * Draws {@code count} inputs x ~ U[−1, 1]^n and labels y = f(x) + noise·ξ, ξ ~ N(0, 1).
     *
     * @param count at least 1
     * @param noise at least 0
     * @param seed  the same seed gives the same sample
     */
    default TargetSample sample(int count, double noise, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("count = " + count + "; accepted: an integer >= 1");
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise = " + noise + "; accepted: a finite number >= 0");
        }
        int n = dimension();
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[count * n];
        double[] y = new double[count];
        double[] row = new double[n];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < n; j++) {
                row[j] = 2 * random.nextDouble() - 1;
                x[i * n + j] = row[j];
            }
            y[i] = value(row);
        }
        if (noise > 0) {
            java.util.Random gaussian = new java.util.Random(random.nextLong());
            for (int i = 0; i < count; i++) {
                y[i] += noise * gaussian.nextGaussian();
            }
        }
        return new TargetSample(x, y, count, n);
    }

    /** Mean and variance of f under U[−1, 1]^n, estimated from {@code count} noiseless samples. */
    default double[] meanAndVariance(int count, long seed) {
        double[] y = sample(count, 0, seed).y();
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean);
        }
        return new double[] {mean, var / Math.max(1, y.length - 1)};
    }
}
