package org.theorykit.robust;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.theorykit.Arguments;
import org.theorykit.data.Samplers;
import smile.math.MathEx;

/**
 * A one-parameter family that fits any labels: f_θ(x) = sin(θ·⟨u, x⟩), u a fixed random unit
 * vector. Bubeck &amp; Sellke (2021, arXiv:2105.12806) note that their law of robustness needs
 * bounded weights (the log(W) term), since without them a single parameter can interpolate —
 * the Kolmogorov–Arnold phenomenon. For generic points the projections s_i = ⟨u, x_i⟩ are
 * rationally independent, so θ·(s_1, …, s_n) mod 2π is dense in the torus (Kronecker) and some θ
 * puts every sin(θ s_i) on the side of its label y_i ∈ {−1, +1}. The price is the weight: the
 * Lipschitz constant of f_θ is θ, which grows geometrically with n (θ must land in a region of the
 * torus of measure about 2^−n).
 *
 * <p>The search is exact: the sign of sin(θ s_i) changes exactly at θ = kπ/|s_i|, so sweeping these
 * events in increasing θ (a priority queue) visits every interval of constant sign pattern; the
 * first interval of positive length where all n signs match (and match at its midpoint, guarding
 * against rounding) is returned, with θ at its midpoint. The sweep stops at
 * {@code thetaMax} with status {@link Status#NOT_FOUND}.
 */
public final class SingleParameterFit {

    /** Whether a θ was found. */
    public enum Status { FITTED, NOT_FOUND }

    /**
     * @param status     FITTED or NOT_FOUND (then θ is NaN)
     * @param theta      the parameter: the midpoint of the first interval of θ where every sign matches
     * @param parameters 1
     * @param lipschitz  the Lipschitz constant of x ↦ sin(θ⟨u, x⟩), which is θ·‖u‖ = θ
     * @param margin     min_i y_i·sin(θ s_i) at θ (positive when fitted)
     * @param events     sign changes swept
     * @param direction  u
     */
    public record Result(Status status, double theta, int parameters, double lipschitz, double margin, long events,
                         double[] direction) {

        /** f_θ(x) = sin(θ⟨u, x⟩). */
        public double value(double[] x) {
            return Math.sin(theta * MathEx.dot(direction, x));
        }

        /** This result if fitted; otherwise an IllegalStateException saying how far the search went. */
        public Result orThrow() {
            if (status != Status.FITTED) {
                throw new IllegalStateException("no θ fits the labels below the search bound (" + events
                        + " sign changes swept); raise thetaMax or check for coincident projections with different labels");
            }
            return this;
        }
    }

    private SingleParameterFit() {
    }

    /**
     * Searches θ in (0, thetaMax] such that sign(sin(θ⟨u, x_i⟩)) = y_i for all i, u a unit vector
     * drawn from {@code seed}.
     *
     * @param x      n points (rows of equal length d)
     * @param labels n labels, each −1 or +1
     */
    public static Result fit(double[][] x, int[] labels, double thetaMax, long seed) {
        int d = Arguments.matrix("x", x, -1);
        Arguments.notNull("labels", labels);
        Arguments.positiveFinite("thetaMax", thetaMax);
        if (labels.length != x.length) {
            throw new IllegalArgumentException("labels must hold one label per point of x (" + x.length + "), got "
                    + labels.length);
        }
        double[] u = Samplers.frame(d, 1, seed)[0];
        int n = x.length;
        double[] s = new double[n];
        boolean[] matched = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] != 1 && labels[i] != -1) {
                throw new IllegalArgumentException("labels[" + i + "] must be -1 or +1, got " + labels[i]);
            }
            s[i] = MathEx.dot(u, x[i]);
            // just above θ = 0, sin(θ s_i) has the sign of s_i
            matched[i] = Math.signum(s[i]) == labels[i];
            if (matched[i]) {
                count++;
            }
        }
        PriorityQueue<double[]> events = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 0; i < n; i++) {
            if (s[i] != 0) {
                events.add(new double[] {Math.PI / Math.abs(s[i]), i, 1});
            }
        }
        double start = 0;
        long swept = 0;
        while (!events.isEmpty()) {
            double[] next = events.peek();
            if (count == n && next[0] > start) {
                double theta = 0.5 * (start + Math.min(next[0], thetaMax));
                double margin = margin(theta, s, labels);
                if (margin > 0) {
                    return new Result(Status.FITTED, theta, 1, theta, margin, swept, u);
                }
            }
            if (next[0] > thetaMax || (swept & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                break;
            }
            events.poll();
            int i = (int) next[1];
            matched[i] = !matched[i];
            count += matched[i] ? 1 : -1;
            start = next[0];
            events.add(new double[] {(next[2] + 1) * Math.PI / Math.abs(s[i]), i, next[2] + 1});
            swept++;
        }
        return new Result(Status.NOT_FOUND, Double.NaN, 1, Double.NaN, Double.NaN, swept, u);
    }

    private static double margin(double theta, double[] s, int[] labels) {
        double margin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.length; i++) {
            margin = Math.min(margin, labels[i] * Math.sin(theta * s[i]));
        }
        return margin;
    }
}
