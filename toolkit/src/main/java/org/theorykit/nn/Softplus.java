package org.theorykit.nn;

/** log(1 + e^z), made by {@link Activation#softplus()}. */
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
