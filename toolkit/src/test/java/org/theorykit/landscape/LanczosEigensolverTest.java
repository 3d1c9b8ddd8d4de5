package org.theorykit.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import smile.math.MathEx;

/**
 * Lanczos eigenpairs against Smile's dense symmetric eigensolver, to 1e-8 relative to the spectral
 * radius, and power iteration on a spectrum with a gap.
 */
class LanczosEigensolverTest {

    private static final double RELATIVE = 1e-8;

    private static double spectralRadius(double[] ascending) {
        return Math.max(Math.abs(ascending[0]), Math.abs(ascending[ascending.length - 1]));
    }

    private static void assertEigenpair(DenseHessian h, double value, double[] vector, double tolerance) {
        double[] hv = new double[vector.length];
        h.apply(vector, hv);
        Vectors.addScaled(hv, -value, vector);
        assertEquals(1, MathEx.norm(vector), 1e-12);
        assertTrue(MathEx.norm(hv) <= tolerance, "residual " + MathEx.norm(hv));
    }

    @ParameterizedTest
    @CsvSource({"50, 1", "120, 2", "200, 3"})
    void topEigenvaluesOfRandomSymmetricMatricesMatchTheDenseSolver(int p, long seed) {
        DenseHessian h = DenseHessian.randomSymmetric(p, seed);
        double[] reference = h.referenceEigenvalues();
        double radius = spectralRadius(reference);
        Eigenpairs top = LanczosEigensolver.top(h, 5, seed);
        for (int i = 0; i < 5; i++) {
            assertEquals(reference[p - 1 - i], top.values()[i], RELATIVE * radius, "eigenvalue " + i);
            assertEigenpair(h, top.values()[i], top.vectors()[i], 1e-6 * radius);
        }
    }

    @ParameterizedTest
    @CsvSource({"SMALLEST, 60", "LARGEST_MAGNITUDE, 80"})
    void theOtherEndsOfTheSpectrumMatchTheDenseSolver(Which which, int p) {
        DenseHessian h = DenseHessian.randomSymmetric(p, 7);
        double[] reference = h.referenceEigenvalues();
        Double[] expected = Arrays.stream(reference).boxed().toArray(Double[]::new);
        if (which == Which.LARGEST_MAGNITUDE) {
            Arrays.sort(expected, (x, y) -> Double.compare(Math.abs(y), Math.abs(x)));
        }
        Eigenpairs pairs = LanczosEigensolver.solve(h, 4, which, 1e-10, 8);
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], pairs.values()[i], RELATIVE * spectralRadius(reference));
        }
    }

    @Test
    void aRepeatedTopEigenvalueIsFoundWithItsMultiplicity() {
        double[] spectrum = new double[60];
        for (int i = 0; i < spectrum.length; i++) {
            spectrum[i] = i < 3 ? 10 : i * 0.1;
        }
        DenseHessian h = DenseHessian.withSpectrum(spectrum, 9);
        Eigenpairs top = LanczosEigensolver.top(h, 4, 10);
        assertEquals(10, top.values()[0], 1e-8 * 10);
        assertEquals(10, top.values()[1], 1e-8 * 10);
        assertEquals(10, top.values()[2], 1e-8 * 10);
        assertEquals(5.9, top.values()[3], 1e-8 * 10);
    }

    @Test
    void powerIterationFindsTheSharpnessOfASpectrumWithAGap() {
        double[] spectrum = new double[100];
        for (int i = 0; i < spectrum.length; i++) {
            spectrum[i] = 5.0 * i / spectrum.length;
        }
        spectrum[0] = 12;
        DenseHessian h = DenseHessian.withSpectrum(spectrum, 11);
        PowerIteration.Result sharpness = PowerIteration.sharpness(h, 12);
        assertTrue(sharpness.converged());
        assertEquals(12, sharpness.value(), 1e-8 * 12);
        assertEigenpair(h, sharpness.value(), sharpness.vector(), 1e-8 * 12);
    }

    @Test
    void badArgumentsAreNamed() {
        DenseHessian h = DenseHessian.randomSymmetric(10, 1);
        var tooMany = assertThrows(IllegalArgumentException.class, () -> LanczosEigensolver.top(h, 11, 1));
        assertTrue(tooMany.getMessage().contains("k must be in [1, 10], got 11"), tooMany.getMessage());
        var probes = assertThrows(IllegalArgumentException.class, () -> HutchinsonTrace.estimate(h, 1, 1));
        assertTrue(probes.getMessage().contains("probes"), probes.getMessage());
        var steps = assertThrows(IllegalArgumentException.class, () -> StochasticLanczosQuadrature.estimate(h, 0, 5, 1));
        assertTrue(steps.getMessage().contains("steps must be in [1, 10], got 0"), steps.getMessage());
        var z = assertThrows(IllegalArgumentException.class, () -> EffectiveDimension.of(new double[] {1}, 0));
        assertTrue(z.getMessage().contains("z must be finite and > 0, got 0.0"), z.getMessage());
    }
}
