package org.theorykit.dynamics;

import org.theorykit.Arguments;
import java.util.function.DoubleUnaryOperator;

/**
 * A potential U: R → R given by its value and its derivative U'. The Langevin dynamics
 * dX = −U'(X) dt + √(2T) dW has the stationary (Boltzmann) density ∝ exp(−U/T).
 *
 * @param formula    the formula in words or symbols, shown in tables and plots
 * @param value      x ↦ U(x)
 * @param derivative x ↦ U'(x)
 */
public record Potential1D(String formula, DoubleUnaryOperator value, DoubleUnaryOperator derivative) {

    public Potential1D {
        Arguments.notNull("formula", formula);
        Arguments.notNull("value", value);
        Arguments.notNull("derivative", derivative);
    }

    /** U(x). */
    public double at(double x) {
        return value.applyAsDouble(x);
    }

    /** U'(x). */
    public double slope(double x) {
        return derivative.applyAsDouble(x);
    }

    /** U''(x) by a central difference of U' (relative step 1e-5; error O(1e-10·U'''')). */
    public double curvature(double x) {
        double h = 1e-5 * Math.max(1, Math.abs(x));
        return (slope(x + h) - slope(x - h)) / (2 * h);
    }

    /** U + V, for adding a ripple or a tilt to a preset. */
    public Potential1D plus(Potential1D other) {
        return new Potential1D(formula + " + " + other.formula, x -> at(x) + other.at(x), x -> slope(x) + other.slope(x));
    }

    @Override
    public String toString() {
        return "U(x) = " + formula;
    }
}
