package org.theorykit.kernel;

import smile.math.MathEx;
import smile.math.matrix.Matrix;

/**
 * Full-batch gradient descent on the least-squares loss ½‖Xw − y‖² of a linear model with n &lt; p, the
 * demonstration behind "SGD from zero finds the minimum-norm interpolant" (Zhang et al. 2017,
 * arXiv:1611.03530, sec. 5). Every step w ← w − η Xᵀ(Xw − y) adds a combination of the rows of X, so from
 * w₀ the iterates stay in w₀ + row(X); when they interpolate they converge to X⁺y + (I − X⁺X)w₀, the
 * minimum-norm solution X⁺y exactly when w₀ = 0, at distance ‖(I − X⁺X)w₀‖ from it otherwise.
 * <pre>{@code
 * LeastSquaresDescent lsq = LeastSquaresDescent.of(x, y);
 * LeastSquaresDescent.Path fromZero = lsq.run(new double[p], lsq.stableStep(), 400);
 * double gap = fromZero.distance();            // ‖w_400 − X⁺y‖, → 0
 * }</pre>
 */
public final class LeastSquaresDescent {

    /**
     * The iterate after the last step and ‖w_t − X⁺y‖ after every step t = 1 … steps.
     *
     * @param w         the final iterate
     * @param distances distances[t − 1] = ‖w_t − X⁺y‖
     */
    public record Path(double[] w, double[] distances) {

        /** ‖w‖ of the final iterate. */
        public double norm() {
            return MathEx.norm(w);
        }

        /** ‖w − X⁺y‖ of the final iterate. */
        public double distance() {
            return distances[distances.length - 1];
        }
    }

    private final double[][] x;
    private final double[] y;
    private final Matrix.SVD svd;
    private final double[] minimumNorm;

    private LeastSquaresDescent(double[][] x, double[] y) {
        this.x = x;
        this.y = y;
        this.svd = Matrix.of(x).svd();
        this.minimumNorm = svd.pinv().mv(y);
    }

    /**
     * The problem with the rows of {@code x} as inputs and {@code y} as targets (both kept by reference, not
     * modified); computes the SVD of X once.
     */
    public static LeastSquaresDescent of(double[][] x, double[] y) {
        if (x == null || x.length == 0 || x[0] == null || x[0].length == 0) {
            throw new IllegalArgumentException("x must hold at least one non-empty row");
        }
        if (y == null || y.length != x.length) {
            throw new IllegalArgumentException("y must hold one target per row of x (" + x.length + "), got "
                    + (y == null ? "null" : y.length));
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != x[0].length) {
                throw new IllegalArgumentException("x must be rectangular: row " + i + " differs in length from row 0");
            }
            requireFinite(x[i], "x");
        }
        requireFinite(y, "y");
        return new LeastSquaresDescent(x, y);
    }

    /** The minimum-norm least-squares solution X⁺y (a copy). */
    public double[] minimumNormSolution() {
        return minimumNorm.clone();
    }

    /** η = 1/σ_max(X)² = 1/λ_max(XXᵀ): every direction of the row space contracts, the fastest in one step. */
    public double stableStep() {
        return 1 / (svd.s[0] * svd.s[0]);
    }

    /** ‖(I − X⁺X)w₀‖, the part of w₀ outside the row space: how far gradient descent from w₀ ends from X⁺y. */
    public double nullSpaceNorm(double[] w0) {
        requireLength(w0, "w0");
        double[] rowSpacePart = svd.pinv().mv(times(w0));
        double squared = Math.pow(MathEx.norm(w0), 2) - Math.pow(MathEx.norm(rowSpacePart), 2);
        return Math.sqrt(Math.max(0, squared));
    }

    /** ‖Xw − y‖. */
    public double residualNorm(double[] w) {
        requireLength(w, "w");
        double[] residual = times(w);
        for (int i = 0; i < residual.length; i++) {
            residual[i] -= y[i];
        }
        return MathEx.norm(residual);
    }

    /** {@code steps} steps w ← w − η Xᵀ(Xw − y) from w₀ (not modified), recording ‖w_t − X⁺y‖ after each. */
    public Path run(double[] w0, double eta, int steps) {
        requireLength(w0, "w0");
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("eta must be a finite step > 0, got " + eta);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        double[] w = w0.clone();
        double[] distances = new double[steps];
        for (int t = 0; t < steps; t++) {
            double[] e = times(w);
            for (int i = 0; i < x.length; i++) {
                e[i] -= y[i];
            }
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < w.length; j++) {
                    w[j] -= eta * e[i] * x[i][j];
                }
            }
            distances[t] = MathEx.distance(w, minimumNorm);
        }
        return new Path(w, distances);
    }

    private double[] times(double[] w) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < w.length; j++) {
                r[i] += x[i][j] * w[j];
            }
        }
        return r;
    }

    private void requireLength(double[] w, String name) {
        if (w == null || w.length != x[0].length) {
            throw new IllegalArgumentException(name + " must have length p = " + x[0].length + ", got "
                    + (w == null ? "null" : w.length));
        }
        requireFinite(w, name);
    }

    private static void requireFinite(double[] values, String name) {
        for (int j = 0; j < values.length; j++) {
            if (!Double.isFinite(values[j])) {
                throw new IllegalArgumentException(name + " must hold finite numbers, got " + values[j] + " at index " + j);
            }
        }
    }
}
