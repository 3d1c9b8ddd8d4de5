package org.theorykit.dynamics;

import java.util.function.DoubleToIntFunction;

/**
 * A 1-D potential with two wells separated by a saddle, with the numbers the exact formulas need.
 * Basin 0 is x &lt; saddle (the left well), basin 1 is x ≥ saddle.
 *
 * @param potential            U and U'
 * @param minima               the two minimizers {left, right}
 * @param minimumValues        U at the minimizers
 * @param minimumCurvatures    U'' at the minimizers
 * @param saddle               the barrier's top, the boundary between the basins
 * @param saddleValue          U(saddle)
 * @param saddleCurvatures     |U''| just left and just right of the saddle (equal for a smooth top)
 */
public record DoubleWell(Potential1D potential, double[] minima, double[] minimumValues, double[] minimumCurvatures,
                         double saddle, double saddleValue, double[] saddleCurvatures) {

    /** 0 left of the saddle, 1 from the saddle on. */
    public int basin(double x) {
        return x < saddle ? 0 : 1;
    }

    /** {@link #basin(double)} as a function, for the simulator. */
    public DoubleToIntFunction basins() {
        return this::basin;
    }

    /** ΔU = U(saddle) − U(minimum of {@code basin}). */
    public double barrier(int basin) {
        return saddleValue - minimumValues[basin];
    }

    /**
     * The Kramers/Arrhenius rate of leaving {@code basin} over the saddle at temperature T, using the
     * saddle's curvature on that basin's side; see {@link Kramers#rate}.
     */
    public double kramersRate(int basin, double temperature) {
        return Kramers.rate(minimumCurvatures[basin], saddleCurvatures[basin], barrier(basin), temperature);
    }

    /**
     * The low-temperature (Laplace) limit of P(basin 0) under exp(−U/T):
     * m₀/m₁ → √(k₁/k₀)·exp(−(U₀ − U₁)/T); see {@link Kramers#laplaceMassRatio}.
     */
    public double laplaceLeftMass(double temperature) {
        double ratio = Kramers.laplaceMassRatio(minimumCurvatures[0], minimumCurvatures[1],
                minimumValues[0] - minimumValues[1], temperature);
        return ratio / (1 + ratio);
    }

    @Override
    public String toString() {
        return String.format("%s; minima %.4g, %.4g (U = %.4g, %.4g; U'' = %.4g, %.4g); saddle %.4g (U = %.4g)",
                potential, minima[0], minima[1], minimumValues[0], minimumValues[1], minimumCurvatures[0],
                minimumCurvatures[1], saddle, saddleValue);
    }
}
