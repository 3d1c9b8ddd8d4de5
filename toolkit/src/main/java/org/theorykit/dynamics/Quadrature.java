package org.theorykit.dynamics;

import org.theorykit.Arguments;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Simpson quadrature with Richardson extrapolation (Kuncir 1962; acceptance test of
 * Lyness 1969, J. ACM 16): a panel is accepted when its halves' Simpson sum S₂ and its own S₁ agree
 * to |S₂ − S₁| ≤ 15·tol, and contributes S₂ + (S₂ − S₁)/15. The reported error is the sum of the
 * accepted |S₂ − S₁|/15, an estimate (not a bound) that is reliable for smooth integrands whose
 * features the initial panels resolve.
 */
public final class Quadrature {

    private static final int MAX_DEPTH = 48;

    /** An integral and its estimated absolute error. */
    public record Estimate(double value, double error) {
    }

    private Quadrature() {
    }

    /**
     * ∫_a^b f with absolute tolerance {@code tolerance}, starting from {@code panels} equal panels
     * (choose them so that no peak of f is narrower than a panel).
     */
    public static Estimate simpson(DoubleUnaryOperator f, double a, double b, double tolerance, int panels) {
        Arguments.interval("a", a, "b", b);
        Arguments.positiveFinite("tolerance", tolerance);
        Arguments.atLeast("panels", panels, 1);
        double[] sum = new double[2];
        double width = (b - a) / panels;
        for (int p = 0; p < panels; p++) {
            double lo = a + p * width;
            double hi = p == panels - 1 ? b : lo + width;
            double mid = 0.5 * (lo + hi);
            double flo = value(f, lo);
            double fmid = value(f, mid);
            double fhi = value(f, hi);
            refine(f, lo, hi, flo, fmid, fhi, (hi - lo) / 6 * (flo + 4 * fmid + fhi), tolerance / panels, 0, sum);
        }
        return new Estimate(sum[0], sum[1]);
    }

    private static void refine(DoubleUnaryOperator f, double a, double b, double fa, double fm, double fb, double whole,
                               double tolerance, int depth, double[] sum) {
        double m = 0.5 * (a + b);
        double lm = 0.5 * (a + m);
        double rm = 0.5 * (m + b);
        double flm = value(f, lm);
        double frm = value(f, rm);
        double left = (m - a) / 6 * (fa + 4 * flm + fm);
        double right = (b - m) / 6 * (fm + 4 * frm + fb);
        double delta = left + right - whole;
        if (Math.abs(delta) <= 15 * tolerance || depth >= MAX_DEPTH) {
            sum[0] += left + right + delta / 15;
            sum[1] += Math.abs(delta) / 15;
            return;
        }
        refine(f, a, m, fa, flm, fm, left, tolerance / 2, depth + 1, sum);
        refine(f, m, b, fm, frm, fb, right, tolerance / 2, depth + 1, sum);
    }

    private static double value(DoubleUnaryOperator f, double x) {
        double v = f.applyAsDouble(x);
        if (!Double.isFinite(v)) {
            throw new ArithmeticException("integrand is " + v + " at x = " + x);
        }
        return v;
    }
}
