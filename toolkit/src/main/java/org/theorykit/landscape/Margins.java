package org.theorykit.landscape;

import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.SupervisedObjective;

/**
 * Classification margins of a model on data. One output and labels y ∈ {−1, +1}: m_i = y_i·f(x_i).
 * q ≥ 2 outputs: m_i = f_{y_i}(x_i) − max_{j≠y_i} f_j(x_i), the label given as a class index (one
 * target per example) or one-hot (q targets). m_i &gt; 0 exactly when example i is classified right.
 *
 * @param values   m_i per example
 * @param min      min_i m_i (the margin of the data set; negative if some example is misclassified)
 * @param mean     the mean margin
 * @param accuracy the fraction with m_i &gt; 0
 */
public record Margins(double[] values, double min, double mean, double accuracy) {

    /** The margins of f(·; θ) on {@code data}. */
    public static Margins of(Model model, double[] theta, Dataset data) {
        if (model == null || data == null) {
            throw new IllegalArgumentException("model and data must not be null");
        }
        int q = model.outputDimension();
        int width = data.targetDimension();
        if (data.inputDimension() != model.inputDimension()) {
            throw new IllegalArgumentException("data has inputs of dimension " + data.inputDimension() + "; accepted: "
                    + model.inputDimension() + " (the model's)");
        }
        if (!(width == 1 || width == q)) {
            throw new IllegalArgumentException("data has " + width + " targets per example; accepted: 1 (label) or "
                    + q + " (one-hot)");
        }
        int n = data.size();
        double[] outputs = outputs(model, theta, data.x(), n);
        double[] f = new double[q];
        double[] values = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(outputs, i * q, f, 0, q);
            double m;
            if (q == 1) {
                double y = data.y()[i];
                if (y != 1 && y != -1) {
                    throw new IllegalArgumentException("y[" + i + "] = " + y + "; accepted: -1 or +1 for one output");
                }
                m = y * f[0];
            } else {
                int label = label(data, i, q, width);
                double other = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < q; j++) {
                    if (j != label) {
                        other = Math.max(other, f[j]);
                    }
                }
                m = f[label] - other;
            }
            values[i] = m;
            min = Math.min(min, m);
            sum += m;
            if (m > 0) {
                right++;
            }
        }
        return new Margins(values, min, sum / n, right / (double) n);
    }

    /**
     * f(x_i; θ) for the n inputs stored row-major in x, as one row-major n × q array (the batched
     * path of {@link SupervisedObjective#outputs}).
     */
    public static double[] outputs(Model model, double[] theta, double[] x, int n) {
        int q = model.outputDimension();
        Dataset inputsOnly = new Dataset(x, new double[n * q], n, model.inputDimension(), q);
        return new SupervisedObjective(model, Loss.squared(), inputsOnly).outputs(theta);
    }

    private static int label(Dataset data, int i, int q, int width) {
        if (width == 1) {
            double y = data.y()[i];
            if (y != Math.rint(y) || y < 0 || y >= q) {
                throw new IllegalArgumentException("y[" + i + "] = " + y + "; accepted: a class index 0.." + (q - 1));
            }
            return (int) y;
        }
        int best = 0;
        for (int j = 1; j < q; j++) {
            if (data.y()[i * q + j] > data.y()[i * q + best]) {
                best = j;
            }
        }
        return best;
    }
}
