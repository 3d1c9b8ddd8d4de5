package org.theorykit.optim;

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

    /** SGLD (Welling &amp; Teh 2011) at temperature T ≥ 0: θ ← θ − η∇L + √(2ηT)ξ. */
    public static Optimizer sgld(double learningRate, double temperature) {
        return new Optimizer(Optimizer.Method.SGLD, learningRate).temperature(temperature);
    }
}
