package org.theorykit.dynamics;

import java.util.function.ToIntFunction;

/**
 * A 2-D potential with two wells, the left one in x &lt; x* (basin 0) and the right one in x ≥ x*
 * (basin 1), separated by a saddle at (x*, 0), x* = profile.saddle().
 *
 * @param potential             U and ∇U on R²
 * @param minima                {left, right}, each a point (x, y)
 * @param minimumValues         U at the minimizers
 * @param hessianDeterminants   det ∇²U at the minimizers
 * @param saddleValue           U at the saddle (x*, 0)
 * @param profile               a 1-D well Q with U(x, y) ≥ Q(x) and the same basins in x
 * @param transverseCurvature   a c &gt; 0 with U(x, y) ≥ c·y²/2 (for choosing the integration box)
 */
public record DoubleWell2D(Potential potential, double[][] minima, double[] minimumValues, double[] hessianDeterminants,
                           double saddleValue, DoubleWell profile, double transverseCurvature) {

    /** 0 for x &lt; x*, else 1. */
    public int basin(double[] point) {
        return point[0] < profile.saddle() ? 0 : 1;
    }

    /** {@link #basin(double[])} as a function, for the simulator. */
    public ToIntFunction<double[]> basins() {
        return this::basin;
    }

    /** The low-temperature (Laplace) limit of P(basin 0): m₀/m₁ → √(det₁/det₀)·exp(−(U₀ − U₁)/T). */
    public double laplaceLeftMass(double temperature) {
        double ratio = Kramers.laplaceMassRatio(hessianDeterminants[0], hessianDeterminants[1],
                minimumValues[0] - minimumValues[1], temperature);
        return ratio / (1 + ratio);
    }
}
