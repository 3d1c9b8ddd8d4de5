package org.theorykit.optim;

import org.theorykit.Arguments;
import org.theorykit.objective.HessianObjective;
import org.theorykit.objective.HessianVectorProduct;

/**
 * The toy landscape L(x, y) = ½x² − ½εy² + ¼y⁴ (ε &gt; 0): a strict saddle at the origin with Hessian
 * diag(1, −ε) and two minima (0, ±√ε) at L = −ε²/4. From y₀ ≪ √ε gradient descent with rate η
 * needs about ln(√ε/|y₀|)/ln(1 + ηε) steps to leave the saddle's plateau, Newton's step
 * −H⁻¹∇L jumps to the saddle, and saddle-free Newton's −|H|⁻¹∇L doubles |y| per step (Dauphin et al.
 * 2014, arXiv:1406.2572, §4–5). One "example", so every method runs full batch.
 */
public final class StrictSaddle implements HessianObjective {

    private final double epsilon;

    public StrictSaddle(double epsilon) {
        this.epsilon = Arguments.positiveFinite("epsilon", epsilon);
    }

    /** L at the minima, −ε²/4. */
    public double minimum() {
        return -epsilon * epsilon / 4;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public int exampleCount() {
        return 1;
    }

    @Override
    public double loss(double[] theta) {
        Arguments.vector("theta", theta, 2);
        double x = theta[0];
        double y = theta[1];
        return 0.5 * x * x - 0.5 * epsilon * y * y + 0.25 * y * y * y * y;
    }

    @Override
    public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient) {
        Arguments.length("gradient", gradient, 2);
        double value = loss(theta);
        gradient[0] = theta[0];
        gradient[1] = -epsilon * theta[1] + theta[1] * theta[1] * theta[1];
        return value;
    }

    @Override
    public HessianVectorProduct hessianAt(double[] theta) {
        Arguments.vector("theta", theta, 2);
        double yy = -epsilon + 3 * theta[1] * theta[1];
        return new HessianVectorProduct() {
            public int dimension() {
                return 2;
            }

            public void apply(double[] v, double[] out) {
                out[0] = v[0];
                out[1] = yy * v[1];
            }
        };
    }
}
