package org.theorykit.landscape;

import java.util.Arrays;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.SupervisedObjective;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;
import smile.math.MathEx;

/**
 * The whole Hessian spectrum of a small model (p ≤ {@link SupervisedObjective#MAX_DENSE_HESSIAN}),
 * with the Jacobian that explains its degeneracy. For the square loss L = (1/2n) Σ‖f(x_i; θ) − y_i‖²,
 * ∇²L = (1/n) JᵀJ + (1/n) Σ_i Σ_o r_{io} ∇²f_o(x_i), J the (nq × p) Jacobian of the outputs and r the
 * residuals. At an interpolating minimum r = 0, so ∇²L = JᵀJ/n has rank ≤ nq and at least p − nq
 * eigenvalues are exactly zero: the global minima form a manifold of dimension ≥ p − nq (Poggio et al.,
 * Theory II, arXiv:1703.09833; Sagun et al. 2017, arXiv:1706.04454).
 */
public final class DenseSpectrum {

    private DenseSpectrum() {
    }

    /** All eigenvalues of the dense Hessian of {@code objective} at θ, ascending (LAPACK via Smile). */
    public static double[] hessianEigenvalues(SupervisedObjective objective, double[] theta) {
        return eigenvalues(objective.hessian(theta));
    }

    /** All eigenvalues of the symmetric matrix a (its lower triangle is read), ascending. */
    public static double[] eigenvalues(double[][] a) {
        if (a == null || a.length == 0 || a[0].length != a.length) {
            throw new IllegalArgumentException("a must be a non-empty square matrix");
        }
        double[] values = Matrix.of(a).uplo(UPLO.LOWER).eigen(false, false, true).wr.clone();
        Arrays.sort(values);
        return values;
    }

    /** How many of the eigenvalues have |λ| ≤ relativeTolerance·max|λ|. */
    public static int countNearZero(double[] eigenvalues, double relativeTolerance) {
        if (!(relativeTolerance >= 0) || !Double.isFinite(relativeTolerance)) {
            throw new IllegalArgumentException("relativeTolerance = " + relativeTolerance + "; accepted: finite and >= 0");
        }
        double max = 0;
        for (double v : eigenvalues) {
            max = Math.max(max, Math.abs(v));
        }
        int count = 0;
        for (double v : eigenvalues) {
            if (Math.abs(v) <= relativeTolerance * max) {
                count++;
            }
        }
        return count;
    }

    /**
     * The Jacobian J (row i·q + o = ∇θ f_o(x_i; θ), length p) of the model's outputs on the objective's
     * inputs. Computed exactly through the square loss: with targets y' = f(x_i) − e_o, the gradient of
     * ½‖f − y'‖² on example i is ∇θ f_o(x_i).
     */
    public static double[][] jacobian(SupervisedObjective objective, double[] theta) {
        Dataset data = objective.data();
        int n = data.size();
        int q = objective.model().outputDimension();
        int p = objective.parameterCount();
        double[] f = objective.outputs(theta);
        double[][] jacobian = new double[n * q][];
        double[][] x = new double[1][data.inputDimension()];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data.x(), i * data.inputDimension(), x[0], 0, data.inputDimension());
            for (int o = 0; o < q; o++) {
                double[][] y = new double[1][q];
                for (int j = 0; j < q; j++) {
                    y[0][j] = f[i * q + j] - (j == o ? 1 : 0);
                }
                SupervisedObjective single = new SupervisedObjective(objective.model(), Loss.squared(), Dataset.of(x, y));
                double[] gradient = new double[p];
                single.lossAndGradient(theta, gradient);
                jacobian[i * q + o] = gradient;
            }
        }
        return jacobian;
    }

    /** The eigenvalues of the Gram matrix J Jᵀ (nq × nq), ascending: its rank is the rank of J. */
    public static double[] gramEigenvalues(double[][] jacobian) {
        int m = jacobian.length;
        double[][] gram = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                gram[i][j] = MathEx.dot(jacobian[i], jacobian[j]);
                gram[j][i] = gram[i][j];
            }
        }
        return eigenvalues(gram);
    }

    /**
     * How far the top n eigenvalues of the Hessian are from those of JJᵀ/n, which they equal at an
     * interpolating minimum of the square loss (∇²L = JᵀJ/n there, and JᵀJ and JJᵀ share their non-zero
     * eigenvalues): max over k &lt; n of |λ_{p−k}(H) − λ_{n−k}(JJᵀ)/n|, divided by λ_max(H). Both spectra
     * ascending, as {@link #hessianEigenvalues} and {@link #gramEigenvalues} return them.
     */
    public static double gaussNewtonGap(double[] hessianEigenvalues, double[] gramEigenvalues, int n) {
        if (hessianEigenvalues == null || gramEigenvalues == null || n < 1 || gramEigenvalues.length < n
                || hessianEigenvalues.length < n) {
            throw new IllegalArgumentException("n = " + n + " must be between 1 and the length of both spectra ("
                    + (hessianEigenvalues == null ? "null" : hessianEigenvalues.length) + ", "
                    + (gramEigenvalues == null ? "null" : gramEigenvalues.length) + ")");
        }
        int p = hessianEigenvalues.length;
        int m = gramEigenvalues.length;
        double gap = 0;
        for (int k = 0; k < n; k++) {
            gap = Math.max(gap, Math.abs(hessianEigenvalues[p - 1 - k] - gramEigenvalues[m - 1 - k] / n) / hessianEigenvalues[p - 1]);
        }
        return gap;
    }
}
