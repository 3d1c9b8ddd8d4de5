package org.theorykit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.theorykit.BadInput.assertMessage;

import org.junit.jupiter.api.Test;

class BandwidthTest {

    @Test
    void theMedianOverAllPairsIsExact() {
        double[][] line = {{0}, {1}, {3}, {7}};   // distances 1, 3, 7, 2, 6, 4: median (3 + 4) / 2
        assertEquals(3.5, Bandwidth.medianDistance(line, 100, 1), 0);
        assertEquals(2, Bandwidth.medianDistance(new double[][] {{0, 0}, {0, 2}}, 1, 1), 0);
    }

    /** Points 0, 1, …, 199 on a line: the distance |i − j| of a random pair has median ≈ 200(1 − 1/√2) ≈ 58.6. */
    @Test
    void theSampledMedianIsCloseToTheExactOne() {
        double[][] line = new double[200][];
        for (int i = 0; i < line.length; i++) {
            line[i] = new double[] {i};
        }
        double exact = Bandwidth.medianDistance(line, 20_000, 1);   // 19,900 pairs: all of them
        assertEquals(58.6, exact, 1);
        assertEquals(exact, Bandwidth.medianDistance(line, 5_000, 2), 2.5);
    }

    @Test
    void badInputIsNamed() {
        assertMessage("x must hold at least 2 points, got 1", () -> Bandwidth.medianDistance(new double[][] {{1}}, 10, 1));
        assertMessage("pairs must be >= 1, got 0", () -> Bandwidth.medianDistance(new double[][] {{1}, {2}}, 0, 1));
    }
}
