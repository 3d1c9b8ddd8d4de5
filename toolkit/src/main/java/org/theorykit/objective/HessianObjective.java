package org.theorykit.objective;

/**
 * An {@link Objective} that also gives exact Hessian-vector products of the full-data loss, as the
 * second-order methods (optim's Newton and saddle-free Newton) and landscape's spectra need.
 */
public interface HessianObjective extends Objective {

    /** ∇²L(θ) over all n examples (θ is copied), available as products H·v. */
    HessianVectorProduct hessianAt(double[] theta);
}
