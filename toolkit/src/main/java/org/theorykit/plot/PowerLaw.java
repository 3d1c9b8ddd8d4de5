package org.theorykit.plot;

/**
 * A power law y = C·x^exponent fitted by least squares to (log x, log y): the slope a log-log plot
 * shows, e.g. the rate at which test error falls with the number of parameters.
 *
 * @param exponent  the fitted slope in log-log coordinates
 * @param prefactor C
 * @param rSquared  coefficient of determination of the fit in log space
 */
public record PowerLaw(double exponent, double prefactor, double rSquared) {

    /** Fits y ≈ C·x^a to points with x, y > 0. */
    public static PowerLaw fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("need at least 2 points for a power-law fit, got " + x.length);
        }
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            if (!(x[i] > 0) || !(y[i] > 0) || Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("power-law fit needs finite x > 0 and y > 0, got x=" + x[i] + " y=" + y[i]
                        + " at index " + i);
            }
            mx += Math.log(x[i]) / n;
            my += Math.log(y[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - mx;
            double dy = Math.log(y[i]) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("power-law fit needs at least two distinct x values");
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new PowerLaw(slope, Math.exp(my - slope * mx), r2);
    }

    /** C·x^exponent. */
    public double at(double x) {
        return prefactor * Math.pow(x, exponent);
    }
}
