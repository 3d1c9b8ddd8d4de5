package org.theorykit.nn;

import java.util.Arrays;
import org.theorykit.Arguments;

/**
 * The implementations behind the factories of {@link Activation}.
 *
 * <p>Leaky ReLU (ReLU for slope 0): σ'(z) = 1 for z > 0 and slope for z ≤ 0 (PyTorch's choice at the
 * kink). Both σ and σ' are written with min/max and products only, no branch: a branch on the sign
 * of z is mispredicted half the time on random pre-activations, and branch-free loops over arrays
 * are vectorized by the JIT. z·2^1023·2^1023 is ≥ 1 (or +∞) for every positive double, so the clamp
 * min(1, max(0, ·)) of it is exactly the step function.
 */
record LeakyRelu(double slope) implements Activation {
    private static final double HUGE = 0x1p1023;

    LeakyRelu {
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("slope = " + slope + "; accepted: a finite number");
        }
    }

    /** The test of slope is loop-invariant, so C2 unswitches it and a ReLU loop vectorizes one max, no min. */
    public double value(double z) {
        return slope == 0.0 ? Math.max(z, 0.0) : Math.max(z, 0.0) + slope * Math.min(z, 0.0);
    }

    public double derivative(double z) {
        double step = Math.min(1.0, Math.max(0.0, z * HUGE * HUGE));
        return slope == 0.0 ? step : slope + (1.0 - slope) * step;
    }

    public double secondDerivative(double z) {
        return 0.0;
    }

    public String name() {
        return slope == 0.0 ? "relu" : "leaky-relu(" + slope + ")";
    }
}

record Softplus() implements Activation {
    public double value(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    public double derivative(double z) {
        return Sigmoid.logistic(z);
    }

    public double secondDerivative(double z) {
        double s = Sigmoid.logistic(z);
        return s * (1 - s);
    }

    public String name() {
        return "softplus";
    }
}

record Tanh() implements Activation {
    public double value(double z) {
        return Math.tanh(z);
    }

    public double derivative(double z) {
        double t = Math.tanh(z);
        return 1 - t * t;
    }

    public double secondDerivative(double z) {
        double t = Math.tanh(z);
        return -2 * t * (1 - t * t);
    }

    public String name() {
        return "tanh";
    }
}

record Sigmoid() implements Activation {
    static double logistic(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    public double value(double z) {
        return logistic(z);
    }

    public double derivative(double z) {
        double s = logistic(z);
        return s * (1 - s);
    }

    public double secondDerivative(double z) {
        double s = logistic(z);
        return s * (1 - s) * (1 - 2 * s);
    }

    public String name() {
        return "sigmoid";
    }
}

record Cosine() implements Activation {
    public double value(double z) {
        return Math.cos(z);
    }

    public double derivative(double z) {
        return -Math.sin(z);
    }

    public double secondDerivative(double z) {
        return -Math.cos(z);
    }

    public String name() {
        return "cos";
    }
}

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
