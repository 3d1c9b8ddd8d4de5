package org.theorykit.landscape;

import org.theorykit.Arguments;

/**
 * Effective dimensionality of a Hessian, Maddox, Benton, Wilson 2020 (arXiv:2003.02139), eq. (2):
 * N_eff(H, z) = Σ_i λ_i/(λ_i + z), z &gt; 0 — the number of directions with curvature large compared
 * with z. Negative eigenvalues (possible away from a minimum) are counted as 0, as the formula is
 * defined for positive semi-definite H.
 */
public final class EffectiveDimension {

    private EffectiveDimension() {
    }

    public static double of(double[] eigenvalues, double z) {
        Arguments.positiveFinite("z", z);
        double sum = 0;
        for (double lambda : eigenvalues) {
            double positive = Math.max(lambda, 0);
            sum += positive / (positive + z);
        }
        return sum;
    }
}
