package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.theorykit.GaussianSampleCheck;

/**
 * SGLD on U = Σ k_i(x_i − c_i)²/2 samples the Boltzmann law ∝ exp(−U/T) up to the Euler–Maruyama
 * bias. With exact gradients the chain is the AR(1) process x' − c = (1 − ηk)(x − c) + √(2ηT)ξ, whose
 * exact stationary law is N(c, T/(k(1 − ηk/2))) — the continuous-time N(c, T/k) only as η → 0.
 *
 * <p>Samples are taken every {@code thin} steps, where the lag-{@code thin} autocorrelation
 * (1 − ηk)^thin is below 1e-15, so they are independent to machine precision. For each of the d
 * coordinates a two-sided z-test on the mean and a two-sided χ²(N) test on Σ(x − c)²/σ² run, each at
 * level α/(2d) (Bonferroni), so each test method falsely fails with probability at most α = 1e-4.
 * Each method also checks its power: the continuous-time variance T/k must be rejected.
 */
class LangevinStationaryLawTest {

    private static final double ALPHA = 1e-4;

    /** Runs SGLD one sample per epoch ({@code thin} identical examples, batch 1) and returns samples[coord][i]. */
    private static double[][] sample(double[] curvatures, double[] centers, double rate, double temperature,
                                     int thin, int samples, long seed) {
        var objective = new DiagonalQuadratic(curvatures, centers, thin);
        double[][] draws = new double[curvatures.length][samples];
        Optimizers.sgld(rate, temperature).batchSize(1).seed(seed)
                .onEpoch(state -> {
                    for (int i = 0; i < curvatures.length; i++) {
                        draws[i][state.epoch() - 1] = state.theta()[i];
                    }
                })
                .train(objective, new double[curvatures.length], StopRules.maxEpochs(samples));
        return draws;
    }


    private static double discreteVariance(double k, double rate, double temperature) {
        return temperature / (k * (1 - rate * k / 2));
    }

    @Test
    void oneDimensionalChainMatchesTheDiscreteStationaryLaw() {
        double k = 2;
        double rate = 0.25;
        double temperature = 0.5;
        int thin = 60;
        assertTrue(Math.pow(1 - rate * k, thin) < 1e-15);
        double[] x = sample(new double[] {k}, new double[] {1.5}, rate, temperature, thin, 20_000, 11)[0];
        assertTrue(GaussianSampleCheck.consistent(x, 1.5, discreteVariance(k, rate, temperature), ALPHA));
        assertFalse(GaussianSampleCheck.consistent(x, 1.5, temperature / k, ALPHA), "the continuous-time variance T/k must be rejected");
    }

    @Test
    void diagonalChainMatchesTheDiscreteStationaryLawInEveryCoordinate() {
        double[] k = {0.5, 1, 2, 4};
        double[] centers = {1, -1, 0.5, 0};
        double rate = 0.1;
        double temperature = 0.3;
        int thin = 800;
        assertTrue(Math.pow(1 - rate * k[0], thin) < 1e-15);
        double[][] x = sample(k, centers, rate, temperature, thin, 5_000, 12);
        for (int i = 0; i < k.length; i++) {
            assertTrue(GaussianSampleCheck.consistent(x[i], centers[i], discreteVariance(k[i], rate, temperature), ALPHA / k.length),
                    "coordinate " + i);
        }
        assertFalse(GaussianSampleCheck.consistent(x[3], centers[3], temperature / k[3], ALPHA / k.length),
                "the continuous-time variance T/k must be rejected where ηk = 0.4");
    }

    @Test
    void theSampleIsReproducibleFromTheSeed() {
        double[][] first = sample(new double[] {1}, new double[] {0}, 0.1, 1, 10, 50, 3);
        double[][] second = sample(new double[] {1}, new double[] {0}, 0.1, 1, 10, 50, 3);
        assertEquals(java.util.Arrays.toString(first[0]), java.util.Arrays.toString(second[0]));
    }
}
