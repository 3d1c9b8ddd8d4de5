package org.theorykit.optim;

import org.theorykit.objective.HessianObjective;

/**
 * Entry points for notebook cells, e.g.
 * <pre>{@code
 * var result = Optimizers.sgd(0.05).batchSize(64).momentum(0.9).seed(1)
 *         .train(objective, theta0, StopRules.maxEpochs(100).or(StopRules.targetLoss(1e-6)));
 * }</pre>
 */
public final class Optimizers {

    private Optimizers() {
    }

    /** Full-batch gradient descent θ ← θ − η∇L(θ). */
    public static Optimizer gd(double learningRate) {
        return new Optimizer(Optimizer.Method.SGD, learningRate).fullBatch();
    }

    /** Minibatch SGD (batch 32 unless set, without replacement); add momentum or Nesterov. */
    public static Optimizer sgd(double learningRate) {
        return new Optimizer(Optimizer.Method.SGD, learningRate);
    }

    /** Adam (Kingma &amp; Ba 2015) with β₁ = 0.9, β₂ = 0.999, ε = 1e-8 unless set. */
    public static Optimizer adam(double learningRate) {
        return new Optimizer(Optimizer.Method.ADAM, learningRate);
    }

    /**
     * Full-batch damped Newton θ ← θ − η·H⁻¹∇L with the Hessian's eigen-decomposition (|λ| floored at
     * the damping μ) in an adaptive trust region on the merit ½‖∇L‖² (Nocedal &amp; Wright, Alg. 4.1 and
     * §11.2): a root finder for ∇L = 0, so it converges to saddles as readily as to minima (Dauphin et
     * al. 2014, arXiv:1406.2572, §4). Needs a {@link HessianObjective}.
     */
    public static Optimizer newton(double learningRate) {
        return new Optimizer(Optimizer.Method.NEWTON, learningRate).fullBatch();
    }

    /**
     * Full-batch saddle-free Newton θ ← θ − η·|H|⁻¹∇L (Dauphin et al. 2014, arXiv:1406.2572, eq. 10):
     * |H| rescales each eigendirection by 1/|λ|, so negative curvature repels; an adaptive trust region
     * on L with the model ∇Lᵀs + ½sᵀ|H|s (Nocedal &amp; Wright, Alg. 4.1). Exact for p ≤ the Krylov
     * dimension, in the Krylov space of the gradient above. Needs a {@link HessianObjective}.
     */
    public static Optimizer saddleFreeNewton(double learningRate) {
        return new Optimizer(Optimizer.Method.SADDLE_FREE_NEWTON, learningRate).fullBatch();
    }

    /** SGLD (Welling &amp; Teh 2011) at temperature T ≥ 0: θ ← θ − η∇L + √(2ηT)ξ. */
    public static Optimizer sgld(double learningRate, double temperature) {
        return new Optimizer(Optimizer.Method.SGLD, learningRate).temperature(temperature);
    }
}
