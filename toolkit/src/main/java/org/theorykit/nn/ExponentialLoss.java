package org.theorykit.nn;

/** ℓ = exp(−y·f), made by {@link Loss#exponential()}. */
final class ExponentialLoss extends MarginLoss {
    public double value(double[] f, int q, double[] y, int offset) {
        return Math.exp(-y[offset] * f[0]);
    }

    public double gradient(double[] f, int q, double[] y, int offset, double[] g) {
        double value = value(f, q, y, offset);
        g[0] = -y[offset] * value;
        return value;
    }

    public void hessianVector(double[] f, int q, double[] y, int offset, double[] r, double[] out) {
        out[0] = value(f, q, y, offset) * r[0];
    }

    public String name() {
        return "exponential";
    }
}
