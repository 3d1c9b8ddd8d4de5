package org.theorykit.compositionality;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The unit counts of Poggio, Mhaskar, Rosasco, Miranda, Liao 2017 (arXiv:1611.00740) with the
 * constants of the O(·) set to 1 — orders of magnitude, not exact counts.
 * <ul>
 * <li>Theorem 1: a shallow net approximating f ∈ W_m^n to accuracy ε needs N = ε^(−n/m) units.</li>
 * <li>Theorem 2: a binary-tree net with the graph of a hierarchically local compositional f whose
 *     2-variable constituents are in W_m^2 needs N = (n−1)·ε^(−2/m).</li>
 * <li>Theorem 4 (ReLU, L-Lipschitz nodes): shallow (ε/L)^(−n), deep (n−1)(ε/L)^(−2) — Theorems 1–2
 *     with m = 1 and ε replaced by ε/L.</li>
 * </ul>
 */
public final class Theorems {

    private Theorems() {
    }

    /** Theorem 1: ε^(−n/m). */
    public static double shallowUnits(int n, double m, double epsilon) {
        check(n, m, epsilon);
        return Math.pow(epsilon, -n / m);
    }

    /** Theorem 2: (n − 1)·ε^(−2/m). */
    public static double deepUnits(int n, double m, double epsilon) {
        check(n, m, epsilon);
        return (n - 1) * Math.pow(epsilon, -2 / m);
    }

    /**
     * The exponent a of MSE ∝ N^a that Theorem 1 implies for a shallow net: N = ε^(−n/m) gives
     * ε ∝ N^(−m/n) and MSE ∝ ε² ∝ N^(−2m/n). Theorem 4 (ReLU, L-Lipschitz) is the case m = 1: −2/n.
     */
    public static double shallowMseExponent(int n, double m) {
        check(n, m, 0.5);
        return -2 * m / n;
    }

    /**
     * The exponent a of MSE ∝ N^a that Theorem 2 implies for the tree net: N = (n−1)·ε^(−2/m) gives
     * ε ∝ N^(−m/2) and MSE ∝ ε² ∝ N^(−m), whatever n. Theorem 4 (ReLU, L-Lipschitz) is the case m = 1:
     * N = (n−1)(ε/L)^(−2), so ε ∝ N^(−1/2) and MSE ∝ N^(−1).
     */
    public static double deepMseExponent(int n, double m) {
        check(n, m, 0.5);
        return -m;
    }

    /** One row per (n, ε): shallow units, deep units and their ratio, for smoothness m. */
    public static Table unitCounts(int[] ns, double[] epsilons, double m) {
        IntColumn nCol = IntColumn.create("n");
        DoubleColumn eCol = DoubleColumn.create("epsilon");
        DoubleColumn shallow = DoubleColumn.create("shallow_units");
        DoubleColumn deep = DoubleColumn.create("deep_units");
        DoubleColumn ratio = DoubleColumn.create("shallow/deep");
        for (int n : ns) {
            for (double e : epsilons) {
                nCol.append(n);
                eCol.append(e);
                shallow.append(shallowUnits(n, m, e));
                deep.append(deepUnits(n, m, e));
                ratio.append(shallowUnits(n, m, e) / deepUnits(n, m, e));
            }
        }
        return Table.create("Theorems 1-2 unit counts, m = " + m, nCol, eCol, shallow, deep, ratio);
    }

    private static void check(int n, double m, double epsilon) {
        if (n < 2) {
            throw new IllegalArgumentException("n = " + n + "; accepted: an integer >= 2");
        }
        if (!(m > 0) || !Double.isFinite(m)) {
            throw new IllegalArgumentException("m = " + m + "; accepted: a finite number > 0");
        }
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon = " + epsilon + "; accepted: 0 < epsilon < 1");
        }
    }

}
