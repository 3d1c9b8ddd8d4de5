package org.theorykit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class FiguresTest {

    @Test
    void logLogSlopeReadsTheExponentOfADrawnPowerLaw() {
        XYChart chart = Figures.logLog("t", "x", "y");
        Figures.curve(chart, "3 x^-2", x -> 3 * Math.pow(x, -2), 10, 1000, 7);
        Figures.line(chart, "bent", new double[] {1, 2, 4}, new double[] {1, 100, 4});
        assertEquals(-2.0, Figures.logLogSlope(chart, "3 x^-2"), 1e-12);
        assertEquals(1.0, Figures.logLogSlope(chart, "bent"), 1e-12, "first to last point, the middle ignored");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> Figures.logLogSlope(chart, "other"));
        assertTrue(missing.getMessage().contains("'other'") && missing.getMessage().contains("3 x^-2"), missing.getMessage());
    }
}
