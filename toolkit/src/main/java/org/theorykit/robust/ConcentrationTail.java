package org.theorykit.robust;

import java.util.Arrays;
import org.theorykit.Arguments;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The measured concentration tail P(|f − E f| ≥ t) of one function's values on fresh samples, and
 * the smallest isoperimetry constant c consistent with it in Bubeck &amp; Sellke's (2021,
 * arXiv:2105.12806) Definition 1.1 for L = 1: P(|f − E f| ≥ t) ≤ 2·exp(−d t²/(2c)).
 *
 * <p>Estimator of c: with the absolute deviations sorted from the largest, t_(1) ≥ t_(2) ≥ …, the
 * empirical tail at t_(k) is k/N, and the bound holds there iff c ≥ d·t_(k)²/(2·ln(2N/k)). The
 * fitted constant is the largest of these over k ≥ {@code minCount}: deviations exceeded by fewer
 * than {@code minCount} samples are left out because their tail frequency is too noisy to test.
 * It is a lower bound on the constant the law needs (only finitely many t and functions are seen).
 */
public final class ConcentrationTail {

    private final double centre;
    private final double[] deviations;

    private ConcentrationTail(double centre, double[] deviations) {
        this.centre = centre;
        this.deviations = deviations;
    }

    /** The tail of {@code values} about their sample mean (E f estimated on the same samples). */
    public static ConcentrationTail of(double[] values) {
        Arguments.nonEmpty("values", values);
        return about(values, Arrays.stream(values).average().orElse(Double.NaN));
    }

    /** The tail of {@code values} about a known centre (e.g. the exact E f). */
    public static ConcentrationTail about(double[] values, double centre) {
        Arguments.notNull("values", values);
        if (values.length < 2) {
            throw new IllegalArgumentException("values must hold at least 2 samples, got " + values.length);
        }
        Arguments.finite("centre", centre);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(Arguments.finite("values[" + i + "]", values[i]) - centre);
        }
        Arrays.sort(deviations);
        return new ConcentrationTail(centre, deviations);
    }

    public double centre() {
        return centre;
    }

    public int samples() {
        return deviations.length;
    }

    /** The largest absolute deviation seen. */
    public double maxDeviation() {
        return deviations[deviations.length - 1];
    }

    /** The empirical tail: the fraction of samples with |f − centre| ≥ t. */
    public double tail(double t) {
        int first = Arrays.binarySearch(deviations, t);
        if (first < 0) {
            first = -first - 1;
        } else {
            while (first > 0 && deviations[first - 1] >= t) {
                first--;
            }
        }
        return (deviations.length - first) / (double) deviations.length;
    }

    /** The smallest c with k/N ≤ 2·exp(−d t_(k)²/(2c)) for every k ≥ minCount (see the class comment). */
    public double fittedConstant(int d, int minCount) {
        Arguments.atLeast("d", d, 1);
        Arguments.atLeast("minCount", minCount, 1);
        int n = deviations.length;
        if (minCount > n) {
            throw new IllegalArgumentException("minCount must be <= the samples, " + n + ", got " + minCount);
        }
        double c = 0;
        for (int k = minCount; k <= n; k++) {
            double t = deviations[n - k];
            c = Math.max(c, d * t * t / (2 * Math.log(2.0 * n / k)));
        }
        return c;
    }

    /** The bound 2·exp(−d t²/(2c)) of Definition 1.1 with L = 1. */
    public static double bound(double t, int d, double c) {
        Arguments.nonNegativeFinite("t", t);
        Arguments.positive("d", d);
        Arguments.positiveFinite("c", c);
        return 2 * Math.exp(-d * t * t / (2 * c));
    }

    /**
     * {@code points} values of t evenly on [0, max deviation]: columns {@code t}, {@code empirical_tail}
     * and {@code bound} = 2·exp(−d t²/(2c)).
     */
    public Table table(int d, double c, int points) {
        Arguments.atLeast("d", d, 1);
        Arguments.positiveFinite("c", c);
        Arguments.atLeast("points", points, 2);
        double[] t = new double[points];
        double[] tail = new double[points];
        double[] bound = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = maxDeviation() * i / (points - 1);
            tail[i] = tail(t[i]);
            bound[i] = bound(t[i], d, c);
        }
        return Table.create("concentration tail", DoubleColumn.create("t", t),
                DoubleColumn.create("empirical_tail", tail), DoubleColumn.create("bound", bound));
    }
}
