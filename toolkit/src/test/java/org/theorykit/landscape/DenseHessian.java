package org.theorykit.landscape;

import java.util.SplittableRandom;
import org.theorykit.objective.HessianVectorProduct;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;
import smile.math.MathEx;

/** A dense symmetric matrix as a {@link HessianVectorProduct}, with reference eigenvalues from Smile. */
final class DenseHessian implements HessianVectorProduct {

    final double[][] a;

    DenseHessian(double[][] a) {
        this.a = a;
    }

    /** (G + Gᵀ)/2 with standard Gaussian G: a GOE-like matrix with a semicircle spectrum. */
    static DenseHessian randomSymmetric(int p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        return new DenseHessian(a);
    }

    /** Q·diag(spectrum)·Qᵀ with Q a random orthogonal matrix (Gram–Schmidt, twice, on Gaussian columns). */
    static DenseHessian withSpectrum(double[] spectrum, long seed) {
        int p = spectrum.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] q = new double[p][p];
        for (int c = 0; c < p; c++) {
            for (int i = 0; i < p; i++) {
                q[c][i] = random.nextGaussian();
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < c; b++) {
                    double d = MathEx.dot(q[b], q[c]);
                    Vectors.addScaled(q[c], -d, q[b]);
                }
            }
            Vectors.scale(q[c], 1 / MathEx.norm(q[c]));
        }
        double[][] a = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double sum = 0;
                for (int c = 0; c < p; c++) {
                    sum += q[c][i] * spectrum[c] * q[c][j];
                }
                a[i][j] = sum;
            }
        }
        return new DenseHessian(a);
    }

    /** All eigenvalues, ascending, from Smile's dense symmetric eigensolver (LAPACK dsyevd). */
    double[] referenceEigenvalues() {
        return Matrix.of(a).uplo(UPLO.LOWER).eigen(false, false, true).wr;
    }

    double trace() {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i][i];
        }
        return sum;
    }

    @Override
    public int dimension() {
        return a.length;
    }

    @Override
    public void apply(double[] v, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = MathEx.dot(a[i], v);
        }
    }
}
