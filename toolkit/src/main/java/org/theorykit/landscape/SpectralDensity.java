package org.theorykit.landscape;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import org.theorykit.Arguments;

/**
 * An estimate of the Hessian's spectral density φ(t) = (1/p)Σδ(t − λ_i) as a discrete measure
 * Σ w_k δ(t − t_k) (weights sum to 1), from {@link StochasticLanczosQuadrature}. Smoothed with a
 * Gaussian of width σ, φ_σ(t) = Σ w_k N(t; t_k, σ²) (Ghorbani, Krishnan, Xiao 2019, §2.2).
 *
 * @param nodes     quadrature nodes t_k (Ritz values of every probe)
 * @param weights   quadrature weights w_k ≥ 0 summing to 1
 * @param dimension p, to turn averages into sums over the spectrum
 */
public record SpectralDensity(double[] nodes, double[] weights, int dimension) {

    /** Σ w_k t_k^r, which estimates (1/p) tr Hʳ; exact in expectation for r ≤ 2·steps − 1. */
    public double moment(int r) {
        double sum = 0;
        for (int k = 0; k < nodes.length; k++) {
            sum += weights[k] * Math.pow(nodes[k], r);
        }
        return sum;
    }

    /** The Gaussian-smoothed density φ_σ at each grid point. */
    public double[] density(double[] grid, double sigma) {
        Arguments.positiveFinite("sigma", sigma);
        double normalization = 1 / (sigma * Math.sqrt(2 * Math.PI));
        double[] values = new double[grid.length];
        for (int g = 0; g < grid.length; g++) {
            double sum = 0;
            for (int k = 0; k < nodes.length; k++) {
                double u = (grid[g] - nodes[k]) / sigma;
                sum += weights[k] * Math.exp(-0.5 * u * u);
            }
            values[g] = normalization * sum;
        }
        return values;
    }

    /** {@code points} equally spaced values from min t_k − 5σ to max t_k + 5σ. */
    public double[] grid(int points, double sigma) {
        Arguments.inRange("points", points, 2, Integer.MAX_VALUE);
        Arguments.positiveFinite("sigma", sigma);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double t : nodes) {
            low = Math.min(low, t);
            high = Math.max(high, t);
        }
        low -= 5 * sigma;
        high += 5 * sigma;
        double[] grid = new double[points];
        for (int i = 0; i < points; i++) {
            grid[i] = low + (high - low) * i / (points - 1);
        }
        return grid;
    }

    /** Columns "eigenvalue" and "density" on {@link #grid}, ready to plot. */
    public Table table(int points, double sigma) {
        double[] grid = grid(points, sigma);
        return Table.create("spectral density (sigma = " + sigma + ")",
                DoubleColumn.create("eigenvalue", grid), DoubleColumn.create("density", density(grid, sigma)));
    }

    /** N_eff(z) = p·Σ w_k max(t_k, 0)/(max(t_k, 0) + z), see {@link EffectiveDimension}. */
    public double effectiveDimension(double z) {
        Arguments.positiveFinite("z", z);
        double sum = 0;
        for (int k = 0; k < nodes.length; k++) {
            double t = Math.max(nodes[k], 0);
            sum += weights[k] * t / (t + z);
        }
        return dimension * sum;
    }
}
