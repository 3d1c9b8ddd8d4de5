package org.theorykit.nn;

/** Softmax cross-entropy; probabilities are computed with the max subtracted, so large outputs do not overflow. */
final class SoftmaxCrossEntropyLoss implements Loss {
    public int targetWidth(int outputs) {
        return 1;
    }

    public void checkTargets(Dataset data, int outputs) {
        if (outputs < 2) {
            throw new IllegalArgumentException("model outputs = " + outputs
                    + "; accepted for softmax cross-entropy: at least 2 classes");
        }
        if (data.targetDimension() != 1) {
            throw new IllegalArgumentException("data.targetDimension() = " + data.targetDimension()
                    + "; accepted for softmax cross-entropy: 1 (the class index)");
        }
        double[] y = data.y();
        for (int i = 0; i < y.length; i++) {
            if (y[i] != Math.rint(y[i]) || y[i] < 0 || y[i] >= outputs) {
                throw new IllegalArgumentException("data.y()[" + i + "] = " + y[i]
                        + "; accepted for softmax cross-entropy: a class index 0.." + (outputs - 1));
            }
        }
    }

    /** Writes softmax(f) into p and returns log Σ exp f. */
    private static double softmax(double[] f, int q, double[] p) {
        double max = f[0];
        for (int o = 1; o < q; o++) {
            max = Math.max(max, f[o]);
        }
        double sum = 0;
        for (int o = 0; o < q; o++) {
            p[o] = Math.exp(f[o] - max);
            sum += p[o];
        }
        for (int o = 0; o < q; o++) {
            p[o] /= sum;
        }
        return max + Math.log(sum);
    }

    public double value(double[] f, int q, double[] y, int offset) {
        double max = f[0];
        for (int o = 1; o < q; o++) {
            max = Math.max(max, f[o]);
        }
        double sum = 0;
        for (int o = 0; o < q; o++) {
            sum += Math.exp(f[o] - max);
        }
        return max + Math.log(sum) - f[(int) y[offset]];
    }

    public double gradient(double[] f, int q, double[] y, int offset, double[] g) {
        double logSum = softmax(f, q, g);
        int c = (int) y[offset];
        g[c] -= 1;
        return logSum - f[c];
    }

    /** (diag p − p pᵀ) r, the Hessian of log Σ exp in f applied to r. */
    public void hessianVector(double[] f, int q, double[] y, int offset, double[] r, double[] out) {
        softmax(f, q, out);
        double pr = 0;
        for (int o = 0; o < q; o++) {
            pr += out[o] * r[o];
        }
        for (int o = 0; o < q; o++) {
            out[o] *= r[o] - pr;
        }
    }

    public String name() {
        return "softmax-cross-entropy";
    }
}
