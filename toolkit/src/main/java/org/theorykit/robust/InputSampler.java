package org.theorykit.robust;

import java.util.SplittableRandom;
import org.theorykit.Arguments;

/**
 * A distribution of inputs in R^d. The two of Bubeck–Sellke 2021 (arXiv:2105.12806) that satisfy
 * isoperimetry with an O(1) constant: the uniform law on the unit sphere S^(d−1) and the Gaussian N(0, I/d).
 */
public interface InputSampler {

    /** d. */
    int dimension();

    /** One draw written into out (length d). */
    void sample(SplittableRandom random, double[] out);

    /** {@code count} independent draws, one row each, from {@link SplittableRandom}(seed). */
    default double[][] sample(int count, long seed) {
        Arguments.atLeast("count", count, 1);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[count][dimension()];
        for (double[] row : rows) {
            sample(random, row);
        }
        return rows;
    }

    /** Uniform on S^(d−1) = {‖x‖ = 1}: a standard Gaussian vector divided by its norm. */
    static InputSampler uniformSphere(int d) {
        Arguments.atLeast("d", d, 1);
        return new InputSampler() {
            public int dimension() {
                return d;
            }

            public void sample(SplittableRandom random, double[] out) {
                double norm;
                do {
                    norm = 0;
                    for (int i = 0; i < d; i++) {
                        out[i] = random.nextGaussian();
                        norm += out[i] * out[i];
                    }
                } while (norm == 0);
                norm = Math.sqrt(norm);
                for (int i = 0; i < d; i++) {
                    out[i] /= norm;
                }
            }
        };
    }

    /** N(0, I/d): coordinates independent with variance 1/d, so E‖x‖² = 1. */
    static InputSampler gaussian(int d) {
        Arguments.atLeast("d", d, 1);
        double std = 1 / Math.sqrt(d);
        return new InputSampler() {
            public int dimension() {
                return d;
            }

            public void sample(SplittableRandom random, double[] out) {
                for (int i = 0; i < d; i++) {
                    out[i] = std * random.nextGaussian();
                }
            }
        };
    }
}
