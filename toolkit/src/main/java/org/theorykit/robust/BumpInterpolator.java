package org.theorykit.robust;

import java.util.Arrays;
import org.theorykit.Arguments;
import smile.math.MathEx;

/**
 * The constructive interpolator behind the remark of Bubeck–Sellke 2021 (arXiv:2105.12806, introduction)
 * that well-separated data always has an O(1)-Lipschitz interpolant, which needs many parameters: one
 * localized bump per training point,
 * <pre>
 *   f(x) = P(x) − N(x),   P(x) = max_{y_i &gt; 0} y_i φ(‖x − x_i‖/r),   N(x) = max_{y_i &lt; 0} |y_i| φ(‖x − x_i‖/r),
 * </pre>
 * with a profile φ (φ(0) = 1, φ = 0 for t ≥ 1) and r ≤ half the smallest distance between two points of
 * <em>different</em> labels. Its p = n·(d + 1) parameters are the centres and heights (r is one shared number).
 *
 * <p><b>Exact interpolation.</b> At x_i with y_i &gt; 0: a point of another label is ≥ 2r &gt; r away, so its
 * bump is 0 there; a point of the same label contributes y_i φ(·) ≤ y_i, and x_i's own bump gives y_i. So
 * P(x_i) = y_i and N(x_i) = 0 (likewise for y_i &lt; 0; a label 0 gets P = N = 0).
 *
 * <p><b>Lipschitz constant</b> L = max_i |y_i| · Lip(φ)/r. Upper bound: a maximum of L-Lipschitz functions
 * is L-Lipschitz, so P and N are. P vanishes outside the r-balls of the positive points and N outside those
 * of the negative ones; these open balls are disjoint (centres ≥ 2r apart). For x in P's support and z in
 * N's, the segment leaves the first set of balls before it enters the second, so
 * |f(x) − f(z)| = P(x) + N(z) ≤ L·dist(x, ∂) + L·dist(z, ∂) ≤ L‖x − z‖. Attained: for the tent and labels
 * ±1 by the closest pair of different labels (difference 2 over distance 2r); for the smooth profile on
 * the steepest radius of a largest-|y| bump wherever that bump is the one attaining the max (always when
 * no point of the same sign lies within 2r of it).
 *
 * <p><b>Profiles.</b> {@link Profile#TENT} φ(t) = (1 − t)₊ has Lip(φ) = 1; for labels ±1 the constant is
 * then 1/r = 2/min_{y_i ≠ y_j}‖x_i − x_j‖, which is exactly the data floor
 * ({@link LawOfRobustness#dataFloor}): no interpolant can be smoother, so this witness is optimal.
 * {@link Profile#SMOOTH} φ(t) = exp(1 − 1/(1 − t²)) is C^∞ (all derivatives vanish at t = 1);
 * φ'(t) = −φ(t)·2t/(1 − t²)², and setting the derivative of log|φ'| to zero gives 1 − 3t⁴ = 0, so
 * Lip(φ) = |φ'(3^(−1/4))| ≈ 2.1704: smoothness of every order costs a factor 2.17 over the floor.
 */
public final class BumpInterpolator implements InputFunction {

    /** The bump's radial profile φ. */
    public enum Profile {
        /** φ(t) = (1 − t)₊: Lipschitz, Lip(φ) = 1 (attains the data floor for ±1 labels). */
        TENT,
        /** φ(t) = exp(1 − 1/(1 − t²)) on |t| &lt; 1: C^∞, Lip(φ) ≈ 2.1704. */
        SMOOTH;

        /** φ(t). */
        public double value(double t) {
            t = Math.abs(t);
            if (t >= 1) {
                return 0;
            }
            return this == TENT ? 1 - t : Math.exp(1 - 1 / (1 - t * t));
        }

        /** φ'(t) for t ≥ 0 (the one-sided derivative 0 at t ≥ 1; −1 on [0, 1) for the tent). */
        public double derivative(double t) {
            if (Math.abs(t) >= 1) {
                return 0;
            }
            if (this == TENT) {
                return -Math.signum(t == 0 ? 1 : t);
            }
            double u = 1 - t * t;
            return -value(t) * 2 * t / (u * u);
        }

