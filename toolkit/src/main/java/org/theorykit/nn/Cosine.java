package org.theorykit.nn;

/** cos z, made by {@link Activation#cosine()}. */
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
