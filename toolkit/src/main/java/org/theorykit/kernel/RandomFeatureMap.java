package org.theorykit.kernel;

import org.theorykit.Arguments;
import java.util.SplittableRandom;
import smile.math.blas.Transpose;
import smile.math.matrix.Matrix;

/**
 * A random feature map φ: R^d → R^N whose inner products approximate a kernel,
 * φ(x)·φ(z) → k(x, z) as N → ∞ (Rahimi &amp; Recht 2007, "Random features for large-scale kernel machines"):
 * <ul>
 *   <li>{@link #fourier}: φ_j(x) = sqrt(2/N) cos(w_j·x + b_j), w_j ~ N(0, I/σ²), b_j ~ U[0, 2π]
 *       → the {@link GaussianKernel} of bandwidth σ (the features of Belkin, Hsu, Ma, Mandal 2019,
 *       arXiv:1812.11118, fig. 2);</li>
 *   <li>{@link #relu}: φ_j(x) = relu(w_j·x) / sqrt(N), w_j ~ N(0, I) → the {@link ArcCosineKernel}:
 *       a two-layer ReLU network whose first layer is frozen at its random initialization.</li>
 * </ul>
 * The scaling is the one that makes φ(x)·φ(z) an average over features, so it converges to k(x, z).
 *
 * <p>Nested across N: the features are drawn one after the other from one stream of the seed (w_j,
 * then b_j), so for the same seed the first N features of a map of M &gt; N features are exactly those
 * of the map of N features (up to the normalization 1/sqrt(N)), and a sweep over N adds features
 * instead of redrawing all of them. This is the toolkit's one random-features implementation.
 */
public final class RandomFeatureMap {

    private enum Activation { COSINE, RELU }

    private final Activation activation;
    private final Matrix weights;
    private final double[] offsets;
    private final String description;

    private RandomFeatureMap(Activation activation, Matrix weights, double[] offsets, String description) {
        this.activation = activation;
        this.weights = weights;
        this.offsets = offsets;
        this.description = description;
    }

    /** Random Fourier features for the Gaussian kernel exp(−‖x − z‖²/(2σ²)). */
    public static RandomFeatureMap fourier(int inputDimension, int features, double bandwidth, long seed) {
        check(inputDimension, features);
        Kernel.requirePositive("bandwidth", bandwidth);
        Matrix w = new Matrix(features, inputDimension);
        double[] b = new double[features];
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < features; j++) {
            drawRow(w, j, 1 / bandwidth, random);
            b[j] = 2 * Math.PI * random.nextDouble();
        }
        return new RandomFeatureMap(Activation.COSINE, w, b,
                "random Fourier features (N=" + features + ", σ=" + bandwidth + ", seed " + seed + ")");
    }

    /** Random ReLU features for the arc-cosine kernel of order 1. */
    public static RandomFeatureMap relu(int inputDimension, int features, long seed) {
        check(inputDimension, features);
        Matrix w = new Matrix(features, inputDimension);
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < features; j++) {
            drawRow(w, j, 1, random);
        }
        return new RandomFeatureMap(Activation.RELU, w, new double[features],
                "random ReLU features (N=" + features + ", seed " + seed + ")");
    }

    /** Number of features N. */
    public int size() {
        return weights.nrow();
    }

    public int inputDimension() {
        return weights.ncol();
    }

    /** The feature matrix Φ, {@code x.length × N}, Φ_ij = φ_j(x_i). */
    public Matrix features(double[][] x) {
        int d = Arguments.matrix("x", x, -1);
        if (d != inputDimension()) {
            throw new IllegalArgumentException("x must have dimension " + inputDimension() + ", got " + d);
        }
        HeapBudget.require("feature matrix", x.length, size());
        int n = x.length;
        double[] entries = new double[n * size()];
        Matrix phi = new Matrix(n, size(), n, entries);  // wraps entries, column-major
        phi.mm(Transpose.NO_TRANSPOSE, Matrix.of(x), Transpose.TRANSPOSE, weights, 1.0, 0.0);
        double scale = activation == Activation.COSINE ? Math.sqrt(2.0 / size()) : Math.sqrt(1.0 / size());
        for (int j = 0, k = 0; j < size(); j++) {
            double b = offsets[j];
            for (int i = 0; i < n; i++, k++) {
                entries[k] = activation == Activation.COSINE ? scale * Math.cos(entries[k] + b)
                        : scale * Math.max(0, entries[k]);
            }
        }
        return phi;
    }

    @Override
    public String toString() {
        return description;
    }

    /** Row j of w (feature j's weights) ~ N(0, sd²·I), the next d draws of the stream. */
    private static void drawRow(Matrix w, int j, double sd, SplittableRandom random) {
        for (int i = 0; i < w.ncol(); i++) {
            w.set(j, i, sd * random.nextGaussian());
        }
    }

    private static void check(int inputDimension, int features) {
        if (inputDimension < 1) {
            throw new IllegalArgumentException("inputDimension must be >= 1, got " + inputDimension);
        }
        if (features < 1) {
            throw new IllegalArgumentException("features must be >= 1, got " + features);
        }
    }
}
