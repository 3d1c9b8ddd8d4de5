package org.theorykit.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.theorykit.GaussianSampleCheck;
import smile.stat.distribution.GaussianDistribution;

/**
 * On U = kx²/2 the Euler–Maruyama chain from x₀ = 0 is the AR(1) process x' = (1 − k·dt)x + √(2T·dt)ξ,
 * so after n steps each particle is exactly N(0, v(1 − (1 − k·dt)^{2n})) with v = T/(k(1 − k·dt/2)),
 * the discrete chain's stationary variance (the continuous law N(0, T/k) only as dt → 0). The
 * particles are independent, so their final positions are an i.i.d. sample. Each sample is tested by
 * a two-sided z-test on the mean and a two-sided χ²(N) test on Σx²/v, each at level α/2, so a
 * correct simulator fails a test method with probability at most α = 1e-4 (Bonferroni over
 * coordinates in 2-D). Each method also checks power: the continuous-time variance T/k is rejected.
 */
class StationaryLawTest {

    private static final double ALPHA = 1e-4;

    private static boolean consistent(double[] x, double variance, double alpha) {
        return GaussianSampleCheck.consistent(x, 0, variance, alpha);
    }

    private static double discreteVariance(double k, double dt, double t, int steps) {
        return t / (k * (1 - k * dt / 2)) * (1 - Math.pow(1 - k * dt, 2 * steps));
    }

    @Test
    void oneDimensionalWellSamplesTheDiscreteChainsGaussian() {
        double k = 2;
        double dt = 0.1;
        double t = 0.5;
        int steps = 200;
        LangevinRun run = Langevin.of(Potentials.quadratic(k)).temperature(t).timeStep(dt).particles(20_000).seed(5)
                .run(steps);
        double[] x = run.positions()[0];
        assertTrue(consistent(x, discreteVariance(k, dt, t, steps), ALPHA));
        assertFalse(consistent(x, t / k, ALPHA), "the continuous-time variance T/k must be rejected at k·dt = 0.2");
    }

    @Test
    void shortRunsMatchTheTransientVarianceToo() {
        double k = 1;
        double dt = 0.05;
        double t = 2;
        int steps = 10;
        double[] x = Langevin.of(Potentials.quadratic(k)).temperature(t).timeStep(dt).particles(20_000).seed(6)
                .run(steps).positions()[0];
        assertTrue(consistent(x, discreteVariance(k, dt, t, steps), ALPHA));
        assertFalse(consistent(x, t / (k * (1 - k * dt / 2)), ALPHA), "the stationary variance is not yet reached");
    }

    @Test
    void twoDimensionalWellSamplesTheDiscreteChainsGaussianInEachCoordinate() {
        double[] k = {0.5, 4};
        double dt = 0.1;
        double t = 0.3;
        int steps = 400;
        Potential u = new Potential("(0.5x² + 4y²)/2", 2, p -> 0.5 * (k[0] * p[0] * p[0] + k[1] * p[1] * p[1]),
                (p, g) -> {
                    g[0] = k[0] * p[0];
                    g[1] = k[1] * p[1];
                });
        LangevinRun run = Langevin.of(u).temperature(t).timeStep(dt).particles(10_000).seed(7).start(0, 0).run(steps);
        for (int j = 0; j < 2; j++) {
            assertTrue(consistent(run.positions()[j], discreteVariance(k[j], dt, t, steps), ALPHA / 2), "coordinate " + j);
        }
        assertFalse(consistent(run.positions()[1], t / k[1], ALPHA / 2), "T/k must be rejected where k·dt = 0.4");
    }

    /**
     * SGD-style noise on Uᵢ(x) = k(x − δᵢ)²/2 with Σδᵢ = 0: x' = (1 − k·dt)x + k·dt·δ̄_B, δ̄_B the mean
     * of B shifts drawn with replacement (variance s²/B, s² = mean δᵢ²). The stationary variance is
     * exactly k·dt·s²/(B(2 − k·dt)): the noise's temperature k²·dt·s²/(2B) grows with the curvature,
     * unlike Langevin's. The law is not Gaussian, so the variance is tested by a z-test on mean x²
     * with the sample's own standard error, and the mean by a z-test; each is two-sided at level
     * α/2 (central limit theorem), so the method falsely fails with probability ≤ 2α = 2e-4 (two k).
     */
    @Test
    void minibatchNoiseHasTheExactStationaryVarianceOfItsAr1Chain() {
        double[] shifts = {-1.5, -0.5, 0.25, 0.75, 1.0};
        double s2 = 0;
        for (double d : shifts) {
            s2 += d * d / shifts.length;
        }
        for (double k : new double[] {1, 4}) {
            double dt = 0.05;
            int batch = 2;
            double expected = k * dt * s2 / (batch * (2 - k * dt));
            FiniteSum1D sum = FiniteSum1D.shiftedCopies(Potentials.quadratic(k), shifts);
            double[] x = Langevin.minibatch(sum, batch).temperature(0).timeStep(dt).particles(20_000).seed(8)
                    .run((long) (40 / (k * dt))).positions()[0];
            double mean = 0;
            double meanSquare = 0;
            double meanFourth = 0;
            for (double v : x) {
                mean += v / x.length;
                meanSquare += v * v / x.length;
                meanFourth += v * v * v * v / x.length;
            }
            double standardError = Math.sqrt((meanFourth - meanSquare * meanSquare) / x.length);
            double zLimit = GaussianDistribution.getInstance().quantile(1 - ALPHA / 4);
            assertEquals(0, mean, zLimit * Math.sqrt(expected / x.length), "mean at k = " + k);
            assertEquals(expected, meanSquare, zLimit * standardError, "variance at k = " + k);
        }
    }
}
