package org.theorykit.stats;

import java.util.Arrays;

/**
 * Pearson's correlation coefficient r = Σ(a − ā)(b − b̄) / √(Σ(a − ā)² Σ(b − b̄)²) of two samples: how
 * close to a straight line the points (a_i, b_i) lie, in [−1, 1]. Lengyel et al. (ICLR 2021 submission)
 * report flatness and margins correlated in this sense.
 */
public final class Correlation {

    private Correlation() {
    }

    /** Pearson's r of a and b (same length ≥ 2, finite); NaN when either sample is constant. */
    public static double pearson(double[] a, double[] b) {
        check(a, b);
        double ma = Arrays.stream(a).average().orElseThrow();
        double mb = Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    static void check(double[] a, double[] b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("both samples must be given, got " + (a == null ? "null" : "an array")
                    + " and " + (b == null ? "null" : "an array"));
        }
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("the samples must have the same length >= 2, got " + a.length + " and " + b.length);
        }
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) {
                throw new IllegalArgumentException("the samples must be finite, got " + a[i] + " and " + b[i] + " at index " + i);
            }
        }
    }
}
