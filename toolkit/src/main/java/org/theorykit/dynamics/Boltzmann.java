package org.theorykit.dynamics;

import org.theorykit.Arguments;
import java.util.function.DoubleUnaryOperator;

/**
 * The exact side of the lecture: the Boltzmann law exp(−U/T)/Z, the stationary law of
 * dX = −∇U dt + √(2T) dW (Gibbs; see Poggio et al., Theory IIb, arXiv:1801.02254, on SGD and
 * Langevin), integrated over each basin by {@link Quadrature adaptive Simpson} in 1-D and as an
 * iterated integral in 2-D. The integrand is exp(−(U − U_min)/T), U_min the smallest U on a scan
 * grid, so it is at most ~1 and never overflows at low T; the scan's argmin is a panel edge, so the
 * peak of width √(T/U'') is always seen. Relative quadrature tolerance 1e-10; the returned errors
 * add the quadrature estimates and, for the presets, the truncated tails (&lt; e^−50 relative).
 */
public final class Boltzmann {

    private static final int SCAN = 4096;
    private static final int SCAN_2D = 256;
    private static final double RELATIVE_TOLERANCE = 1e-10;
    private static final double TAIL = 50;

    private Boltzmann() {
    }

    /**
     * Basin masses on [edges[0], edges[last]], basin i being [edges[i], edges[i+1]); the weight
     * outside the outer edges is ignored, so put them where U − U_min ≫ T.
     */
    public static BasinMasses masses(Potential1D potential, double temperature, double... edges) {
        Arguments.notNull("potential", potential);
        double t = Arguments.positiveFinite("temperature", temperature);
        checkEdges("edges", edges);
        double shift = minimum(potential::at, edges[0], edges[edges.length - 1], SCAN);
        DoubleUnaryOperator weight = x -> Math.exp(-(potential.at(x) - shift) / t);
        int basins = edges.length - 1;
        Quadrature.Estimate[] parts = new Quadrature.Estimate[basins];
        for (int i = 0; i < basins; i++) {
            parts[i] = integrateAroundPeak(weight, edges[i], edges[i + 1], SCAN);
        }
        return normalize(t, parts, shift);
    }

    /** The masses of the two basins of {@code well}, with the domain cut where U − U_min ≥ 50·T. */
    public static BasinMasses masses(DoubleWell well, double temperature) {
        Arguments.positiveFinite("temperature", temperature);
        return masses(well.potential(), temperature, domain(well, temperature));
    }

    /**
     * Masses of the basins [xEdges[i], xEdges[i+1]) × [yLow, yHigh] of a 2-D potential, as the iterated
     * integral ∫dx ∫dy exp(−(U − U_min)/T), each one adaptive.
     */
    public static BasinMasses masses(Potential potential, double temperature, double[] xEdges, double yLow, double yHigh) {
        Arguments.notNull("potential", potential);
        if (potential.dimension() != 2) {
            throw new IllegalArgumentException("potential must be 2-dimensional here, got dimension " + potential.dimension());
        }
        double t = Arguments.positiveFinite("temperature", temperature);
        checkEdges("xEdges", xEdges);
        Arguments.interval("yLow", yLow, "yHigh", yHigh);
        double[] point = new double[2];
        DoubleUnaryOperator lowestAlongY = x -> minimum(y -> potential.at(x, y), yLow, yHigh, SCAN_2D);
        double shift = minimum(lowestAlongY, xEdges[0], xEdges[xEdges.length - 1], SCAN_2D);
        double[] worstInnerRelativeError = new double[1];
        DoubleUnaryOperator marginal = x -> {
            Quadrature.Estimate inner = integrateAroundPeak(
                    y -> Math.exp(-(potential.value().applyAsDouble(set(point, x, y)) - shift) / t), yLow, yHigh, SCAN_2D);
            if (inner.value() > 0) {
                worstInnerRelativeError[0] = Math.max(worstInnerRelativeError[0], inner.error() / inner.value());
            }
            return inner.value();
        };
        int basins = xEdges.length - 1;
        Quadrature.Estimate[] parts = new Quadrature.Estimate[basins];
        for (int i = 0; i < basins; i++) {
            Quadrature.Estimate outer = integrateAroundPeak(marginal, xEdges[i], xEdges[i + 1], SCAN_2D);
            parts[i] = new Quadrature.Estimate(outer.value(), outer.error() + worstInnerRelativeError[0] * outer.value());
        }
        return normalize(t, parts, shift);
    }

    /** The masses of the two basins of {@code well}, on a box outside of which U − U_min ≥ 50·T. */
    public static BasinMasses masses(DoubleWell2D well, double temperature) {
        Arguments.positiveFinite("temperature", temperature);
        double y = Math.sqrt(2 * TAIL * temperature / well.transverseCurvature());
        return masses(well.potential(), temperature, domain(well.profile(), temperature), -y, y);
    }

