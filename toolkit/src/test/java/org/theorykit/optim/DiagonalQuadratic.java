package org.theorykit.optim;

import org.theorykit.objective.Objective;

/**
 * U(θ) = Σ k_i (θ_i − c_i)²/2, minimizer c, Hessian diag(k), as the mean over {@code examples}
 * identical examples: every batch gives the exact gradient, and an epoch is {@code examples} steps
 * when the batch size is 1.
 */
final class DiagonalQuadratic implements Objective {

    private final double[] curvatures;
    private final double[] center;
    private final int examples;

    DiagonalQuadratic(double[] curvatures, double[] center) {
        this(curvatures, center, 1);
    }

    DiagonalQuadratic(double[] curvatures, double[] center, int examples) {
        this.curvatures = curvatures;
        this.center = center;
        this.examples = examples;
    }

    @Override
    public int parameterCount() {
        return curvatures.length;
    }

    @Override
    public int exampleCount() {
        return examples;
    }

    @Override
    public double loss(double[] theta) {
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            double d = theta[i] - center[i];
            sum += 0.5 * curvatures[i] * d * d;
        }
        return sum;
    }

    @Override
    public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient) {
        for (int i = 0; i < theta.length; i++) {
            gradient[i] = curvatures[i] * (theta[i] - center[i]);
        }
        return loss(theta);
    }
}