        /** max |φ'|: 1 for the tent, |φ'(3^(−1/4))| for the smooth bump. */
        public double lipschitz() {
            return this == TENT ? 1 : Math.abs(derivative(Math.pow(3, -0.25)));
        }
    }

    private final double[][] centres;
    private final double[] heights;
    private final double radius;
    private final Profile profile;

    private BumpInterpolator(double[][] centres, double[] heights, double radius, Profile profile) {
        this.centres = centres;
        this.heights = heights;
        this.radius = radius;
        this.profile = profile;
    }

    /** r = half the smallest distance between two points of different labels. */
    public static BumpInterpolator fit(double[][] x, double[] y, Profile profile) {
        checkData(x, y);
        double separation = labelSeparation(x, y);
        if (separation == 0) {
            throw new IllegalArgumentException("x has two equal rows with different labels; accepted: distinct points");
        }
        return fit(x, y, profile, separation / 2);
    }

    /** A given r, 0 &lt; r ≤ half the smallest distance between two points of different labels. */
    public static BumpInterpolator fit(double[][] x, double[] y, Profile profile, double radius) {
        checkData(x, y);
        Arguments.notNull("profile", profile);
        Arguments.positiveFinite("radius", radius);
        double half = labelSeparation(x, y) / 2;
        if (radius > half) {
            throw new IllegalArgumentException("radius = " + radius + "; accepted: 0 < radius <= " + half
                    + " (half the smallest distance between points of different labels)");
        }
        double[][] centres = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            centres[i] = x[i].clone();
        }
        return new BumpInterpolator(centres, y.clone(), radius, profile);
    }

    public double radius() {
        return radius;
    }

    public Profile profile() {
        return profile;
    }

    /** n·(d + 1): the centres and the heights. */
    public long parameterCount() {
        return (long) centres.length * (centres[0].length + 1);
    }

    /** L = max_i |y_i| · Lip(φ)/r (see the class comment for when it is attained). */
    public double lipschitzConstant() {
        double largest = 0;
        for (double h : heights) {
            largest = Math.max(largest, Math.abs(h));
        }
        return largest * profile.lipschitz() / radius;
    }

    /** L as an upper certificate, for {@link LipschitzEstimator#bracket}. */
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

    /** f(x) and, where f is differentiable, its gradient: that of the bump attaining P or N (0 off every ball). */
    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        int d = dimension();
        if (x == null || x.length != d || (gradient != null && gradient.length != d)) {
            throw new IllegalArgumentException("x and gradient must have length " + d);
        }
        double best = 0;
        int winner = -1;
        double winnerDistance = 0;
        double r2 = radius * radius;
        for (int i = 0; i < centres.length; i++) {
            double[] c = centres[i];
            double squared = 0;
            for (int k = 0; k < d && squared < r2; k++) {
                double t = x[k] - c[k];
                squared += t * t;
            }
            if (squared >= r2 || heights[i] == 0) {
                continue;
            }
            double distance = Math.sqrt(squared);
            double v = Math.abs(heights[i]) * profile.value(distance / radius);
            if (v > best) {
                best = v;
                winner = i;
                winnerDistance = distance;
            }
        }
        if (gradient != null) {
            Arrays.fill(gradient, 0.0);
            if (winner >= 0 && winnerDistance > 0) {
                double scale = heights[winner] * profile.derivative(winnerDistance / radius) / (radius * winnerDistance);
                for (int k = 0; k < d; k++) {
                    gradient[k] = scale * (x[k] - centres[winner][k]);
                }
            }
        }
        return winner < 0 ? 0 : Math.signum(heights[winner]) * best;
    }

    /** min ‖x_i − x_j‖ over pairs with y_i ≠ y_j (+∞ if all labels are equal). */
    static double labelSeparation(double[][] x, double[] y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (y[i] != y[j]) {
                    best = Math.min(best, MathEx.distance(x[i], x[j]));
                }
            }
        }
        return best;
    }

    private static void checkData(double[][] x, double[] y) {
        LawOfRobustness.requireLabelledPoints(x, y);
        boolean twoLabels = false;
        for (double v : y) {
            twoLabels |= v != y[0];
        }
        if (!twoLabels) {
            throw new IllegalArgumentException("y has a single label value " + y[0] + "; accepted: at least two different labels");
        }
    }
}
