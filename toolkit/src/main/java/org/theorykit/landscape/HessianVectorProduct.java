package org.theorykit.landscape;

/**
 * The Hessian ∇²L(θ) of a loss at a fixed point θ, available only through exact products H·v
 * (Pearlmutter's R-operator); spectral methods in this package need nothing else.
 */
public interface HessianVectorProduct {

    /** p, the side of the Hessian. */
    int dimension();

    /** Writes H·v into {@code out} (length p, overwritten). */
    void apply(double[] v, double[] out);
}
