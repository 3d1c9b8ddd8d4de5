package org.theorykit.nn;

/** ℓ = log(1 + exp(−y·f)), made by {@link Loss#logistic()}. */
final class LogisticLoss extends MarginLoss {
    public double value(double[] f, int q, double[] y, int offset) {
        double m = -y[offset] * f[0];
        return Math.max(m, 0.0) + Math.log1p(Math.exp(-Math.abs(m)));
    }

    public double gradient(double[] f, int q, double[] y, int offset, double[] g) {
        double label = y[offset];
        g[0] = -label * Sigmoid.logistic(-label * f[0]);
        return value(f, q, y, offset);
    }

    public void hessianVector(double[] f, int q, double[] y, int offset, double[] r, double[] out) {
        double s = Sigmoid.logistic(y[offset] * f[0]);
        out[0] = s * (1 - s) * r[0];
    }

    public String name() {
        return "logistic";
    }
}
