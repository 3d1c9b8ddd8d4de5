package org.theorykit.optim;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.theorykit.objective.Objective;
import smile.math.MathEx;

/** Least squares L(θ) = (1/n) Σ (x_iᵀθ − y_i)²/2. */
final class LeastSquares implements Objective {

    final double[][] x;
    final double[] y;

    LeastSquares(double[][] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /** n Gaussian rows in d dimensions, y = Xθ* + noise·N(0,1). */
    static LeastSquares random(int n, int d, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        double[] truth = new double[d];
        for (int j = 0; j < d; j++) {
            truth[j] = random.nextGaussian();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = MathEx.dot(x[i], truth) + noise * random.nextGaussian();
        }
        return new LeastSquares(x, y);
    }

    /** The normal-equation solution (XᵀX)⁻¹Xᵀy by Gaussian elimination with partial pivoting. */
    double[] normalEquationSolution() {
        int d = x[0].length;
        double[][] a = new double[d][d];
        double[] b = new double[d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                b[j] += x[i][j] * y[i];
                for (int k = 0; k < d; k++) {
                    a[j][k] += x[i][j] * x[i][k];
                }
            }
        }
        return solve(a, b);
    }

    static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        double[][] m = new double[d][];
        for (int i = 0; i < d; i++) {
            m[i] = Arrays.copyOf(a[i], d + 1);
            m[i][d] = b[i];
        }
        for (int c = 0; c < d; c++) {
            int pivot = c;
            for (int r = c + 1; r < d; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] swap = m[c];
            m[c] = m[pivot];
            m[pivot] = swap;
            for (int r = c + 1; r < d; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= d; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] solution = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = m[r][d];
            for (int k = r + 1; k < d; k++) {
                s -= m[r][k] * solution[k];
            }
            solution[r] = s / m[r][r];
        }
        return solution;
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
            double r = MathEx.dot(x[i], theta) - y[i];
            sum += 0.5 * r * r;
        }
        return sum / x.length;
    }

    @Override
    public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient) {
        Arrays.fill(gradient, 0);
        double sum = 0;
        for (int b = from; b < to; b++) {
            double[] row = x[batch[b]];
            double r = MathEx.dot(row, theta) - y[batch[b]];
            sum += 0.5 * r * r;
            for (int j = 0; j < row.length; j++) {
                gradient[j] += r * row[j];
            }
        }
        int m = to - from;
        for (int j = 0; j < gradient.length; j++) {
            gradient[j] /= m;
        }
        return sum / m;
    }
}
