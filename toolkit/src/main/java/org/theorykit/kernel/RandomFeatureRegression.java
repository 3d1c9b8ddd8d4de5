package org.theorykit.kernel;

import org.theorykit.Arguments;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * Least squares on random features with the minimum-norm solution, the model of the double-descent
 * curve (Belkin, Hsu, Ma, Mandal 2019, arXiv:1812.11118, sec. 3): f(x) = φ(x)·a with
 * <pre>
 *   a = Φ⁺ Y                       (ridge λ = 0: the minimum-norm least-squares solution)
 *   a = (ΦᵀΦ + λI)⁻¹ ΦᵀY = Φᵀ(ΦΦᵀ + λI)⁻¹ Y   (λ &gt; 0)
 * </pre>
 * For N ≥ n (over-parametrized) the fit interpolates and a is the interpolant of smallest ‖a‖;
 * test risk peaks at N = n and falls again beyond. The pseudo-inverse is taken through the
 * eigendecomposition (LAPACK syevd via Smile) of the smaller Gram matrix — ΦΦᵀ (n×n) when N ≥ n,
 * ΦᵀΦ (N×N) otherwise — discarding (when λ = 0) eigenvalues below {@value #RELATIVE_CUTOFF}·(size)·λ_max, i.e.
 * singular values of Φ below about 1e-6·σ_max at n = 10⁴ (they are rounding noise of the squared matrix).
 */
public final class RandomFeatureRegression {

    /** Eigenvalues of the Gram matrix at most this times its size times the largest one count as 0. */
    public static final double RELATIVE_CUTOFF = 1e-16;

    private final RandomFeatureMap features;
    private final Matrix coefficients;
    private final double ridge;

    private RandomFeatureRegression(RandomFeatureMap features, Matrix coefficients, double ridge) {
        this.features = features;
        this.coefficients = coefficients;
        this.ridge = ridge;
    }

    /**
     * Fits the coefficients a (N × c) to the targets.
     *
     * @param features the feature map φ
     * @param x        n training points
     * @param targets  n × c targets (one-hot labels, possibly noisy)
     * @param ridge    λ ≥ 0; 0 gives the minimum-norm least-squares solution
     */
    public static RandomFeatureRegression fit(RandomFeatureMap features, double[][] x, double[][] targets, double ridge) {
        if (features == null) {
            throw new IllegalArgumentException("features must not be null");
        }
        if (!(ridge >= 0) || Double.isInfinite(ridge)) {
            throw new IllegalArgumentException("ridge must be a finite number >= 0, got " + ridge);
        }
        Arguments.matrix("x", x, -1);
        Arguments.matrix("targets", targets, "x", x.length, -1);
        Matrix phi = features.features(x);
        Matrix y = Matrix.of(targets);
        Matrix a;
        if (features.size() >= x.length) {
            a = phi.tm(regularizedInverseTimes(phi.aat(), y, ridge));   // Φᵀ (ΦΦᵀ + λI)⁺ Y
        } else {
            a = regularizedInverseTimes(phi.ata(), phi.tm(y), ridge);   // (ΦᵀΦ + λI)⁺ ΦᵀY
        }
        return new RandomFeatureRegression(features, a, ridge);
    }

    /** (G + λI)⁺ B for a symmetric positive semi-definite G, through G = QΛQᵀ. */
    private static Matrix regularizedInverseTimes(Matrix gram, Matrix b, double ridge) {
        gram.uplo(UPLO.LOWER);
        Matrix.EVD evd = gram.eigen(false, true, true);
        double[] eigenvalues = evd.wr;
        Matrix q = evd.Vr;
        double largest = 0;
        for (double value : eigenvalues) {
            largest = Math.max(largest, value);
        }
        double cutoff = RELATIVE_CUTOFF * eigenvalues.length * largest;
        Matrix qtb = q.tm(b);
        for (int i = 0; i < eigenvalues.length; i++) {
            double inverse = ridge > 0 ? 1 / (Math.max(0, eigenvalues[i]) + ridge)
                    : eigenvalues[i] > cutoff ? 1 / eigenvalues[i] : 0;
            for (int j = 0; j < qtb.ncol(); j++) {
                qtb.set(i, j, qtb.get(i, j) * inverse);
            }
        }
        return q.mm(qtb);
    }

    /** f(z) = φ(z)·a for each row of z, {@code z.length × c}. */
    public double[][] predict(double[][] z) {
        return features.features(z).mm(coefficients).toArray();
    }

    /** The predicted class of each row (the largest output). */
    public int[] classify(double[][] z) {
        return Classification.argmax(predict(z));
    }

    /** The coefficients a, N × c. */
    public double[][] coefficients() {
        return coefficients.toArray();
    }

    /** ‖a‖ (Frobenius over the c outputs): the norm that the minimum-norm solution minimizes. */
    public double coefficientNorm() {
        double s = 0;
        for (int i = 0; i < coefficients.nrow(); i++) {
            for (int j = 0; j < coefficients.ncol(); j++) {
                s += coefficients.get(i, j) * coefficients.get(i, j);
            }
        }
        return Math.sqrt(s);
    }

    public RandomFeatureMap features() {
        return features;
    }

    public double ridge() {
        return ridge;
    }
}
