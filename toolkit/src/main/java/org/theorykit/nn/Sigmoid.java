package org.theorykit.nn;

/** 1 / (1 + e^(−z)), made by {@link Activation#sigmoid()}. */
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
