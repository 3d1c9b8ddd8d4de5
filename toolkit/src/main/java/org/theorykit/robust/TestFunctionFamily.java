package org.theorykit.robust;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import smile.math.matrix.Matrix;
import smile.math.MathEx;

/**
 * Families of random functions that are at most 1-Lipschitz on R^d, the test functions of the
 * isoperimetry check ({@link Isoperimetry}). They are drawn from reference points of the law under
 * test (an independent sample), so that they vary along the directions the law spreads in: an
 * isotropic random direction sees only a √(m/d) share of an m-dimensional subspace and would hide
 * its poor concentration.
 */
public enum TestFunctionFamily {

    /** x ↦ ⟨u, x⟩ with u = (r − r')/‖r − r'‖ for two reference points: exactly 1-Lipschitz. */
    LINEAR {
        @Override
        ToDoubleFunction<double[]> draw(double[][] reference, SplittableRandom random) {
            double[] u = direction(reference, random);
            return x -> MathEx.dot(u, x);
        }
    },

    /** x ↦ min_j ‖x − s_j‖ over {@value #SET_SIZE} reference points s_j: 1-Lipschitz (a minimum of 1-Lipschitz functions). */
    DISTANCE_TO_SET {
        @Override
        ToDoubleFunction<double[]> draw(double[][] reference, SplittableRandom random) {
            double[][] set = new double[SET_SIZE][];
            for (int j = 0; j < SET_SIZE; j++) {
                set[j] = reference[random.nextInt(reference.length)];
            }
            return x -> {
                double best = Double.POSITIVE_INFINITY;
                for (double[] s : set) {
                    double sum = 0;
                    for (int i = 0; i < x.length; i++) {
                        double t = x[i] - s[i];
                        sum += t * t;
                    }
                    best = Math.min(best, sum);
                }
                return Math.sqrt(best);
            };
        }
    },

    /**
     * A one-hidden-layer tanh network x ↦ Σ_i a_i tanh(⟨w_i, x⟩ + b_i) / (‖a‖₂·‖W‖₂) of width
     * {@value #WIDTH}: rows w_i are reference directions scaled so that ⟨w_i, x⟩ has unit spread on
     * the reference sample, a_i, b_i ~ N(0, 1). Since tanh is 1-Lipschitz coordinate-wise,
     * |f(x) − f(y)| ≤ ‖a‖₂·‖W(x − y)‖₂/(‖a‖₂‖W‖₂) ≤ ‖x − y‖: the division by the exact spectral norm
     * ‖W‖₂ (Smile's SVD) makes it at most 1-Lipschitz — often well below, so its fitted c is small.
     */
    RANDOM_NETWORK {
        @Override
        ToDoubleFunction<double[]> draw(double[][] reference, SplittableRandom random) {
            int d = reference[0].length;
            double[][] w = new double[WIDTH][];
            double[] b = new double[WIDTH];
            double[] a = new double[WIDTH];
            for (int i = 0; i < WIDTH; i++) {
                double[] u = direction(reference, random);
                double spread = spread(u, reference);
                w[i] = new double[d];
                for (int j = 0; j < d; j++) {
                    w[i][j] = u[j] / spread;
                }
                b[i] = random.nextGaussian();
                a[i] = random.nextGaussian();
            }
            double scale = Math.sqrt(MathEx.dot(a, a)) * Matrix.of(w).norm2();
            return x -> {
                double sum = 0;
                for (int i = 0; i < WIDTH; i++) {
                    sum += a[i] * Math.tanh(MathEx.dot(w[i], x) + b[i]);
                }
                return sum / scale;
            };
        }
    };

    /** Points in a {@link #DISTANCE_TO_SET} function's set. */
    public static final int SET_SIZE = 5;

    /** Hidden units of a {@link #RANDOM_NETWORK} function. */
    public static final int WIDTH = 16;

    /** A random function of this family, at most 1-Lipschitz, built from {@code reference} (≥ 2 distinct points). */
    abstract ToDoubleFunction<double[]> draw(double[][] reference, SplittableRandom random);

    private static double[] direction(double[][] reference, SplittableRandom random) {
        for (int attempt = 0; attempt < 100; attempt++) {
            double[] p = reference[random.nextInt(reference.length)];
            double[] q = reference[random.nextInt(reference.length)];
            double[] u = new double[p.length];
            for (int j = 0; j < u.length; j++) {
                u[j] = p[j] - q[j];
            }
            double norm = Math.sqrt(MathEx.dot(u, u));
            if (norm > 0) {
                for (int j = 0; j < u.length; j++) {
                    u[j] /= norm;
                }
                return u;
            }
        }
        throw new IllegalArgumentException("reference points must not all coincide (100 random pairs were equal)");
    }

    private static double spread(double[] u, double[][] reference) {
        double mean = 0;
        double square = 0;
        for (double[] r : reference) {
            double v = MathEx.dot(u, r);
            mean += v;
            square += v * v;
        }
        mean /= reference.length;
        double sd = Math.sqrt(Math.max(square / reference.length - mean * mean, 0));
        return sd > 0 ? sd : 1;
    }

}
