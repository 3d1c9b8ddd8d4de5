package org.theorykit.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.kernel.KernelInterpolantTest.distance;
import static org.theorykit.kernel.KernelInterpolantTest.points;
import static org.theorykit.BadInput.assertMessage;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import smile.math.matrix.Matrix;

class RandomFeatureRegressionTest {

    private static final double[][] X = points(40, 6);
    private static final double[][] Y = targets(40, 3, 8);

    @Test
    void overParametrizedFitInterpolatesWithTheSmallestNormAmongInterpolants() {
        RandomFeatureMap features = RandomFeatureMap.relu(6, 120, 1);
        RandomFeatureRegression fit = RandomFeatureRegression.fit(features, X, Y, 0);
        double[][] fitted = fit.predict(X);
        for (int i = 0; i < X.length; i++) {
            assertArrayEquals(Y[i], fitted[i], 1e-8, "training point " + i);
        }
        // Another interpolant: a + (I − Φ⁺Φ) v, v random, also fits Y exactly but is longer.
        Matrix phi = features.features(X);
        Matrix v = Matrix.of(targets(120, 3, 9));
        Matrix pinv = phi.svd().pinv();
        Matrix other = Matrix.of(fit.coefficients()).add(v.sub(pinv.mm(phi.mm(v))));
        Matrix otherFitted = phi.mm(other);
        for (int i = 0; i < X.length; i++) {
            assertArrayEquals(Y[i], otherFitted.row(i), 1e-8, "the other interpolant at point " + i);
        }
        double otherNorm = Math.sqrt(squaredSum(other));
        assertTrue(fit.coefficientNorm() < otherNorm - 0.1,
                "min-norm " + fit.coefficientNorm() + " vs another interpolant " + otherNorm);
        // and it is the pseudo-inverse solution computed by SVD instead of the Gram eigendecomposition
        assertEquals(0, distance(fit.coefficients(), pinv.mm(Matrix.of(Y)).toArray()), 1e-8);
    }

    @Test
    void underParametrizedFitIsTheLeastSquaresSolution() {
        RandomFeatureMap features = RandomFeatureMap.fourier(6, 15, 2, 4);
        RandomFeatureRegression fit = RandomFeatureRegression.fit(features, X, Y, 0);
        Matrix phi = features.features(X);
        Matrix normal = phi.ata();
        normal.uplo(smile.math.blas.UPLO.LOWER);
        Matrix expected = phi.tm(Matrix.of(Y));
        normal.cholesky().solve(expected);
        assertEquals(0, distance(fit.coefficients(), expected.toArray()), 1e-8);
    }

    @Test
    void ridgeGivesTheSameSolutionThroughEitherGramMatrix() {
        double ridge = 0.05;
        RandomFeatureMap features = RandomFeatureMap.fourier(6, 60, 2, 4);
        Matrix phi = features.features(X);
        Matrix normal = phi.ata().addDiag(ridge);                       // (ΦᵀΦ + λI) a = ΦᵀY, N×N side
        normal.uplo(smile.math.blas.UPLO.LOWER);
        Matrix expected = phi.tm(Matrix.of(Y));
        normal.cholesky().solve(expected);
        RandomFeatureRegression fit = RandomFeatureRegression.fit(features, X, Y, ridge);  // N ≥ n: n×n side
        assertEquals(0, distance(fit.coefficients(), expected.toArray()), 1e-9);
        assertEquals(ridge, fit.ridge());
    }

    /**
     * For one seed the first N features of a larger map are the N features of the smaller one (after
     * undoing the 1/sqrt(N) normalization), for both kinds; a different seed gives different features.
     */
    @Test
    void featuresAreNestedAcrossTheirNumber() {
        for (int kind = 0; kind < 2; kind++) {
            RandomFeatureMap small = kind == 0 ? RandomFeatureMap.fourier(6, 30, 2, 5) : RandomFeatureMap.relu(6, 30, 5);
            RandomFeatureMap large = kind == 0 ? RandomFeatureMap.fourier(6, 70, 2, 5) : RandomFeatureMap.relu(6, 70, 5);
            RandomFeatureMap other = kind == 0 ? RandomFeatureMap.fourier(6, 70, 2, 6) : RandomFeatureMap.relu(6, 70, 6);
            Matrix a = small.features(X);
            Matrix b = large.features(X);
            Matrix c = other.features(X);
            double differentSeed = 0;
            for (int i = 0; i < X.length; i++) {
                for (int j = 0; j < 30; j++) {
                    assertEquals(a.get(i, j) * Math.sqrt(30), b.get(i, j) * Math.sqrt(70), 1e-12,
                            "kind " + kind + ", point " + i + ", feature " + j);
                    differentSeed = Math.max(differentSeed, Math.abs(b.get(i, j) - c.get(i, j)));
                }
            }
            assertTrue(differentSeed > 0.1, "another seed draws other features: " + differentSeed);
        }
    }

    /** φ(x)·φ(z) approaches the kernel; with N = 40,000 features the error is a few times 1/sqrt(N) ≈ 0.005. */
    @Test
    void featureInnerProductsApproximateTheirKernels() {
        double[][] pair = {X[0], X[1], X[2]};
        check(RandomFeatureMap.fourier(6, 40_000, 2.5, 7), new GaussianKernel(2.5), pair, 0.02);
        check(RandomFeatureMap.relu(6, 40_000, 7), new ArcCosineKernel(), pair, 0.03);
    }

    private static void check(RandomFeatureMap features, Kernel kernel, double[][] x, double relativeTolerance) {
        Matrix phi = features.features(x);
        Matrix gram = phi.aat();
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double exact = kernel.value(x[i], x[j]);
                assertEquals(exact, gram.get(i, j), relativeTolerance * Math.max(1, kernel.value(x[i], x[i])),
                        features + " at " + i + "," + j);
            }
        }
    }

    @Test
    void badInputIsNamed() {
        assertMessage("features must be >= 1, got 0", () -> RandomFeatureMap.relu(6, 0, 1));
        assertMessage("inputDimension must be >= 1, got 0", () -> RandomFeatureMap.fourier(0, 5, 1, 1));
        assertMessage("bandwidth must be a finite number > 0, got -1.0", () -> RandomFeatureMap.fourier(3, 5, -1, 1));
        assertMessage("x must have dimension 6, got 2",
                () -> RandomFeatureMap.relu(6, 5, 1).features(new double[][] {{1, 2}}));
        assertMessage("ridge must be a finite number >= 0, got NaN",
                () -> RandomFeatureRegression.fit(RandomFeatureMap.relu(6, 5, 1), X, Y, Double.NaN));
    }

    private static double squaredSum(Matrix m) {
        double s = 0;
        for (int i = 0; i < m.nrow(); i++) {
            for (int j = 0; j < m.ncol(); j++) {
                s += m.get(i, j) * m.get(i, j);
            }
        }
        return s;
    }

    private static double[][] targets(int n, int c, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] y = new double[n][c];
        for (double[] row : y) {
            for (int j = 0; j < c; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return y;
    }
}
