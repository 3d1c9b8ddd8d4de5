package org.theorykit.nn;

/** The implementations behind the factories of {@link Loss}. */
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

/** Shared label check of the two margin losses (one output, labels ±1). */
abstract class MarginLoss implements Loss {
    public int targetWidth(int outputs) {
        return 1;
    }

    public void checkTargets(Dataset data, int outputs) {
        if (outputs != 1) {
            throw new IllegalArgumentException("model outputs = " + outputs + "; accepted for the " + name()
                    + " loss: exactly 1");
        }
        if (data.targetDimension() != 1) {
            throw new IllegalArgumentException("data.targetDimension() = " + data.targetDimension()
                    + "; accepted for the " + name() + " loss: 1 (a label ±1)");
        }
        double[] y = data.y();
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 1.0 && y[i] != -1.0) {
                throw new IllegalArgumentException("data.y()[" + i + "] = " + y[i] + "; accepted for the "
                        + name() + " loss: -1 or +1");
            }
        }
    }
}

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
