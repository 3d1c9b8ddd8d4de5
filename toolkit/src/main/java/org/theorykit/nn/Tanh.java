package org.theorykit.nn;

/** tanh z, made by {@link Activation#tanh()}. */
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
