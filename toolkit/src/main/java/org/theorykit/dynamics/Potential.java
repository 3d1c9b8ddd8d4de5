package org.theorykit.dynamics;

import org.theorykit.Arguments;
import java.util.function.ToDoubleFunction;

/**
 * A potential U: R^d → R given by its value and its gradient, for the d-dimensional Langevin
 * dynamics dX = −∇U(X) dt + √(2T) dW (stationary density ∝ exp(−U/T)).
 *
 * @param formula   the formula, shown in tables and plots
 * @param dimension d ≥ 1
 * @param value     x ↦ U(x), x of length d
 * @param gradient  writes ∇U(x) into its second argument (length d); must not keep either array
 */
public record Potential(String formula, int dimension, ToDoubleFunction<double[]> value, Gradient gradient) {

    /** Writes ∇U(x) into {@code out}. */
    @FunctionalInterface
    public interface Gradient {
        void evaluate(double[] x, double[] out);
    }

    public Potential {
        Arguments.notNull("formula", formula);
        Arguments.atLeast("dimension", dimension, 1);
        Arguments.notNull("value", value);
        Arguments.notNull("gradient", gradient);
    }

    /** U(x). */
    public double at(double... x) {
        checkLength("x", x);
        return value.applyAsDouble(x);
    }

    /** ∇U(x) as a new array. */
    public double[] gradientAt(double... x) {
        checkLength("x", x);
        double[] out = new double[dimension];
        gradient.evaluate(x, out);
        return out;
    }

    void checkLength(String name, double[] x) {
        if (x == null || x.length != dimension) {
            throw new IllegalArgumentException(name + " must have length " + dimension + " (the potential's dimension), got "
                    + (x == null ? "null" : "length " + x.length));
        }
    }

    @Override
    public String toString() {
        return "U(x) = " + formula;
    }
}
