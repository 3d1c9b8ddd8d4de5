package org.theorykit.nn;

/**
 * A per-example loss ℓ(f, y) of a model output f ∈ R^q, with its gradient and its Hessian-vector
 * product in f (the last enters the R-operator, Pearlmutter 1994). Objectives average it over examples.
 * Targets of one example are {@link #targetWidth(int)} consecutive doubles of {@link Dataset#y()}.
 */
public interface Loss {

    /** How many target values one example carries for a model with {@code outputs} outputs. */
    int targetWidth(int outputs);

    /** Throws {@link IllegalArgumentException} unless the data's targets suit this loss and {@code outputs}. */
    void checkTargets(Dataset data, int outputs);

    /** ℓ(f, y) for f = f[0..q), y = y[offset..]. */
    double value(double[] f, int q, double[] y, int offset);

    /** Writes ∂ℓ/∂f into g[0..q) and returns ℓ(f, y). */
    double gradient(double[] f, int q, double[] y, int offset, double[] g);

    /** Writes (∂²ℓ/∂f²)·r into out[0..q). */
    void hessianVector(double[] f, int q, double[] y, int offset, double[] r, double[] out);

    String name();

    /** ℓ = ½ Σ_o (f_o − y_o)², so ∂ℓ/∂f = f − y and the Hessian in f is the identity. */
    static Loss squared() {
        return new SquaredLoss();
    }

    /** ℓ = log(1 + exp(−y·f)) for one output and labels y ∈ {−1, +1}. */
    static Loss logistic() {
        return new LogisticLoss();
    }

    /**
     * ℓ = exp(−y·f) for one output and labels y ∈ {−1, +1}: the other loss of Soudry et al. 2018
     * (arXiv:1710.10345) and Lyu &amp; Li 2020 with an exponential tail, so GD on separable data also
     * converges in direction to the max-margin solution.
     */
    static Loss exponential() {
        return new ExponentialLoss();
    }

    /** ℓ = log Σ_o exp(f_o) − f_c for q ≥ 2 outputs; the target is the class index c ∈ {0..q−1} stored as a double. */
    static Loss softmaxCrossEntropy() {
        return new SoftmaxCrossEntropyLoss();
    }

    /** ℓ = max(0, 1 − y·f) for one output and labels y ∈ {−1, +1}; at the kink y·f = 1 the gradient is taken as 0. */
    static Loss hinge() {
        return new HingeLoss();
    }
}
