package org.theorykit.stats;

/**
 * The least-squares straight line y ≈ intercept + slope·x through points (x_i, y_i), with the means it
 * passes through: e.g. ln τ against 1/T, whose slope is the barrier of the Arrhenius law τ ∝ e^{ΔU/T}.
 *
 * @param slope     Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²
 * @param intercept ȳ − slope·x̄
 * @param meanX     x̄
 * @param meanY     ȳ
 */
public record LineFit(double slope, double intercept, double meanX, double meanY) {

    /** Fits the line to finite points; at least two, with two distinct x values. */
    public static LineFit fit(double[] x, double[] y) {
        Correlation.check(x, y);
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("x must hold at least two distinct values, got all " + x[0]);
        }
        double slope = sxy / sxx;
        return new LineFit(slope, my - slope * mx, mx, my);
    }

    /** intercept + slope·x. */
    public double at(double x) {
        return intercept + slope * x;
    }
}
