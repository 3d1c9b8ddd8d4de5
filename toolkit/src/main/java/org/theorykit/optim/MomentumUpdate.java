package org.theorykit.optim;

/**
 * SGD with heavy-ball momentum (Polyak 1964) or Nesterov momentum in the form of Sutskever, Martens,
 * Dahl, Hinton 2013 (ICML), as in common libraries: v ← μv + g, then θ ← θ − ηv (heavy ball) or
 * θ ← θ − η(g + μv) (Nesterov). With μ = 0 both are plain (stochastic) gradient descent.
 */
final class MomentumUpdate implements UpdateRule {

    private final double momentum;
    private final boolean nesterov;
    private final double[] velocity;

    MomentumUpdate(int dimension, double momentum, boolean nesterov) {
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.velocity = momentum == 0 ? null : new double[dimension];
    }

    private MomentumUpdate(MomentumUpdate other) {
        this.momentum = other.momentum;
        this.nesterov = other.nesterov;
        this.velocity = other.velocity == null ? null : other.velocity.clone();
    }

    @Override
    public UpdateRule copy() {
        return new MomentumUpdate(this);
    }

    @Override
    public void apply(double[] theta, double[] gradient, double learningRate) {
        if (velocity == null) {
            for (int i = 0; i < theta.length; i++) {
                theta[i] -= learningRate * gradient[i];
            }
            return;
        }
        for (int i = 0; i < theta.length; i++) {
            double v = momentum * velocity[i] + gradient[i];
            velocity[i] = v;
            theta[i] -= learningRate * (nesterov ? gradient[i] + momentum * v : v);
        }
    }
}
