package org.theorykit.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hutchinson trace, stochastic Lanczos quadrature and effective dimension on matrices with a known
 * spectrum. The two "within 4 standard errors" checks have false-alarm rate ≈ 6e-5 each if the
 * estimate were normal (two-sided 4σ); with fixed seeds they are deterministic. The smoothed SLQ
 * density (60 steps, 20 probes, σ = 0.3) is within L1 distance 0.1 of the smoothed true spectrum
 * (0.05 observed).
 */
class SpectralEstimatorsTest {

    private static double[] spectrum(int p) {
        double[] lambda = new double[p];
        for (int i = 0; i < p; i++) {
            lambda[i] = i % 7 == 0 ? 0 : 3 * Math.sin(i) + 1; // zeros (flat directions) and negative curvature
        }
        return lambda;
    }

    @Test
    void hutchinsonIsWithinFourStandardErrorsOfTheTrace() {
        DenseHessian h = DenseHessian.withSpectrum(spectrum(150), 31);
        HutchinsonTrace.Estimate estimate = HutchinsonTrace.estimate(h, 200, 32);
        assertTrue(estimate.standardError() > 0);
        assertEquals(h.trace(), estimate.trace(), 4 * estimate.standardError());
        assertEquals(Arrays.stream(spectrum(150)).sum(), h.trace(), 1e-9);
    }

    @Test
    void slqWeightsSumToOneAndTheSmoothedDensityIntegratesToOne() {
        DenseHessian h = DenseHessian.withSpectrum(spectrum(120), 33);
        SpectralDensity density = StochasticLanczosQuadrature.estimate(h, 30, 10, 34);
        assertEquals(1, Arrays.stream(density.weights()).sum(), 1e-12);
        double sigma = 0.1;
        double[] grid = density.grid(4001, sigma);
        double[] values = density.density(grid, sigma);
        double integral = 0;
        for (int i = 1; i < grid.length; i++) {
            integral += 0.5 * (values[i] + values[i - 1]) * (grid[i] - grid[i - 1]);
        }
        assertEquals(1, integral, 1e-6);
        assertEquals(2, density.table(50, sigma).columnCount());
    }

    @Test
    void slqFirstMomentIsTheHutchinsonEstimateOverPAndWithinFourStandardErrorsOfTraceOverP() {
        int p = 120;
        DenseHessian h = DenseHessian.withSpectrum(spectrum(p), 35);
        SpectralDensity density = StochasticLanczosQuadrature.estimate(h, 20, 40, 36);
        HutchinsonTrace.Estimate sameProbes = HutchinsonTrace.estimate(h, 40, 36);
        // The Gauss rule is exact for degree 1: with the same Rademacher probes both estimate (1/p)Σ zᵀHz.
        assertEquals(sameProbes.trace() / p, density.moment(1), 1e-12);
        assertEquals(h.trace() / p, density.moment(1), 4 * sameProbes.standardError() / p);
    }

    @Test
    void theSmoothedSlqDensityIsCloseToTheSmoothedTrueSpectrumInL1() {
        double[] lambda = spectrum(200);
        SpectralDensity truth = new SpectralDensity(lambda, uniformWeights(lambda.length), lambda.length);
        SpectralDensity estimate = StochasticLanczosQuadrature.estimate(DenseHessian.withSpectrum(lambda, 41), 60, 20, 42);
        double sigma = 0.3;
        double[] grid = truth.grid(2001, sigma);
        double[] expected = truth.density(grid, sigma);
        double[] actual = estimate.density(grid, sigma);
        double l1 = 0;
        for (int i = 0; i < grid.length; i++) {
            l1 += Math.abs(expected[i] - actual[i]) * (grid[1] - grid[0]);
        }
        assertTrue(l1 < 0.1, "L1 distance " + l1);
    }

    private static double[] uniformWeights(int p) {
        double[] weights = new double[p];
        Arrays.fill(weights, 1.0 / p);
        return weights;
    }

    @Test
    void slqWithAsManyStepsAsTheDimensionRecoversTheSpectrumExactly() {
        double[] lambda = {-1, 0, 0, 2, 5};
        SpectralDensity density = StochasticLanczosQuadrature.estimate(
                DenseHessian.withSpectrum(lambda, 37), 5, 1, 38);
        // A probe's Krylov space closes after the 4 distinct eigenvalues, which become the nodes.
        assertEquals(4, density.nodes().length);
        for (double node : density.nodes()) {
            assertTrue(Arrays.stream(lambda).anyMatch(l -> Math.abs(l - node) < 1e-9), "node " + node);
        }
    }

    @Test
    void effectiveDimensionCountsDirectionsSharperThanZ() {
        double[] lambda = {3, 1, 0, 0, -0.5};
        assertEquals(0.75 + 0.5, EffectiveDimension.of(lambda, 1), 1e-15);
        assertEquals(2, EffectiveDimension.of(lambda, 1e-12), 1e-11);
        assertEquals(0, EffectiveDimension.of(lambda, 1e12), 1e-11);
        double[] flat = spectrum(80);
        DenseHessian h = DenseHessian.withSpectrum(flat, 39);
        SpectralDensity estimate = StochasticLanczosQuadrature.estimate(h, 80, 30, 40);
        assertEquals(EffectiveDimension.of(flat, 0.5), estimate.effectiveDimension(0.5),
                0.1 * EffectiveDimension.of(flat, 0.5));
    }
}
