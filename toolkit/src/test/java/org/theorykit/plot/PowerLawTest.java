package org.theorykit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PowerLawTest {

    @Test
    void recoversAnExactPowerLaw() {
        double[] x = {10, 30, 100, 300, 1000};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3.5 * Math.pow(x[i], -1.25);
        }
        PowerLaw fit = PowerLaw.fit(x, y);
        assertEquals(-1.25, fit.exponent(), 1e-12);
        assertEquals(3.5, fit.prefactor(), 1e-10);
        assertEquals(1.0, fit.rSquared(), 1e-12);
        assertEquals(3.5 * Math.pow(50, -1.25), fit.at(50), 1e-12);
    }

    @Test
    void noisyDataGivesRSquaredBelowOne() {
        PowerLaw fit = PowerLaw.fit(new double[] {1, 2, 4, 8}, new double[] {1, 0.6, 0.2, 0.16});
        assertTrue(fit.rSquared() < 1 && fit.rSquared() > 0.8, String.valueOf(fit.rSquared()));
    }

    @Test
    void rejectsNonPositiveAndDegenerateInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PowerLaw.fit(new double[] {1, 2}, new double[] {1, 0}));
        assertTrue(e.getMessage().contains("y=0.0 at index 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.fit(new double[] {2, 2}, new double[] {1, 3}));
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.fit(new double[] {1}, new double[] {1}));
    }
}
