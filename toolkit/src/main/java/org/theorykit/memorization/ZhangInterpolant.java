package org.theorykit.memorization;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.theorykit.Arguments;
import org.theorykit.nn.Activation;
import org.theorykit.nn.ShallowNet;

/**
 * The explicit depth-2 ReLU network of Zhang, Bengio, Hardt, Recht, Vinyals 2017 (arXiv:1611.03530,
 * Theorem 1 and its proof in §C): with 2n + d weights it takes any labels y on any n distinct points
 * x_i ∈ R^d exactly. Project on a random direction a (the z_i = ⟨a, x_i⟩ are then distinct with
 * probability 1), sort them z_(1) &lt; … &lt; z_(n), put thresholds b_1 &lt; z_(1) &lt; b_2 &lt; z_(2) &lt; …
 * &lt; b_n &lt; z_(n) (b_j halfway between neighbours, b_1 one gap below z_(1)), and solve
 * Σ_j w_j ReLU(z_(i) − b_j) = y_(i): the matrix A_ij = ReLU(z_(i) − b_j) is lower triangular with a
 * positive diagonal, so forward substitution gives w. The net is f(x) = Σ_j w_j ReLU(⟨a, x⟩ − b_j).
 *
 * @param a the projection direction (d weights)
 * @param b the thresholds (n)
 * @param w the output weights (n)
 */
public record ZhangInterpolant(double[] a, double[] b, double[] w) {

    /** Fits labels y (length n) on the rows of x (n × d); the rows must be distinct. */
    public static ZhangInterpolant fit(double[][] x, double[] y, long seed) {
        int n = checkPoints(x);
        Arguments.vector("y", y, n);
        int d = x[0].length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[d];
        double[] z;
        do {
            for (int j = 0; j < d; j++) {
                a[j] = random.nextGaussian();
            }
            z = project(a, x);
        } while (!distinct(z));
        double[] zz = z;
        int[] order = IntStream.range(0, n).boxed().sorted((i, j) -> Double.compare(zz[i], zz[j]))
                .mapToInt(Integer::intValue).toArray();
        double[] sorted = Arrays.stream(order).mapToDouble(i -> zz[i]).toArray();
        double[] b = new double[n];
        b[0] = n == 1 ? sorted[0] - 1 : sorted[0] - (sorted[1] - sorted[0]);
        for (int j = 1; j < n; j++) {
            b[j] = 0.5 * (sorted[j - 1] + sorted[j]);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double s = y[order[i]];
            for (int j = 0; j < i; j++) {
                s -= w[j] * (sorted[i] - b[j]);
            }
            w[i] = s / (sorted[i] - b[i]);
        }
        return new ZhangInterpolant(a, b, w);
    }

    /** 2n + d: the d entries of a, n thresholds, n output weights. */
    public int weightCount() {
        return a.length + b.length + w.length;
    }

    /** f(x) = Σ_j w_j ReLU(⟨a, x⟩ − b_j). */
    public double value(double[] x) {
        Arguments.vector("x", x, a.length);
        double z = 0;
        for (int j = 0; j < a.length; j++) {
            z += a[j] * x[j];
        }
        double f = 0;
        for (int j = 0; j < b.length; j++) {
            f += w[j] * Math.max(0, z - b[j]);
        }
        return f;
    }

    /** max_i |f(x_i) − y_i|. */
    public double maxError(double[][] x, double[] y) {
        Arguments.vector("y", y, x.length);
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(value(x[i]) - y[i]));
        }
        return max;
    }

    /**
     * The same function as a {@link ShallowNet} (d inputs, n ReLU units, 1 output) and its θ: every
     * hidden unit has weights a and bias −b_j. The net has nd + 2n parameters, n·d of them copies of a.
     */
    public ShallowNet asShallowNet() {
        return ShallowNet.of(a.length, b.length, 1, Activation.relu());
    }

    /** θ of {@link #asShallowNet()} in its layout (hidden.weights, hidden.biases, output.weights). */
    public double[] shallowNetParameters() {
        int d = a.length;
        int n = b.length;
        double[] theta = new double[n * d + 2 * n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(a, 0, theta, k * d, d);
            theta[n * d + k] = -b[k];
            theta[n * d + n + k] = w[k];
        }
        return theta;
    }

    private static int checkPoints(double[][] x) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must hold at least one point, got " + (x == null ? "null" : "none"));
        }
        int d = x[0] == null ? 0 : x[0].length;
        Arguments.positive("x[0].length", d);
        for (int i = 0; i < x.length; i++) {
            Arguments.vector("x[" + i + "]", x[i], d);
        }
        Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (i, j) -> Arrays.compare(x[i], x[j]));
        for (int k = 1; k < order.length; k++) {
            if (Arrays.equals(x[order[k - 1]], x[order[k]])) {
                throw new IllegalArgumentException("x must hold distinct points; x[" + order[k - 1] + "] and x["
                        + order[k] + "] are equal");
            }
        }
        return x.length;
    }

    private static double[] project(double[] a, double[][] x) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < a.length; j++) {
                z[i] += a[j] * x[i][j];
            }
        }
        return z;
    }

    private static boolean distinct(double[] z) {
        double[] s = z.clone();
        Arrays.sort(s);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
