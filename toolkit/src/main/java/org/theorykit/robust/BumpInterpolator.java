package org.theorykit.robust;

import org.theorykit.Arguments;

/**
 * The constructive smooth interpolator behind the remark of Bubeck–Sellke 2021 (arXiv:2105.12806, introduction)
 * that well-separated data always has an O(1)-Lipschitz interpolant, which needs many parameters:
 * f(x) = Σ_i y_i φ(‖x − x_i‖/r) with the C^∞ bump φ(t) = exp(1 − 1/(1 − t²)) for |t| &lt; 1, 0 otherwise
 * (φ(0) = 1), and r ≤ half the minimum pairwise distance. Its p = n·(d + 1) parameters are the centres
 * and heights (r is one shared number).
 *
 * <p><b>Exact interpolation.</b> For j ≠ i, ‖x_i − x_j‖ ≥ 2r &gt; r, so φ(‖x_i − x_j‖/r) = 0 and f(x_i) = y_i.
 *
 * <p><b>Lipschitz constant</b> = max_i |y_i| · Lip(φ)/r. Proof: the open balls B(x_i, r) are disjoint
 * (centres ≥ 2r apart). On B(x_i, r), f = y_i φ(‖x − x_i‖/r), whose gradient has norm
 * |y_i| |φ'(t)|/r at t = ‖x − x_i‖/r; outside all balls f ≡ 0. φ is C^∞ with every derivative
 * vanishing at |t| = 1, so f is C¹ on R^d and Lip(f) = sup ‖∇f‖ = max_i |y_i| · max_t |φ'(t)| / r,
 * attained on the sphere ‖x − x_i‖ = t* r around a point of largest |y_i|.
 *
 * <p><b>Lip(φ).</b> φ'(t) = −φ(t)·2t/(1 − t²)². Setting the derivative of log(2t/(1−t²)²) + 1 − 1/(1−t²)
 * to zero and multiplying by t(1 − t²)² gives (1 − t²)² + 4t²(1 − t²) − 2t² = 1 − 3t⁴ = 0, so
 * t* = 3^(−1/4) and Lip(φ) = |φ'(t*)| ≈ 2.1704.
 */
public final class BumpInterpolator implements InputFunction {

    /** t* = 3^(−1/4), where |φ'| is largest. */
    public static final double STEEPEST = Math.pow(3, -0.25);
    /** Lip(φ) = |φ'(t*)|. */
    public static final double BUMP_LIPSCHITZ = Math.abs(bumpDerivative(STEEPEST));

    private final double[][] centres;
    private final double[] heights;
    private final double radius;

    private BumpInterpolator(double[][] centres, double[] heights, double radius) {
        this.centres = centres;
        this.heights = heights;
        this.radius = radius;
    }

    /** r = half the minimum pairwise distance of the rows of x (which must be distinct). */
    public static BumpInterpolator fit(double[][] x, double[] y) {
        checkData(x, y);
        double separation = minimumDistance(x);
        if (separation == 0) {
            throw new IllegalArgumentException("x has two equal rows; accepted: distinct points");
        }
        return fit(x, y, separation / 2);
    }

    /** A given r, 0 &lt; r ≤ half the minimum pairwise distance. */
    public static BumpInterpolator fit(double[][] x, double[] y, double radius) {
        checkData(x, y);
        Arguments.positiveFinite("radius", radius);
        double half = minimumDistance(x) / 2;
        if (radius > half) {
            throw new IllegalArgumentException("radius = " + radius + "; accepted: 0 < radius <= " + half
                    + " (half the minimum pairwise distance)");
        }
        double[][] centres = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            centres[i] = x[i].clone();
        }
        return new BumpInterpolator(centres, y.clone(), radius);
    }

    /** φ(t) = exp(1 − 1/(1 − t²)) for |t| &lt; 1, else 0. */
    public static double bump(double t) {
        return Math.abs(t) >= 1 ? 0 : Math.exp(1 - 1 / (1 - t * t));
    }

    /** φ'(t) = −φ(t)·2t/(1 − t²)². */
    public static double bumpDerivative(double t) {
        if (Math.abs(t) >= 1) {
            return 0;
        }
        double u = 1 - t * t;
        return -bump(t) * 2 * t / (u * u);
    }

    public double radius() {
        return radius;
    }

    /** n·(d + 1): the centres and the heights. */
    public long parameterCount() {
        return (long) centres.length * (centres[0].length + 1);
    }

    /** max_i |y_i| · Lip(φ)/r, exact (see the class comment). */
    public double lipschitzConstant() {
        double largest = 0;
        for (double h : heights) {
            largest = Math.max(largest, Math.abs(h));
        }
        return largest * BUMP_LIPSCHITZ / radius;
    }

    /** The exact Lipschitz constant as an upper certificate, for {@link LipschitzEstimator#bracket}. */
    public LipschitzEstimate lipschitzCertificate() {
        return LipschitzEstimate.upper(LipschitzEstimate.BUMP_ANALYTIC, lipschitzConstant());
    }

    @Override
    public int dimension() {
        return centres[0].length;
    }

    @Override
    public double value(double[] x) {
        return valueAndGradient(x, null);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        int d = dimension();
        if (x == null || x.length != d || (gradient != null && gradient.length != d)) {
            throw new IllegalArgumentException("x and gradient must have length " + d);
        }
        if (gradient != null) {
            java.util.Arrays.fill(gradient, 0.0);
        }
        double value = 0;
        double r2 = radius * radius;
        for (int i = 0; i < centres.length; i++) {
            double[] c = centres[i];
            double squared = 0;
            for (int k = 0; k < d && squared < r2; k++) {
                double t = x[k] - c[k];
                squared += t * t;
            }
            if (squared >= r2) {
                continue;
            }
            double distance = Math.sqrt(squared);
            double t = distance / radius;
            value += heights[i] * bump(t);
            if (gradient != null && distance > 0) {
                double scale = heights[i] * bumpDerivative(t) / (radius * distance);
                for (int k = 0; k < d; k++) {
                    gradient[k] += scale * (x[k] - c[k]);
                }
            }
        }
        return value;
    }

    static double minimumDistance(double[][] x) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                best = Math.min(best, LipschitzLowerBounds.distance(x[i], x[j]));
            }
        }
        return best;
    }

    private static void checkData(double[][] x, double[] y) {
        if (x == null || y == null || x.length < 2 || y.length != x.length) {
            throw new IllegalArgumentException("x has " + (x == null ? "no" : x.length) + " rows, y has "
                    + (y == null ? "no" : y.length) + " entries; accepted: n >= 2 rows and n labels");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != x[0].length) {
                throw new IllegalArgumentException("x[" + i + "] has length " + (x[i] == null ? "null" : x[i].length)
                        + "; accepted: " + x[0].length);
            }
            Arguments.finite("y[" + i + "]", y[i]);
            for (double v : x[i]) {
                Arguments.finite("x[" + i + "] entries", v);
            }
        }
    }
}
