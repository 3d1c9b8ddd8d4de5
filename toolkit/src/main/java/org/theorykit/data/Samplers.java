package org.theorykit.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.theorykit.Arguments;
import smile.math.MathEx;

/**
 * Seeded covariate laws for the law of robustness (Bubeck &amp; Sellke 2021, arXiv:2105.12806):
 * the full-dimensional laws their Definition 1.1 names as c-isoperimetric with c = O(1) — the
 * Gaussian N(0, I/d), the uniform law on the sphere S^(d−1), the uniform law on a hypercube — and
 * laws on m-dimensional manifolds embedded in R^d, whose concentration and nearest-neighbour
 * statistics follow m rather than d (the "effective dimension" of their discussion of MNIST).
 *
 * <p>Every law is scaled to E‖x‖² = 1 (the sphere and embedded spheres have ‖x‖ = 1 exactly), so
 * a 1-Lipschitz function has fluctuations of order 1/√(dimension) on each of them. Manifolds are
 * placed in R^d by a random orthonormal frame (a uniformly random rotation of their own
 * coordinates) drawn from {@code frameSeed}, so the manifold is fixed while samples vary with the
 * sample seed.
 */
public final class Samplers {

    private Samplers() {
    }

    /** Gaussian N(0, I/d): 1-isoperimetric (Gaussian concentration: c = 1 in Bubeck–Sellke's Definition 1.1). */
    public static PointSampler gaussian(int d) {
        requireDimension("d", d);
        double sd = 1 / Math.sqrt(d);
        return new Law("Gaussian N(0, I/" + d + ")", d, d, (row, random) -> {
            for (int j = 0; j < d; j++) {
                row[j] = sd * random.nextGaussian();
            }
        });
    }

    /** Uniform on the unit sphere S^(d−1) ⊂ R^d (normalized Gaussian vectors); d ≥ 2. */
    public static PointSampler sphere(int d) {
        Arguments.atLeast("d", d, 2);
        return new Law("sphere S^" + (d - 1), d, d - 1, Samplers::unitGaussianDirection);
    }

    /**
     * Uniform on the cube [−a, a]^d with a = √(3/d), so each coordinate has variance 1/d as under
     * N(0, I/d). As the image of N(0, I) under the coordinate map g ↦ a(2Φ(g) − 1), which is
     * 2a/√(2π)-Lipschitz, it is c-isoperimetric with c = 6/π ≈ 1.91
     * ({@code org.theorykit.robust.LawOfRobustness.CUBE_ISOPERIMETRY}, with the other laws' constants).
     */
    public static PointSampler cube(int d) {
        requireDimension("d", d);
        double a = Math.sqrt(3.0 / d);
        return new Law("cube [-a, a]^" + d, d, d, (row, random) -> {
            for (int j = 0; j < d; j++) {
                row[j] = a * (2 * random.nextDouble() - 1);
            }
        });
    }

    /**
     * An m-dimensional linear subspace of R^d: x = Q z, Q a random d×m orthonormal frame and
     * z ~ N(0, I/m). Intrinsic dimension m.
     */
    public static PointSampler linearSubspace(int d, int m, long frameSeed) {
        requireDimension("m", m);
        requireFits("m", m, d);
        double[][] frame = frame(d, m, frameSeed);
        double sd = 1 / Math.sqrt(m);
        return embedded(m + "-subspace in R^" + d, d, m, frame, (local, random) -> {
            for (int j = 0; j < m; j++) {
                local[j] = sd * random.nextGaussian();
            }
        });
    }

    /** The unit sphere S^m ⊂ R^(m+1), uniformly, rotated into R^d by a random frame; m ≥ 1, m + 1 ≤ d. */
    public static PointSampler embeddedSphere(int d, int m, long frameSeed) {
        Arguments.atLeast("m", m, 1);
        requireFits("m + 1", m + 1, d);
        double[][] frame = frame(d, m + 1, frameSeed);
        return embedded("sphere S^" + m + " in R^" + d, d, m, frame, Samplers::unitGaussianDirection);
    }

