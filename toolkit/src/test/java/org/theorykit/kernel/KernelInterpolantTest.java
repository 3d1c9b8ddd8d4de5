package org.theorykit.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.BadInput.assertMessage;
import static org.theorykit.kernel.KernelTest.gaussianVector;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KernelInterpolantTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(5);
    private static final double[][] X = points(150, 12);
    private static final int[] LABELS = randomLabels(150);
    private static final double[][] Y = org.theorykit.data.ImageSet.oneHot(LABELS);

    @Test
    void theInterpolantReproducesRandomTrainingLabels() {
        for (Kernel kernel : new Kernel[] {new LaplaceKernel(4), new GaussianKernel(3), new ArcCosineKernel()}) {
            KernelInterpolant f = KernelInterpolant.fit(kernel, X, Y, 0);
            double[][] fitted = f.predict(X);
            for (int i = 0; i < X.length; i++) {
                assertArrayEquals(Y[i], fitted[i], 1e-8, kernel + " at training point " + i);
            }
            assertArrayEquals(LABELS, f.classify(X));
        }
    }

    /** Two points 0 and 1 on the line, Gaussian σ = 1: K = [[1, e], [e, 1]] with e = exp(−1/2), y = (1, 0). */
    @Test
    void aTwoPointInterpolantEqualsItsSolutionByHand() {
        double e = Math.exp(-0.5);
        KernelInterpolant f = KernelInterpolant.fit(new GaussianKernel(1), new double[][] {{0}, {1}},
                new double[][] {{1}, {0}}, 0);
        double[][] alpha = f.coefficients();
        assertEquals(1 / (1 - e * e), alpha[0][0], 1e-12);
        assertEquals(-e / (1 - e * e), alpha[1][0], 1e-12);
        assertEquals(Math.sqrt(1 / (1 - e * e)), f.rkhsNorm(), 1e-12);      // ‖f‖² = yᵀK⁻¹y
        double midpoint = (1 - e) / (1 - e * e) * Math.exp(-0.125);        // f(1/2) = (α₁ + α₂) exp(−1/8)
        assertEquals(midpoint, f.predict(new double[][] {{0.5}})[0][0], 1e-12);
    }

    @Test
    void ridgeRegressionConvergesToTheInterpolantAsTheRidgeVanishes() {
        Kernel kernel = new LaplaceKernel(4);
        double[][] exact = KernelInterpolant.fit(kernel, X, Y, 0).coefficients();
        double previous = Double.POSITIVE_INFINITY;
        for (double ridge : new double[] {1e-1, 1e-3, 1e-5, 1e-7}) {
            double distance = distance(KernelInterpolant.fit(kernel, X, Y, ridge).coefficients(), exact);
            assertTrue(distance < previous / 10, "ridge " + ridge + ": |α(λ) − α(0)| = " + distance);
            previous = distance;
        }
        assertTrue(previous < 1e-4, "at ridge 1e-7 the coefficients are within " + previous);
    }

    @Test
    void ridgeRegressionLeavesTheResidualLambdaAlphaAndASmallerNorm() {
        double ridge = 0.3;
        KernelInterpolant f = KernelInterpolant.fit(new GaussianKernel(3), X, Y, ridge);
        double[][] alpha = f.coefficients();
        double[][] fitted = f.predict(X);
        for (int i = 0; i < X.length; i++) {
            for (int c = 0; c < Y[i].length; c++) {
                assertEquals(Y[i][c] - ridge * alpha[i][c], fitted[i][c], 1e-9);
            }
        }
        assertTrue(f.rkhsNorm() < KernelInterpolant.fit(new GaussianKernel(3), X, Y, 0).rkhsNorm());
    }

    @Test
    void badInputIsNamed() {
        assertMessage("ridge must be a finite number >= 0, got -1.0",
                () -> KernelInterpolant.fit(new GaussianKernel(1), X, Y, -1));
        assertMessage("targets must have one row per row of x (150), got 2",
                () -> KernelInterpolant.fit(new GaussianKernel(1), X, new double[][] {{1}, {0}}, 0));
        double[][] duplicated = {{1, 2}, {1, 2}};
        assertMessage("use a ridge > 0",
                () -> KernelInterpolant.fit(new GaussianKernel(1), duplicated, new double[][] {{1}, {0}}, 0));
        KernelInterpolant f = KernelInterpolant.fit(new GaussianKernel(1), X, Y, 0);
        assertMessage("z must have the training dimension 12, got 3", () -> f.predict(new double[][] {{1, 2, 3}}));
    }

    static double distance(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                s += (a[i][j] - b[i][j]) * (a[i][j] - b[i][j]);
            }
        }
        return Math.sqrt(s);
    }

    static double[][] points(int n, int d) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = gaussianVector(d, RANDOM);
        }
        return x;
    }

    private static int[] randomLabels(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = RANDOM.nextInt(10);
        }
        return labels;
    }
}
