package org.theorykit.experiment.tour;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.regression.LinearModel;
import smile.regression.OLS;

/**
 * Least-squares polynomial regression on [−1, 1] with p = degree + 1 parameters. The features are
 * Legendre polynomials P₁..P_degree (Bonnet's recursion (k+1)P_{k+1} = (2k+1)xP_k − kP_{k−1}),
 * which are orthogonal on [−1, 1] and keep the design well conditioned; Smile's OLS (QR) solves
 * the least-squares problem. Models of increasing degree are nested, so training error can only
 * go down as the degree grows.
 */
public final class PolynomialFit {

    private final int degree;
    private final LinearModel model;

    private PolynomialFit(int degree, LinearModel model) {
        this.degree = degree;
        this.model = model;
    }

    /** Fits a polynomial of the given degree to (x, y) by least squares. */
    public static PolynomialFit fit(double[] x, double[] y, int degree) {
        if (degree < 1) {
            throw new IllegalArgumentException("degree must be >= 1, got " + degree);
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
        }
        if (x.length <= degree + 1) {
            throw new IllegalArgumentException("degree must be < n - 1 = " + (x.length - 1)
                    + " for a least-squares fit (more points than parameters), got " + degree);
        }
        double[][] rows = features(x, degree, y);
        String[] names = new String[degree + 1];
        for (int k = 1; k <= degree; k++) {
            names[k - 1] = "P" + k;
        }
        names[degree] = "y";
        return new PolynomialFit(degree, OLS.fit(Formula.lhs("y"), DataFrame.of(rows, names)));
    }

    public int degree() {
        return degree;
    }

    /** Number of fitted parameters: the degree plus the intercept. */
    public int parameterCount() {
        return degree + 1;
    }

    /** The fitted polynomial at x. */
    public double predict(double x) {
        double[] p = legendre(x, degree);
        return model.predict(p);
    }

    /** The fitted polynomial at each x. */
    public double[] predict(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = predict(x[i]);
        }
        return out;
    }

    /** Mean squared error of the fit on (x, y). */
    public double meanSquaredError(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double r = predict(x[i]) - y[i];
            sum += r * r;
        }
        return sum / x.length;
    }

    private static double[][] features(double[] x, int degree, double[] y) {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] p = legendre(x[i], degree);
            rows[i] = java.util.Arrays.copyOf(p, degree + 1);
            rows[i][degree] = y[i];
        }
        return rows;
    }

    /** P₁(x)..P_degree(x). */
    private static double[] legendre(double x, int degree) {
        double[] p = new double[degree];
        double previous = 1;
        double current = x;
        p[0] = current;
        for (int k = 1; k < degree; k++) {
            double next = ((2 * k + 1) * x * current - k * previous) / (k + 1);
            previous = current;
            current = next;
            p[k] = current;
        }
        return p;
    }
}
