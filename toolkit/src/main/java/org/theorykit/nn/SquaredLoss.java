package org.theorykit.nn;

/** ℓ = ½ Σ_o (f_o − y_o)², made by {@link Loss#squared()}. */
final class SquaredLoss implements Loss {
    public int targetWidth(int outputs) {
        return outputs;
    }

    public void checkTargets(Dataset data, int outputs) {
        if (data.targetDimension() != outputs) {
            throw new IllegalArgumentException("data.targetDimension() = " + data.targetDimension()
                    + "; accepted for the squared loss: the model's output count " + outputs);
        }
    }

    public double value(double[] f, int q, double[] y, int offset) {
        double s = 0;
        for (int o = 0; o < q; o++) {
            double d = f[o] - y[offset + o];
            s += d * d;
        }
        return 0.5 * s;
    }

    public double gradient(double[] f, int q, double[] y, int offset, double[] g) {
        double s = 0;
        for (int o = 0; o < q; o++) {
            double d = f[o] - y[offset + o];
            g[o] = d;
            s += d * d;
        }
        return 0.5 * s;
    }

    public void hessianVector(double[] f, int q, double[] y, int offset, double[] r, double[] out) {
        System.arraycopy(r, 0, out, 0, q);
    }

    public String name() {
        return "squared";
    }
}
