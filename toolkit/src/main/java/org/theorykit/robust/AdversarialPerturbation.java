package org.theorykit.robust;

import org.theorykit.Median;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.theorykit.Arguments;
import smile.math.MathEx;

/**
 * The smallest input perturbation that flips the sign of f at a point, found as in DeepFool
 * (Moosavi-Dezfooli, Fawzi, Frossard 2016, arXiv:1511.04599): iterate the linearization
 * x ← x − f(x)∇f(x)/‖∇f(x)‖² until the sign changes, overshoot the total perturbation by a factor
 * (1 + η), then locate the first sign change on the segment from x to the found point (a scan of
 * {@value #SCAN} steps, then bisection to a relative 1e-13 of its length). The distance returned is that of an
 * actual boundary crossing, so it is an upper bound on the true minimal flipping distance, exact for
 * a linear f (|f(x)|/‖w‖). A non-robust interpolator is one whose training points sit close to its
 * decision boundary: distance ≥ |f(x)|/Lip(f) always holds, so a small distance forces a large Lip.
 */
public final class AdversarialPerturbation {

    static final int SCAN = 16;
    private static final double RELATIVE_TOLERANCE = 1e-13;

    private AdversarialPerturbation() {
    }

    /**
     * @param distance   ‖δ‖ of the flipping perturbation (+∞ when none was found)
     * @param boundary   x + δ, a point where the sign changes (null when none was found)
     * @param iterations linearization steps taken
     * @param found      whether a sign change was reached within the iteration budget
     */
    public record Flip(double distance, double[] boundary, int iterations, boolean found) {
    }

    /** Median and minimum of the found distances, and how many points were flipped out of how many. */
    public record Summary(double median, double min, int found, int total) {
    }

    /** DeepFool with at most {@code maxIterations} (≥ 1) linearizations and overshoot η ≥ 0 (e.g. 0.02). */
    public static Flip minimalFlip(InputFunction f, double[] x, int maxIterations, double overshoot) {
        Arguments.notNull("f", f);
        Arguments.vector("x", x, f.dimension());
        Arguments.atLeast("maxIterations", maxIterations, 1);
        Arguments.nonNegativeFinite("overshoot", overshoot);
        int d = f.dimension();
        double f0 = f.value(x);
        if (f0 == 0) {
            return new Flip(0, x.clone(), 0, true);
        }
        double[] current = x.clone();
        double[] g = new double[d];
        double[] candidate = new double[d];
        for (int t = 1; t <= maxIterations; t++) {
            double value = f.valueAndGradient(current, g);
            double squared = 0;
            for (double v : g) {
                squared += v * v;
            }
            if (squared == 0 || !Double.isFinite(squared)) {
                return new Flip(Double.POSITIVE_INFINITY, null, t, false);
            }
            for (int i = 0; i < d; i++) {
                current[i] -= value * g[i] / squared;
                candidate[i] = x[i] + (1 + overshoot) * (current[i] - x[i]);
            }
            if (f.value(candidate) * f0 <= 0) {
                return firstCrossing(f, x, f0, candidate, t);
            }
        }
        return new Flip(Double.POSITIVE_INFINITY, null, maxIterations, false);
    }

    /** {@link #minimalFlip} at every row of x. */
    public static List<Flip> atPoints(InputFunction f, double[][] x, int maxIterations, double overshoot) {
        LipschitzLowerBounds.checkPoints(f, "x", x);
        List<Flip> flips = new ArrayList<>();
        for (double[] point : x) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            flips.add(minimalFlip(f, point, maxIterations, overshoot));
        }
        return flips;
    }

    /** Median and minimum over the flips that were found (NaN when none was). */
    public static Summary summarize(List<Flip> flips) {
        Arguments.notNull("flips", flips);
        double[] distances = flips.stream().filter(Flip::found).mapToDouble(Flip::distance).sorted().toArray();
        int m = distances.length;
        double median = m == 0 ? Double.NaN : Median.ofSorted(distances);
        return new Summary(median, m == 0 ? Double.NaN : distances[0], m, flips.size());
    }

    /** The first sign change of f on the segment x → end (where the sign differs from f0's). */
    private static Flip firstCrossing(InputFunction f, double[] x, double f0, double[] end, int iterations) {
        int d = x.length;
        double[] direction = new double[d];
        for (int i = 0; i < d; i++) {
            direction[i] = end[i] - x[i];
        }
        double length = MathEx.norm(direction);
        double[] point = new double[d];
        double lo = 0;
        double hi = 1;
        for (int s = 1; s <= SCAN; s++) {
            double t = (double) s / SCAN;
            if (valueAt(f, x, direction, t, point) * f0 <= 0) {
                lo = (s - 1.0) / SCAN;
                hi = t;
                break;
            }
        }
        while (hi - lo > RELATIVE_TOLERANCE) {
            double mid = (lo + hi) / 2;
            if (valueAt(f, x, direction, mid, point) * f0 <= 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        valueAt(f, x, direction, hi, point);
        return new Flip(hi * length, Arrays.copyOf(point, d), iterations, true);
    }

    private static double valueAt(InputFunction f, double[] x, double[] direction, double t, double[] point) {
        for (int i = 0; i < x.length; i++) {
            point[i] = x[i] + t * direction[i];
        }
        return f.value(point);
    }
}
