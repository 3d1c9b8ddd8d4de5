package org.theorykit.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.theorykit.pruning.PruningTest.assertNamed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Monte Carlo null of Spearman's ρ against exact enumeration (m = 6) and the normal limit (m = 400). */
class SpearmanNullTest {

    @Test
    void quantilesMatchExactEnumerationForSixPoints() {
        List<Double> exact = new ArrayList<>();
        permute(new int[] {0, 1, 2, 3, 4, 5}, 0, exact);
        Collections.sort(exact);
        for (double q : new double[] {0.5, 0.9, 0.95, 0.99}) {
            double expected = exact.get((int) Math.ceil(q * exact.size()) - 1);
            // ρ moves in steps of 6·2/(6·35) = 0.057 for m = 6: the Monte Carlo quantile lands on the exact one or a neighbour
            assertEquals(expected, SpearmanNull.quantile(6, q, 200_000, 3), 0.06, "q = " + q);
        }
    }

    @Test
    void largeSamplesApproachTheNormalLimit() {
        // ρ ≈ N(0, 1/(m − 1)): the 95 % quantile for m = 400 is 1.645/√399 = 0.0824
        assertEquals(1.6449 / Math.sqrt(399), SpearmanNull.quantile(400, 0.95, 20_000, 5), 0.004);
        assertEquals(0.0, SpearmanNull.quantile(400, 0.5, 20_000, 5), 0.003);
    }

    @Test
    void badInputIsNamed() {
        assertNamed("m", () -> SpearmanNull.quantile(2, 0.95, 1000, 1));
        assertNamed("q", () -> SpearmanNull.quantile(9, 1.0, 1000, 1));
        assertNamed("draws", () -> SpearmanNull.quantile(9, 0.95, 10, 1));
    }

    private static void permute(int[] a, int from, List<Double> rho) {
        if (from == a.length) {
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += (double) (a[i] - i) * (a[i] - i);
            }
            rho.add(1 - 6 * sum / (a.length * (a.length * a.length - 1.0)));
            return;
        }
        for (int i = from; i < a.length; i++) {
            int t = a[from]; a[from] = a[i]; a[i] = t;
            permute(a, from + 1, rho);
            t = a[from]; a[from] = a[i]; a[i] = t;
        }
    }
}