    /**
     * The flat m-torus, uniformly: angles θ ∈ [0, 2π)^m mapped to (cos θ_i, sin θ_i)_i / √m in
     * R^(2m) (the Clifford torus, which lies on the unit sphere S^(2m−1)), rotated into R^d by a
     * random frame; 2m ≤ d. A curved embedding of an m-dimensional manifold.
     */
    public static PointSampler torus(int d, int m, long frameSeed) {
        Arguments.atLeast("m", m, 1);
        requireFits("2m", 2 * m, d);
        double[][] frame = frame(d, 2 * m, frameSeed);
        double scale = 1 / Math.sqrt(m);
        return embedded(m + "-torus in R^" + d, d, m, frame, (local, random) -> {
            for (int i = 0; i < m; i++) {
                double angle = 2 * Math.PI * random.nextDouble();
                local[2 * i] = scale * Math.cos(angle);
                local[2 * i + 1] = scale * Math.sin(angle);
            }
        });
    }

    /**
     * The swiss roll, a 2-manifold: (t cos t, h, t sin t)/(4.5π) with t uniform on [1.5π, 4.5π]
     * and h uniform on [0, 21] (the classic parametrization of Roweis &amp; Saul's examples), rotated
     * into R^d by a random frame; d ≥ 3.
     */
    public static PointSampler swissRoll(int d, long frameSeed) {
        Arguments.atLeast("d", d, 3);
        double[][] frame = frame(d, 3, frameSeed);
        double scale = 1 / (4.5 * Math.PI);
        return embedded("swiss roll in R^" + d, d, 2, frame, (local, random) -> {
            double t = 1.5 * Math.PI * (1 + 2 * random.nextDouble());
            local[0] = scale * t * Math.cos(t);
            local[1] = scale * 21 * random.nextDouble();
            local[2] = scale * t * Math.sin(t);
        });
    }

