package org.theorykit.landscape;

import java.util.SplittableRandom;
import org.theorykit.objective.HessianVectorProduct;

/** Small dense-vector kernels and the argument checks shared by the spectral estimators. */
final class Vectors {

    private Vectors() {
    }

    /** y ← y + alpha·x. */
    static void addScaled(double[] y, double alpha, double[] x) {
        for (int i = 0; i < y.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    static void scale(double[] x, double alpha) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= alpha;
        }
    }

    static void fillGaussian(double[] x, SplittableRandom random) {
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
    }

    /** Entries ±1 with probability 1/2 each (Rademacher). */
    static void fillRademacher(double[] x, SplittableRandom random) {
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextBoolean() ? 1 : -1;
        }
    }

    static int dimension(HessianVectorProduct hessian) {
        if (hessian == null) {
            throw new IllegalArgumentException("hessian must not be null");
        }
        int p = hessian.dimension();
        if (p < 1) {
            throw new IllegalArgumentException("hessian dimension must be >= 1, got " + p);
        }
        return p;
    }
}
