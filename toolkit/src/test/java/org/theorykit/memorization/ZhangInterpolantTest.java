package org.theorykit.memorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Zhang et al.'s Theorem 1 construction: exact interpolation of random labels with exactly 2n + d weights. */
class ZhangInterpolantTest {

    @Test
    void interpolatesRandomLabelsWithTwoNPlusDWeights() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 300;
        int d = 20;
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = random.nextBoolean() ? 1 : -1;
        }
        ZhangInterpolant f = ZhangInterpolant.fit(x, y, 1);
        assertEquals(2 * n + d, f.weightCount());
        assertTrue(f.maxError(x, y) <= 1e-8, "max error " + f.maxError(x, y));
        double[] theta = f.shallowNetParameters();
        for (int i = 0; i < n; i += 37) {
            assertEquals(f.value(x[i]), f.asShallowNet().output(theta, x[i])[0], 1e-9 * (1 + Math.abs(y[i])));
        }
    }

    @Test
    void oneDimensionalKnownCase() {
        // points 0, 1, 2 with labels 0, 1, 0: thresholds −1, 0.5, 1.5 (or mirrored if a < 0)
        double[][] x = {{0}, {1}, {2}};
        double[] y = {0, 1, 0};
        ZhangInterpolant f = ZhangInterpolant.fit(x, y, 3);
        assertEquals(2 * 3 + 1, f.weightCount());
        assertEquals(0, f.maxError(x, y), 1e-12);
    }

    @Test
    void repeatedPointsAreRejectedByName() {
        double[][] x = {{0, 1}, {2, 3}, {0, 1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ZhangInterpolant.fit(x, new double[] {1, 2, 3}, 1));
        assertTrue(e.getMessage().startsWith("x must hold distinct points; x[0] and x[2]"), e.getMessage());
    }
}
