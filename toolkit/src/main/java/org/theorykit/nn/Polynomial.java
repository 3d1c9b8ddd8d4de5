package org.theorykit.nn;

import java.util.Arrays;
import org.theorykit.Arguments;

/** Σ c_i z^i evaluated by Horner's rule, as are its derivatives. */
record Polynomial(double[] coefficients) implements Activation {
    Polynomial {
        if (coefficients == null || coefficients.length == 0) {
            throw new IllegalArgumentException("coefficients = " + Arrays.toString(coefficients)
                    + "; accepted: at least one finite coefficient");
        }
        coefficients = coefficients.clone();
        Arguments.finite("coefficients", coefficients);
    }

    public double value(double z) {
        double s = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            s = s * z + coefficients[i];
        }
        return s;
    }

    public double derivative(double z) {
        double s = 0;
        for (int i = coefficients.length - 1; i >= 1; i--) {
            s = s * z + i * coefficients[i];
        }
        return s;
    }

    public double secondDerivative(double z) {
        double s = 0;
        for (int i = coefficients.length - 1; i >= 2; i--) {
            s = s * z + i * (i - 1) * coefficients[i];
        }
        return s;
    }

    public String name() {
        return coefficients.length == 3 && coefficients[0] == 0 && coefficients[1] == 0 && coefficients[2] == 1
                ? "quadratic" : "polynomial" + Arrays.toString(coefficients);
    }
}
