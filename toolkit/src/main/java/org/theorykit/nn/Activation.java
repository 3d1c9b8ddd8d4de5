package org.theorykit.nn;

/**
 * A scalar activation σ with its first and second derivatives; the second derivative enters exact
 * Hessian-vector products (Pearlmutter 1994, R{σ'(z)} = σ''(z)·R{z}). At the kink of ReLU and leaky ReLU,
 * z = 0, σ' is the derivative from the left (0, or the slope) and σ'' is 0.
 */
public interface Activation {

    double value(double z);

    double derivative(double z);

    double secondDerivative(double z);

    /** Short name used in views, tables and error messages. */
    String name();

    /** max(z, 0). */
    static Activation relu() {
        return new LeakyRelu(0.0);
    }

    /** z for z > 0, slope·z otherwise; slope must be finite. */
    static Activation leakyRelu(double slope) {
        return new LeakyRelu(slope);
    }

    /** log(1 + e^z), computed without overflow. */
    static Activation softplus() {
        return new Softplus();
    }

    static Activation tanh() {
        return new Tanh();
    }

    /** 1 / (1 + e^(−z)). */
    static Activation sigmoid() {
        return new Sigmoid();
    }

    /** z², the activation of Poggio et al.'s Bezout argument (Theory II). */
    static Activation quadratic() {
        return polynomial(0, 0, 1);
    }

    /** Σ_i c_i z^i with c = coefficients (c_0 first); at least one coefficient, all finite. */
    static Activation polynomial(double... coefficients) {
        return new Polynomial(coefficients);
    }

    /** cos z, the feature map of random Fourier features (Rahimi–Recht 2007). */
    static Activation cosine() {
        return new Cosine();
    }

    /**
     * The activation called {@code name}: relu, leaky_relu (slope 0.01), softplus, tanh, sigmoid,
     * quadratic or cosine — for experiment parameters and notebook cells.
     */
    static Activation named(String name) {
        return switch (String.valueOf(name)) {
            case "relu" -> relu();
            case "leaky_relu" -> leakyRelu(0.01);
            case "softplus" -> softplus();
            case "tanh" -> tanh();
            case "sigmoid" -> sigmoid();
            case "quadratic" -> quadratic();
            case "cosine" -> cosine();
            default -> throw new IllegalArgumentException("activation = " + name
                    + "; accepted: relu, leaky_relu, softplus, tanh, sigmoid, quadratic, cosine");
        };
    }
}
