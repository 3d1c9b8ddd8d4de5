package org.theorykit.landscape;

import java.util.SplittableRandom;

/** Small dense-vector kernels and the argument checks shared by the spectral estimators. */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
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

    static int inRange(String name, int value, int lower, int upper) {
        if (value < lower || value > upper) {
            throw new IllegalArgumentException(name + " must be in [" + lower + ", " + upper + "], got " + value);
        }
        return value;
    }

    static double positiveFinite(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }
}
