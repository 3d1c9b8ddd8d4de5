package org.theorykit.nn;

import java.util.Arrays;

/**
 * The implementations behind the factories of {@link Activation}.
 *
 * <p>Leaky ReLU (ReLU for slope 0) is branch-free: σ'(z) is 1 when the sign bit of z is clear
 * (z ≥ +0), slope otherwise, and σ(z) = z·σ'(z). A branch on z > 0 would be mispredicted half the
 * time on random pre-activations, which made the hidden-layer passes several times slower.
 */
record LeakyRelu(double slope) implements Activation {
    LeakyRelu {
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("slope = " + slope + "; accepted: a finite number");
        }
    }

    public double value(double z) {
        return z * derivative(z);
    }

    public double derivative(double z) {
        double negative = Double.doubleToRawLongBits(z) >>> 63;
        return 1.0 - (1.0 - slope) * negative;
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
        Require.finite("coefficients", coefficients);
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
