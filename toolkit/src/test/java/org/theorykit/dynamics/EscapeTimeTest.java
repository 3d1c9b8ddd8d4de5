package org.theorykit.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Escape times from the left well of the symmetric double well U = ((x/√2)² − 1)² (minima ±√2,
 * U'' = 4, barrier 1 at x = 0, |U''(0)| = 2), 1000 independent particles from the minimum until all
 * reached the saddle, dt = 0.01.
 * <ul>
 *   <li>the mean escape time is within 4 standard errors (sample standard deviation / √N; false-alarm
 *       rate 6e-5 per temperature) of the exact mean first-passage time (Gardiner §5.2.7) to the
 *       level 0.5826·√(2T·dt) beyond the saddle — the discrete-monitoring correction of Broadie,
 *       Glasserman &amp; Kou 1997 (Math. Finance 7), since the chain is only looked at every dt;</li>
 *   <li>the Arrhenius slope d ln τ / d(1/T), fitted over T = 1/4, 1/3, 1/2, is within 15% of the
 *       barrier ΔU = 1 (its standard error is about 0.02);</li>
 *   <li>the Kramers time 1/(2r) is 10–20% below at these moderate T, and is rejected at T = 1/2.</li>
 * </ul>
 */
class EscapeTimeTest {

    private static final double[] TEMPERATURES = {0.25, 1 / 3.0, 0.5};

    @Test
    void meanEscapeTimesMatchTheExactFirstPassageTimeAndArrhenius() {
        DoubleWell wells = Potentials.equalWells(4, 4, 1);
        double dt = 0.01;
        double[] logMean = new double[TEMPERATURES.length];
        for (int k = 0; k < TEMPERATURES.length; k++) {
            double t = TEMPERATURES[k];
            LangevinRun run = Langevin.of(wells.potential()).temperature(t).timeStep(dt).particles(1000).seed(30 + k)
                    .start(wells.minima()[0]).basins(wells.basins(), 2).stopWhenAllEscaped().recordEvery(1_000_000)
                    .run(5_000_000);
            assertEquals(LangevinRun.Status.ALL_ESCAPED, run.status(), run.message());
            double mean = 0;
            double squares = 0;
            for (double e : run.escapeTimes()) {
                mean += e / run.particles();
                squares += e * e / run.particles();
            }
            double se = Math.sqrt((squares - mean * mean) / run.particles());
            double exact = Boltzmann.meanFirstPassageTime(wells.potential(), t, -4, wells.minima()[0],
                    wells.saddle() + 0.5826 * Math.sqrt(2 * t * dt));
            String numbers = String.format("T = %.3f: mean escape %.3f ± %.3f, exact %.3f", t, mean, se, exact);
            assertEquals(exact, mean, 4 * se, numbers);
            double kramers = 1 / (2 * wells.kramersRate(0, t));
            assertTrue(kramers < 0.92 * exact && kramers > 0.8 * exact, "Kramers " + kramers + "; " + numbers);
            if (t == 0.5) {
                assertTrue(Math.abs(mean - kramers) > 4 * se, "Kramers' asymptotic time must be rejected: " + numbers);
            }
            logMean[k] = Math.log(mean);
        }
        assertEquals(1.0, arrheniusSlope(logMean), 0.15, "barrier from the Arrhenius slope");
    }

    /** The least-squares slope of ln τ against 1/T. */
    private static double arrheniusSlope(double[] logMean) {
        int n = TEMPERATURES.length;
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += 1 / TEMPERATURES[k] / n;
            my += logMean[k] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            double dx = 1 / TEMPERATURES[k] - mx;
            sxy += dx * (logMean[k] - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
