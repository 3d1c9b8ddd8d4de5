package org.theorykit.optim;

/** One parameter update θ ← θ + Δ(g, η), holding its own state buffers (allocated once per run). */
interface UpdateRule {

    void apply(double[] theta, double[] gradient, double learningRate);
}
