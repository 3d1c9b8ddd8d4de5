package org.theorykit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void lineFitRecoversAnExactLineAndTheLeastSquaresSlopeOfNoisyPoints() {
        LineFit exact = LineFit.fit(new double[] {1, 2, 4}, new double[] {1, 3, 7});
        assertEquals(2.0, exact.slope(), 1e-14);
        assertEquals(-1.0, exact.intercept(), 1e-14);
        assertEquals(7.0 / 3, exact.meanX(), 1e-14);
        assertEquals(11.0 / 3, exact.meanY(), 1e-14);
        assertEquals(9.0, exact.at(5), 1e-13);
        // (0,0), (1,1), (2,1): slope Σdxdy/Σdx² = 1/2, intercept 2/3 − 1/2 = 1/6 (by hand)
        LineFit noisy = LineFit.fit(new double[] {0, 1, 2}, new double[] {0, 1, 1});
        assertEquals(0.5, noisy.slope(), 1e-15);
        assertEquals(1.0 / 6, noisy.intercept(), 1e-15);
        IllegalArgumentException vertical = assertThrows(IllegalArgumentException.class,
                () -> LineFit.fit(new double[] {1, 1}, new double[] {0, 2}));
        assertTrue(vertical.getMessage().contains("distinct"), vertical.getMessage());
    }

    @Test
    void pearsonIsOneOnALineMinusOneOnAFallingLineAndKnownOtherwise() {
        assertEquals(1.0, Correlation.pearson(new double[] {1, 2, 3}, new double[] {5, 7, 9}), 1e-15);
        assertEquals(-1.0, Correlation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-15);
        // (0,0), (1,1), (2,1): Σdadb = 1, Σda² = 2, Σdb² = 2/3, r = 1/√(4/3) = √3/2
        assertEquals(Math.sqrt(3) / 2, Correlation.pearson(new double[] {0, 1, 2}, new double[] {0, 1, 1}), 1e-15);
        assertTrue(Double.isNaN(Correlation.pearson(new double[] {1, 2}, new double[] {4, 4})));
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> Correlation.pearson(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertTrue(lengths.getMessage().contains("same length"), lengths.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Correlation.pearson(new double[] {1, Double.NaN}, new double[] {1, 2}));
    }
}
