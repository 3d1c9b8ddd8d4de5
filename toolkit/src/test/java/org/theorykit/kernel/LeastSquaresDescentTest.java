package org.theorykit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LeastSquaresDescentTest {

    private static final int N = 4;
    private static final int P = 12;

    private static double[][] x() {
        Random random = new Random(3);
        double[][] x = new double[N][P];
        for (double[] row : x) {
            for (int j = 0; j < P; j++) {
                row[j] = random.nextGaussian() / Math.sqrt(P);
            }
        }
        return x;
    }

    private static final double[] Y = {1, -2, 0.5, 3};

    /** Xᵀ(XXᵀ)⁻¹y by Gauss-Jordan elimination on the n × n Gram matrix: the minimum-norm solution written out. */
    private static double[] minimumNormByHand(double[][] x, double[] y) {
        double[][] a = new double[N][N + 1];
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < N; k++) {
                for (int j = 0; j < P; j++) {
                    a[i][k] += x[i][j] * x[k][j];
                }
            }
            a[i][N] = y[i];
        }
        for (int c = 0; c < N; c++) {
            for (int r = 0; r < N; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int k = 0; k <= N; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] w = new double[P];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < P; j++) {
                w[j] += x[i][j] * a[i][N] / a[i][i];
            }
        }
        return w;
    }

    @Test
    void fromZeroGradientDescentConvergesToTheMinimumNormSolution() {
        double[][] x = x();
        LeastSquaresDescent lsq = LeastSquaresDescent.of(x, Y);
        double[] byHand = minimumNormByHand(x, Y);
        double[] pinv = lsq.minimumNormSolution();
        for (int j = 0; j < P; j++) {
            assertEquals(byHand[j], pinv[j], 1e-9);
        }
        LeastSquaresDescent.Path path = lsq.run(new double[P], lsq.stableStep(), 3000);
        assertTrue(path.distance() < 1e-8, "distance " + path.distance());
        assertTrue(lsq.residualNorm(path.w()) < 1e-8);
        assertEquals(Math.sqrt(java.util.Arrays.stream(pinv).map(v -> v * v).sum()), path.norm(), 1e-8);
        assertTrue(path.distances()[0] > path.distances()[2999]);
    }

    @Test
    void fromARandomStartItEndsAtTheNullSpacePartOfTheStart() {
        double[][] x = x();
        LeastSquaresDescent lsq = LeastSquaresDescent.of(x, Y);
        Random random = new Random(5);
        double[] w0 = new double[P];
        for (int j = 0; j < P; j++) {
            w0[j] = random.nextGaussian();
        }
        double predicted = lsq.nullSpaceNorm(w0);
        assertTrue(predicted > 0.5, "a random start in R^12 has a large part outside a 4-dimensional row space: " + predicted);
        assertEquals(predicted, lsq.run(w0, lsq.stableStep(), 3000).distance(), 1e-8);
        assertEquals(0, lsq.nullSpaceNorm(x[2]), 1e-7);                 // a row lies in the row space
    }

    @Test
    void theStableStepIsOneOverTheLargestSquaredSingularValue() {
        double[][] x = new double[N][P];
        double[] sigma = {0.5, 3, 1, 2};                 // X = [diag(σ) | 0]: singular values σ
        for (int i = 0; i < N; i++) {
            x[i][i] = sigma[i];
        }
        LeastSquaresDescent lsq = LeastSquaresDescent.of(x, Y);
        assertEquals(1 / 9.0, lsq.stableStep(), 1e-12);
        double[] w = lsq.minimumNormSolution();
        for (int j = 0; j < P; j++) {
            assertEquals(j < N ? Y[j] / sigma[j] : 0, w[j], 1e-12);
        }
    }

    @Test
    void badInputIsRefusedByName() {
        LeastSquaresDescent lsq = LeastSquaresDescent.of(x(), Y);
        assertThrows(IllegalArgumentException.class, () -> LeastSquaresDescent.of(x(), new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> LeastSquaresDescent.of(new double[][] {{1, 2}, {3}}, new double[] {1, 2}));
        IllegalArgumentException w0 = assertThrows(IllegalArgumentException.class, () -> lsq.run(new double[3], 0.1, 5));
        assertTrue(w0.getMessage().startsWith("w0"), w0.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lsq.run(new double[P], 0, 5));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> LeastSquaresDescent.of(x(), new double[] {1, Double.NaN, 0, 0}));
        assertTrue(nan.getMessage().startsWith("y must hold finite numbers"), nan.getMessage());
        double[][] infinite = x();
        infinite[1][3] = Double.NEGATIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> LeastSquaresDescent.of(infinite, Y));
        double[] w = new double[P];
        w[0] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> lsq.nullSpaceNorm(w));
        assertThrows(IllegalArgumentException.class, () -> lsq.run(new double[P], 0.1, 0));
    }
}
