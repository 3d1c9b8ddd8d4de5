package org.theorykit.objective;

/**
 * The Hessian ∇²L(θ) of a loss at a fixed point θ, available only through exact products H·v
 * (Pearlmutter's R-operator): a matrix-free symmetric linear operator in the manner of Hipparchus's
 * {@code RealLinearOperator}. The spectral methods of {@code landscape} and the second-order methods
 * of {@code optim} need nothing else.
 */
public interface HessianVectorProduct {

    /** p, the side of the Hessian. */
    int dimension();

    /** Writes H·v into {@code out} (length p, overwritten). */
    void apply(double[] v, double[] out);
}
