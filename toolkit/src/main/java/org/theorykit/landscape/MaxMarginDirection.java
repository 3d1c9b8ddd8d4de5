package org.theorykit.landscape;

import org.theorykit.Arguments;
import org.theorykit.nn.Dataset;

/**
 * The hard-margin SVM through the origin, ŵ = argmin ‖w‖² subject to y_i⟨w, x_i⟩ ≥ 1: the direction
 * to which gradient descent on the logistic or exponential loss of a linear model converges on
 * linearly separable data (Soudry, Hoffer, Nacson, Gunasekar, Srebro 2018, JMLR 19(70), Theorem 3;
 * arXiv:1710.10345). Solved in the dual, max Σα_i − ½‖Σα_i y_i x_i‖² over α ≥ 0, by exact
 * coordinate ascent (Hsieh et al. 2008, ICML, Alg. 1 without the upper bound C), until the KKT
 * conditions hold to {@code tolerance}: y_i⟨w, x_i⟩ ≥ 1 − tol for all i, and |y_i⟨w, x_i⟩ − 1| ≤ tol
 * wherever α_i &gt; 0. On data that no hyperplane through the origin separates the dual is unbounded
 * and the search stops with an error naming the data.
 *
 * @param w             ŵ (not normalized; the margin of the unit direction is 1/‖ŵ‖)
 * @param alpha         the dual variables (support vectors have α_i &gt; 0)
 * @param kktViolation  the largest KKT violation at the end
 * @param sweeps        coordinate-ascent sweeps used
 */
public record MaxMarginDirection(double[] w, double[] alpha, double kktViolation, int sweeps) {

    /** The default KKT tolerance of {@link #of(Dataset)}. */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    /** ŵ for labels ±1 in {@code data} (one target per example), to {@link #DEFAULT_TOLERANCE}. */
    public static MaxMarginDirection of(Dataset data) {
        return of(data, DEFAULT_TOLERANCE, 1_000_000);
    }

    public static MaxMarginDirection of(Dataset data, double tolerance, int maxSweeps) {
        Arguments.notNull("data", data);
        Arguments.positiveFinite("tolerance", tolerance);
        Arguments.atLeast("maxSweeps", maxSweeps, 1);
        int n = data.size();
        int d = data.inputDimension();
        double[] x = data.x();
        double[] y = labels(data);
        double[] squaredNorm = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                squaredNorm[i] += x[i * d + j] * x[i * d + j];
            }
            if (squaredNorm[i] == 0) {
                throw new IllegalArgumentException("data.x() row " + i + " is 0: no hyperplane through the origin "
                        + "separates it; accepted: linearly separable data without zero rows");
            }
        }
        double[] alpha = new double[n];
        double[] w = new double[d];
        double violation = Double.POSITIVE_INFINITY;
        int sweep = 0;
        double bound = 1e12 * n / minimum(squaredNorm);
        while (violation > tolerance && sweep < maxSweeps) {
            if ((sweep & 63) == 0 && Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted after " + sweep + " sweeps");
            }
            sweep++;
            violation = 0;
            double alphaSum = 0;
            for (int i = 0; i < n; i++) {
                double margin = y[i] * dot(w, x, i * d);
                violation = Math.max(violation, alpha[i] > 0 ? Math.abs(margin - 1) : Math.max(0, 1 - margin));
                double next = Math.max(0, alpha[i] + (1 - margin) / squaredNorm[i]);
                double change = (next - alpha[i]) * y[i];
                for (int j = 0; j < d; j++) {
                    w[j] += change * x[i * d + j];
                }
                alpha[i] = next;
                alphaSum += next;
            }
            if (alphaSum > bound) {
                throw notSeparable(alphaSum);
            }
        }
        if (violation > tolerance) {
            throw new IllegalArgumentException("data: the KKT violation is still " + violation + " after maxSweeps = "
                    + maxSweeps + " (Σα = " + sum(alpha) + "); the data is not linearly separable through the origin, "
                    + "or its margin is too small for this budget");
        }
        return new MaxMarginDirection(w, alpha, violation, sweep);
    }

    /** The geometric margin of ŵ/‖ŵ‖, min_i y_i⟨ŵ, x_i⟩/‖ŵ‖ = 1/‖ŵ‖ at the optimum. */
    public double margin() {
        return 1 / Math.sqrt(dot(w, w, 0));
    }

    /** The angle (radians) between θ and ŵ. */
    public double angleTo(double[] theta) {
        Arguments.vector("theta", theta, w.length);
        double cos = dot(w, theta, 0) / Math.sqrt(dot(w, w, 0) * dot(theta, theta, 0));
        return Math.acos(Math.max(-1, Math.min(1, cos)));
    }

    private static IllegalArgumentException notSeparable(double alphaSum) {
        return new IllegalArgumentException("data is not linearly separable through the origin (the hard-margin dual "
                + "grows without bound: Σα = " + alphaSum + "); accepted: data with y_i⟨w, x_i⟩ > 0 for some w");
    }

    private static double[] labels(Dataset data) {
        if (data.targetDimension() != 1) {
            throw new IllegalArgumentException("data.targetDimension() = " + data.targetDimension() + "; accepted: 1 (labels ±1)");
        }
        double[] y = data.y();
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 1 && y[i] != -1) {
                throw new IllegalArgumentException("data.y()[" + i + "] = " + y[i] + "; accepted: -1 or +1");
            }
        }
        return y;
    }

    private static double dot(double[] w, double[] x, int offset) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * x[offset + j];
        }
        return s;
    }

    private static double minimum(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double value : v) {
            m = Math.min(m, value);
        }
        return m;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double value : v) {
            s += value;
        }
        return s;
    }
}
