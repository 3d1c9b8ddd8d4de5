package org.theorykit.kernel;

import org.theorykit.Arguments;
import smile.math.blas.Transpose;
import smile.math.matrix.Matrix;
import smile.math.MathEx;

/**
 * A positive-definite kernel k(x, z) on R^d whose value depends only on ‖x‖², ‖z‖² and x·z.
 * {@link #matrix} computes all k(x_i, z_j) at once: one GEMM (OpenBLAS through Smile) for the
 * inner products, then a tight loop of the kernel's own formula over the result — no call per entry.
 * For the translation-invariant kernels, ‖x − z‖² = ‖x‖² + ‖z‖² − 2 x·z (clamped at 0 against rounding).
 */
public abstract sealed class Kernel permits GaussianKernel, LaplaceKernel, ArcCosineKernel {

    /** k(x, z) for two points: the reference formula, for checks and single values. */
    public abstract double value(double[] x, double[] z);

    /** A short description with the parameters, e.g. {@code gaussian(σ=5)}. */
    @Override
    public abstract String toString();

    /**
     * The kernel matrix K_ij = k(x_i, z_j), {@code x.length × z.length}.
     *
     * @throws IllegalArgumentException if the points are empty, ragged or of different dimension, or
     *                                  if the matrix does not fit in the free heap (the message gives both sizes)
     */
    public final Matrix matrix(double[][] x, double[][] z) {
        int d = Arguments.matrix("x", x, -1);
        if (Arguments.matrix("z", z, -1) != d) {
            throw new IllegalArgumentException("z must have the dimension of x, " + d + ", got " + z[0].length);
        }
        HeapBudget.require("kernel matrix", x.length, z.length);
        double[] entries = new double[x.length * z.length];
        Matrix result = new Matrix(x.length, z.length, x.length, entries);  // wraps entries, column-major
        result.mm(Transpose.NO_TRANSPOSE, Matrix.of(x), Transpose.TRANSPOSE, Matrix.of(z), 1.0, 0.0);
        fromInnerProducts(entries, squaredNorms(x), squaredNorms(z));
        return result;
    }

    /** The kernel matrix of the points with themselves. */
    public final Matrix matrix(double[][] x) {
        return matrix(x, x);
    }

    /**
     * Overwrites the column-major inner products {@code g[i + j·rows] = x_i·z_j} by k(x_i, z_j),
     * given ‖x_i‖² and ‖z_j‖².
     */
    abstract void fromInnerProducts(double[] g, double[] xNorms2, double[] zNorms2);

    static double squaredDistance(double[] x, double[] z) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double t = x[i] - z[i];
            s += t * t;
        }
        return s;
    }

    static double[] squaredNorms(double[][] x) {
        double[] norms = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            norms[i] = MathEx.dot(x[i], x[i]);
        }
        return norms;
    }

    static double requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
        return value;
    }
}
