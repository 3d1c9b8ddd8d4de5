package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.data.Samplers;

class SingleParameterFitTest {

    private static int[] randomLabels(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return random.ints(n, 0, 2).map(b -> 2 * b - 1).toArray();
    }

    @Test
    void fitsTenRandomLabelsOnEverySeed() {
        for (long seed = 1; seed <= 10; seed++) {
            double[][] x = Samplers.sphere(3).sample(10, seed);
            int[] y = randomLabels(10, 100 + seed);
            SingleParameterFit.Result r = SingleParameterFit.fit(x, y, 1e9, seed).orThrow();
            assertEquals(1, r.parameters());
            assertEquals(r.theta(), r.lipschitz());
            assertTrue(r.margin() > 0);
            for (int i = 0; i < x.length; i++) {
                assertEquals(y[i], Math.signum(r.value(x[i])), "seed " + seed + ", point " + i);
            }
        }
    }

    /** The weight needed grows with n: the median θ over 10 seeds at n = 12 exceeds that at n = 4 by far. */
    @Test
    void thetaGrowsWithTheNumberOfPoints() {
        double small = medianTheta(4);
        double large = medianTheta(12);
        assertTrue(large > 20 * small, "median θ: n=4 " + small + ", n=12 " + large);
    }

    private static double medianTheta(int n) {
        double[] theta = new double[10];
        for (int seed = 0; seed < 10; seed++) {
            theta[seed] = SingleParameterFit.fit(Samplers.sphere(3).sample(n, seed), randomLabels(n, 50 + seed), 1e12, seed)
                    .orThrow().theta();
        }
        Arrays.sort(theta);
        return theta[5];
    }

    @Test
    void impossibleOrOutOfBoundSearchesFailClearly() {
        double[][] x = {{1, 0}, {1, 0}};
        SingleParameterFit.Result r = SingleParameterFit.fit(x, new int[] {1, -1}, 1e4, 1);
        assertEquals(SingleParameterFit.Status.NOT_FOUND, r.status());
        assertThrows(IllegalStateException.class, r::orThrow);
        double[][] many = Samplers.sphere(3).sample(30, 1);
        assertEquals(SingleParameterFit.Status.NOT_FOUND, SingleParameterFit.fit(many, randomLabels(30, 2), 10, 1).status());
    }

    @Test
    void badInputIsRejected() {
        double[][] x = {{1, 0}, {0, 1}};
        assertThrows(IllegalArgumentException.class, () -> SingleParameterFit.fit(x, new int[] {1, 0}, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> SingleParameterFit.fit(x, new int[] {1}, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> SingleParameterFit.fit(x, new int[] {1, 1}, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> SingleParameterFit.fit(new double[][] {{1}, {1, 2}}, new int[] {1, 1}, 10, 1));
    }
}
