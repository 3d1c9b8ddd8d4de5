package org.theorykit.optim;

import org.theorykit.landscape.HessianVectorProduct;

/**
 * An {@link Objective} that also gives exact Hessian-vector products of the full-data loss, as the
 * second-order methods ({@link Optimizers#newton}, {@link Optimizers#saddleFreeNewton}) need.
 */
public interface HessianObjective extends Objective {

    /** ∇²L(θ) over all n examples (θ is copied), available as products H·v. */
    HessianVectorProduct hessianAt(double[] theta);
}
