package org.theorykit.objective;

/**
 * A differentiable training objective over a fixed data set, L(θ) = (1/n) Σᵢ ℓᵢ(θ), as a function
 * of a flat parameter vector θ ∈ Rᵖ. Optimizers see a model only through this interface, so noise,
 * step rules and stop rules act on θ directly.
 */
public interface Objective {

    /** p, the length of θ. */
    int parameterCount();

    /** n, the number of examples the mean runs over. */
    int exampleCount();

    /** The mean loss over all n examples at θ. */
    double loss(double[] theta);

    /**
     * The mean loss over the examples {@code batch[from..to)} at θ, with its gradient written into
     * {@code gradient} (overwritten, length p). Passing every index gives the full-batch gradient.
     *
     * @return the mean loss over the batch
     */
    double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient);
}
