package org.theorykit.optim;

/**
 * Adam, Kingma &amp; Ba 2015 (arXiv:1412.6980), Algorithm 1: m ← β₁m + (1−β₁)g,
 * v ← β₂v + (1−β₂)g², θ ← θ − η·m̂/(√v̂ + ε) with bias corrections m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
 */
final class AdamUpdate implements UpdateRule {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] first;
    private final double[] second;
    private long t;

    AdamUpdate(int dimension, double beta1, double beta2, double epsilon) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.first = new double[dimension];
        this.second = new double[dimension];
    }

    private AdamUpdate(AdamUpdate other) {
        this.beta1 = other.beta1;
        this.beta2 = other.beta2;
        this.epsilon = other.epsilon;
        this.first = other.first.clone();
        this.second = other.second.clone();
        this.t = other.t;
    }

    @Override
    public UpdateRule copy() {
        return new AdamUpdate(this);
    }

    @Override
    public void apply(double[] theta, double[] gradient, double learningRate) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            first[i] = beta1 * first[i] + (1 - beta1) * g;
            second[i] = beta2 * second[i] + (1 - beta2) * g * g;
            theta[i] -= learningRate * (first[i] / correction1) / (Math.sqrt(second[i] / correction2) + epsilon);
        }
    }
}
