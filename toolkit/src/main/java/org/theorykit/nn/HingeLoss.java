package org.theorykit.nn;

/** ℓ = max(0, 1 − y·f), made by {@link Loss#hinge()}. */
final class HingeLoss extends MarginLoss {
    public double value(double[] f, int q, double[] y, int offset) {
        return Math.max(0.0, 1 - y[offset] * f[0]);
    }

    public double gradient(double[] f, int q, double[] y, int offset, double[] g) {
        double margin = 1 - y[offset] * f[0];
        g[0] = margin > 0 ? -y[offset] : 0.0;
        return Math.max(0.0, margin);
    }

    public void hessianVector(double[] f, int q, double[] y, int offset, double[] r, double[] out) {
        out[0] = 0.0;
    }

    public String name() {
        return "hinge";
    }
}
