package org.theorykit.optim;

/** U(θ) = Σ k_i (θ_i − c_i)²/2 as a one-example objective; minimizer c, Hessian diag(k). */
final class DiagonalQuadratic implements Objective {

    private final double[] curvatures;
    private final double[] center;

    DiagonalQuadratic(double[] curvatures, double[] center) {
        this.curvatures = curvatures;
        this.center = center;
    }

    @Override
    public int parameterCount() {
        return curvatures.length;
    }

    @Override
    public int exampleCount() {
        return 1;
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