    /** {@code law} moved by {@code shift} (length d): a mixture component with its own centre. */
    public static PointSampler shifted(PointSampler law, double[] shift) {
        Arguments.notNull("law", law);
        Arguments.vector("shift", shift, law.ambientDimension());
        double[] s = shift.clone();
        return new PointSampler() {
            public String name() {
                return law.name() + " shifted";
            }

            public int ambientDimension() {
                return law.ambientDimension();
            }

            public int intrinsicDimension() {
                return law.intrinsicDimension();
            }

            public double[][] sample(int n, long seed) {
                double[][] x = law.sample(n, seed);
                for (double[] row : x) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] += s[j];
                    }
                }
                return x;
            }
        };
    }

    /**
     * The mixture Σ w_k μ_k: each point comes from component k with probability w_k (weights are
     * normalized; they must be ≥ 0 with a positive sum). Components share the ambient dimension;
     * the intrinsic dimension is the largest of theirs. Bubeck–Sellke allow mixtures of
     * isoperimetric laws (their Remark after Definition 1.1).
     */
    public static PointSampler mixture(double[] weights, PointSampler... components) {
        Arguments.notNull("weights", weights);
        Arguments.notNull("components", components);
        if (components.length == 0 || weights.length != components.length) {
            throw new IllegalArgumentException("need one weight per component and at least one component, got "
                    + weights.length + " weights and " + components.length + " components");
        }
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            total += Arguments.nonNegativeFinite("weights[" + k + "]", weights[k]);
            Arguments.notNull("components[" + k + "]", components[k]);
            if (components[k].ambientDimension() != components[0].ambientDimension()) {
                throw new IllegalArgumentException("components[" + k + "] lives in R^" + components[k].ambientDimension()
                        + "; accepted: the ambient dimension of components[0], " + components[0].ambientDimension());
            }
        }
        Arguments.positiveFinite("sum of weights", total);
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int k = 0; k < weights.length; k++) {
            running += weights[k] / total;
            cumulative[k] = running;
        }
        PointSampler[] parts = components.clone();
        int intrinsic = Arrays.stream(parts).mapToInt(PointSampler::intrinsicDimension).max().orElseThrow();
        String name = "mixture of " + parts.length;
        return new PointSampler() {
            public String name() {
                return name;
            }

            public int ambientDimension() {
                return parts[0].ambientDimension();
            }

            public int intrinsicDimension() {
                return intrinsic;
            }

            public double[][] sample(int n, long seed) {
                requireCount(n);
                SplittableRandom random = new SplittableRandom(seed);
                int[] component = new int[n];
                int[] counts = new int[parts.length];
                for (int i = 0; i < n; i++) {
                    double u = random.nextDouble();
                    int k = 0;
                    while (k < parts.length - 1 && u >= cumulative[k]) {
                        k++;
                    }
                    component[i] = k;
                    counts[k]++;
                }
                double[][][] drawn = new double[parts.length][][];
                for (int k = 0; k < parts.length; k++) {
                    drawn[k] = parts[k].sample(counts[k], random.nextLong());
                }
                int[] next = new int[parts.length];
                double[][] x = new double[n][];
                for (int i = 0; i < n; i++) {
                    x[i] = drawn[component[i]][next[component[i]]++];
                }
                return x;
            }
        };
    }

    /**
     * A uniformly random d×k orthonormal frame (k ≤ d), as k columns stored row-wise: {@code frame[j]}
     * is the j-th unit vector of R^d. Gaussian vectors orthonormalized by modified Gram–Schmidt,
     * whose span is uniform on the Grassmannian.
     */
    public static double[][] frame(int d, int k, long seed) {
        requireDimension("d", d);
        requireDimension("k", k);
        if (k > d) {
            throw new IllegalArgumentException("k must be <= d = " + d + " (the frame's vectors are orthonormal), got " + k);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] q = new double[k][d];
        for (int j = 0; j < k; j++) {
            double norm;
            do {
                for (int i = 0; i < d; i++) {
                    q[j][i] = random.nextGaussian();
                }
                for (int p = 0; p < j; p++) {
                    double dot = MathEx.dot(q[j], q[p]);
                    for (int i = 0; i < d; i++) {
                        q[j][i] -= dot * q[p][i];
                    }
                }
                norm = Math.sqrt(MathEx.dot(q[j], q[j]));
            } while (norm < 1e-8);
            for (int i = 0; i < d; i++) {
                q[j][i] /= norm;
            }
        }
        return q;
    }

    private static PointSampler embedded(String name, int d, int m, double[][] frame, Draw local) {
        int k = frame.length;
        return new Law(name, d, m, new Draw() {
            private final double[] coordinates = new double[k];

            @Override
            public void fill(double[] row, SplittableRandom random) {
                local.fill(coordinates, random);
                Arrays.fill(row, 0);
                for (int j = 0; j < k; j++) {
                    double c = coordinates[j];
                    double[] axis = frame[j];
                    for (int i = 0; i < d; i++) {
                        row[i] += c * axis[i];
                    }
                }
            }
        });
    }

    private static void unitGaussianDirection(double[] row, SplittableRandom random) {
        double norm;
        do {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
            norm = Math.sqrt(MathEx.dot(row, row));
        } while (norm < 1e-12);
        for (int j = 0; j < row.length; j++) {
            row[j] /= norm;
        }
    }

    private static void requireDimension(String name, int value) {
        Arguments.atLeast(name, value, 1);
    }

    private static void requireFits(String name, int k, int d) {
        requireDimension("d", d);
        if (k > d) {
            throw new IllegalArgumentException(name + " = " + k + " must be <= d = " + d + " (the manifold's embedding space must fit in R^d)");
        }
    }

    private static void requireCount(int n) {
        Arguments.atLeast("n", n, 0);
    }

    /** Fills one point's coordinates. */
    private interface Draw {
        void fill(double[] row, SplittableRandom random);
    }

    /** A law given by a per-point draw; draws of one law are serialized (embedded laws reuse a coordinate buffer). */
    private record Law(String name, int ambientDimension, int intrinsicDimension, Draw draw) implements PointSampler {
        @Override
        public double[][] sample(int n, long seed) {
            requireCount(n);
            SplittableRandom random = new SplittableRandom(seed);
            double[][] x = new double[n][ambientDimension];
            synchronized (draw) {
                for (double[] row : x) {
                    draw.fill(row, random);
                }
            }
            return x;
        }
    }
}
