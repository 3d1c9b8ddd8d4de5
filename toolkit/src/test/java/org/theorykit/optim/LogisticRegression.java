package org.theorykit.optim;

import org.theorykit.objective.Objective;
import smile.math.MathEx;
import java.util.Arrays;
import java.util.SplittableRandom;

/** L(θ) = (1/n) Σ log(1 + exp(−y_i x_iᵀθ)) + (λ/2)|θ|², labels ±1; solved exactly by Newton's method. */
final class LogisticRegression implements Objective {

    private final double[][] x;
    private final double[] y;
    private final double lambda;

    LogisticRegression(double[][] x, double[] y, double lambda) {
        this.x = x;
        this.y = y;
        this.lambda = lambda;
    }

    /** Noisy labels from a random linear teacher, so the data are not separable. */
    static LogisticRegression random(int n, int d, double lambda, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double score = 0;
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian();
                score += x[i][j] * (j + 1) / d;
            }
            y[i] = score + random.nextGaussian() > 0 ? 1 : -1;
        }
        return new LogisticRegression(x, y, lambda);
    }

    /** The exact minimizer by 50 Newton steps from 0 (quadratic convergence; strongly convex for λ &gt; 0). */
    double[] newtonSolution() {
        int d = x[0].length;
        double[] theta = new double[d];
        double[] gradient = new double[d];
        int[] all = new int[x.length];
        Arrays.setAll(all, i -> i);
        for (int iteration = 0; iteration < 50; iteration++) {
            lossAndGradient(theta, all, 0, all.length, gradient);
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                double s = sigmoid(y[i] * MathEx.dot(x[i], theta));
                double w = s * (1 - s) / x.length;
                for (int j = 0; j < d; j++) {
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += w * x[i][j] * x[i][k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                hessian[j][j] += lambda;
            }
            double[] step = LeastSquares.solve(hessian, gradient);
            for (int j = 0; j < d; j++) {
                theta[j] -= step[j];
            }
        }
        return theta;
    }

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    /** log(1 + e^(−m)) without overflow. */
    private static double logistic(double margin) {
        return margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
    }

    @Override
    public int parameterCount() {
        return x[0].length;
    }

    @Override
    public int exampleCount() {
        return x.length;
    }

    @Override
    public double loss(double[] theta) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += logistic(y[i] * MathEx.dot(x[i], theta));
        }
        return sum / x.length + 0.5 * lambda * MathEx.dot(theta, theta);
    }

    @Override
    public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient) {
        Arrays.fill(gradient, 0);
        double sum = 0;
        for (int b = from; b < to; b++) {
            int i = batch[b];
            double margin = y[i] * MathEx.dot(x[i], theta);
            sum += logistic(margin);
            double weight = -y[i] * sigmoid(-margin);
            for (int j = 0; j < theta.length; j++) {
                gradient[j] += weight * x[i][j];
            }
        }
        int m = to - from;
        for (int j = 0; j < theta.length; j++) {
            gradient[j] = gradient[j] / m + lambda * theta[j];
        }
        return sum / m + 0.5 * lambda * MathEx.dot(theta, theta);
    }
}
