package org.theorykit.optim;

/**
 * One parameter update θ ← θ + Δ(g, η), holding its own state buffers (allocated once per run). The state
 * (momentum, Adam's moments and step count) is what a continued run carries on with: {@link #copy()}.
 */
interface UpdateRule {

    void apply(double[] theta, double[] gradient, double learningRate);

    /** Called before the steps of epoch {@code epoch} (from 0); rules that draw noise reseed here. */
    default void startEpoch(int epoch) {
    }

    /** An independent deep copy: the same state, buffers of its own. */
    UpdateRule copy();
}