    /**
     * The exact mean first-passage time of dX = −U'(X) dt + √(2T) dW from {@code from} to the level
     * {@code to} &gt; from, with a reflecting wall at {@code lower} (put it where U − U_min ≫ T to mimic
     * −∞): τ = (1/T)∫_from^to dy e^{U(y)/T} ∫_lower^y dz e^{−U(z)/T} (Gardiner, Handbook of Stochastic
     * Methods, §5.2.7). Both integrals are adaptive Simpson with relative tolerance 1e-10; the
     * Kramers time 1/(2r) is its low-T limit when {@code to} is the saddle.
     */
    public static double meanFirstPassageTime(Potential1D potential, double temperature, double lower, double from,
                                              double to) {
        Arguments.notNull("potential", potential);
        double t = Arguments.positiveFinite("temperature", temperature);
        Arguments.interval("lower", lower, "from", from);
        Arguments.interval("from", from, "to", to);
        double shift = minimum(potential::at, lower, to, SCAN);
        DoubleUnaryOperator weight = z -> Math.exp(-(potential.at(z) - shift) / t);
        DoubleUnaryOperator outer = y -> Math.exp((potential.at(y) - shift) / t)
                * integrateAroundPeak(weight, lower, y, SCAN_2D).value();
        double scale = Quadrature.simpson(outer, from, to, Double.MAX_VALUE, 16).value();
        return Quadrature.simpson(outer, from, to, Math.max(RELATIVE_TOLERANCE * scale, Double.MIN_NORMAL), 16).value() / t;
    }

    /** {lower edge, saddle, upper edge}, the outer edges where U − U_min first reaches 50·T. */
    static double[] domain(DoubleWell well, double temperature) {
        double lowest = Math.min(well.minimumValues()[0], well.minimumValues()[1]);
        double[] m = well.minima();
        double step = 0.1 * Math.min(well.saddle() - m[0], m[1] - well.saddle());
        return new double[] {outward(well.potential(), m[0], -step, lowest + TAIL * temperature), well.saddle(),
                outward(well.potential(), m[1], step, lowest + TAIL * temperature)};
    }

    private static double outward(Potential1D u, double from, double step, double level) {
        double x = from + step;
        for (int i = 0; i < 200 && u.at(x) < level; i++) {
            step *= 1.5;
            x = from + step;
        }
        if (u.at(x) < level) {
            throw new IllegalArgumentException("the potential does not rise above " + level + " beyond x = " + from
                    + "; it must grow at infinity for exp(-U/T) to be normalizable");
        }
        return x;
    }

    /** Scans the weight on {@code scan} panels, then integrates adaptively on either side of its largest value. */
    private static Quadrature.Estimate integrateAroundPeak(DoubleUnaryOperator weight, double lo, double hi, int scan) {
        double h = (hi - lo) / scan;
        double peak = lo;
        double peakWeight = -1;
        double rough = 0;
        for (int i = 0; i <= scan; i++) {
            double x = i == scan ? hi : lo + i * h;
            double w = weight.applyAsDouble(x);
            rough += w * h;
            if (w > peakWeight) {
                peak = x;
                peakWeight = w;
            }
        }
        double tolerance = Math.max(RELATIVE_TOLERANCE * rough, Double.MIN_NORMAL);
        Quadrature.Estimate sum = new Quadrature.Estimate(0, 0);
        if (peak > lo) {
            sum = add(sum, Quadrature.simpson(weight, lo, peak, tolerance / 2, 8));
        }
        if (peak < hi) {
            sum = add(sum, Quadrature.simpson(weight, peak, hi, tolerance / 2, 8));
        }
        return sum;
    }

    private static BasinMasses normalize(double t, Quadrature.Estimate[] parts, double shift) {
        double total = 0;
        double totalError = 0;
        for (Quadrature.Estimate p : parts) {
            total += p.value();
            totalError += p.error();
        }
        double[] masses = new double[parts.length];
        double[] errors = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            masses[i] = parts[i].value() / total;
            errors[i] = (parts[i].error() + masses[i] * totalError) / total + Math.exp(-TAIL);
        }
        return new BasinMasses(t, masses, errors, Math.log(total) - shift / t);
    }

    private static Quadrature.Estimate add(Quadrature.Estimate a, Quadrature.Estimate b) {
        return new Quadrature.Estimate(a.value() + b.value(), a.error() + b.error());
    }

    private static double minimum(DoubleUnaryOperator u, double lo, double hi, int scan) {
        double best = Double.POSITIVE_INFINITY;
        double h = (hi - lo) / scan;
        for (int i = 0; i <= scan; i++) {
            best = Math.min(best, u.applyAsDouble(i == scan ? hi : lo + i * h));
        }
        return best;
    }

    private static double[] set(double[] point, double x, double y) {
        point[0] = x;
        point[1] = y;
        return point;
    }

    private static void checkEdges(String name, double[] edges) {
        if (edges == null || edges.length < 2) {
            throw new IllegalArgumentException(name + " must hold at least 2 increasing finite values, got "
                    + (edges == null ? "null" : java.util.Arrays.toString(edges)));
        }
        for (int i = 0; i < edges.length; i++) {
            Arguments.finite(name + "[" + i + "]", edges[i]);
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException(name + " must be strictly increasing, got " + java.util.Arrays.toString(edges));
            }
        }
    }
}
