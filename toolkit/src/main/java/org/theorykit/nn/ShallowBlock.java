package org.theorykit.nn;

import java.util.Arrays;

/**
 * Batched kernel of one shallow block u ∈ R^a ↦ Σ_{k<m} c_k σ(⟨w_k, u⟩ + b_k) (one node of a
 * {@link TreeNet}) over a chunk of at most {@link #CHUNK} examples.
 * Loops run over the m hidden units innermost on contiguous arrays, so the JIT can vectorize them: the
 * weights are transposed once per call into wt (a × m) and the weight gradient is accumulated
 * transposed in gwt, then added to the gradient by {@link #finish}. Allocation-free after construction.
 */
final class ShallowBlock {

    static final int CHUNK = 64;

    private final int a;
    private final int m;
    private final int weightOffset;
    private final int biasOffset;
    private final int outputOffset;
    private final Activation activation;
    private final double[] wt;
    private final double[] gwt;
    private final double[] z;
    private final double[] gz;

    /** Weights (m × a) at weightOffset, biases (m) at biasOffset, output weights (m) at outputOffset of θ. */
    ShallowBlock(int a, int m, int weightOffset, int biasOffset, int outputOffset, Activation activation) {
        this.a = a;
        this.m = m;
        this.weightOffset = weightOffset;
        this.biasOffset = biasOffset;
        this.outputOffset = outputOffset;
        this.activation = activation;
        this.wt = new double[a * m];
        this.gwt = new double[a * m];
        this.z = new double[CHUNK * m];
        this.gz = new double[m];
    }

    /** Transposes the weights of θ and clears the weight-gradient accumulator; call once per θ. */
    void prepare(double[] theta) {
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < a; j++) {
                wt[j * m + k] = theta[weightOffset + k * a + j];
            }
        }
        Arrays.fill(gwt, 0.0);
    }

    /** out[i·outStride + outColumn] = block(u[i·uStride + uColumn .. + a)) for i < count; keeps pre-activations. */
    void forward(double[] theta, double[] u, int uStride, int uColumn, double[] out, int outStride, int outColumn,
                 int count) {
        for (int i = 0; i < count; i++) {
            int zi = i * m;
            int ui = i * uStride + uColumn;
            if (a == 2) {
                preActivationsOfPair(theta, u[ui], u[ui + 1], zi);
            } else {
                preActivations(theta, u, ui, zi);
            }
            double s0 = 0;
            double s1 = 0;
            int k = 0;
            for (; k + 1 < m; k += 2) {
                s0 += theta[outputOffset + k] * activation.value(z[zi + k]);
                s1 += theta[outputOffset + k + 1] * activation.value(z[zi + k + 1]);
            }
            if (k < m) {
                s0 += theta[outputOffset + k] * activation.value(z[zi + k]);
            }
            out[i * outStride + outColumn] = s0 + s1;
        }
    }

    /** z = b + W u for two inputs, in one pass (binary trees). */
    private void preActivationsOfPair(double[] theta, double u0, double u1, int zi) {
        for (int k = 0; k < m; k++) {
            z[zi + k] = theta[biasOffset + k] + u0 * wt[k] + u1 * wt[m + k];
        }
    }

    /** z = b + W u for any arity, one pass over the units per input. */
    private void preActivations(double[] theta, double[] u, int ui, int zi) {
        System.arraycopy(theta, biasOffset, z, zi, m);
        for (int j = 0; j < a; j++) {
            double uj = u[ui + j];
            int row = j * m;
            for (int k = 0; k < m; k++) {
                z[zi + k] += uj * wt[row + k];
            }
        }
    }

    /**
     * After {@link #forward} on the same chunk: with δ_i = dOut[i·dStride + dColumn] = ∂L/∂(block output),
     * adds the gradient of c and b into grad, accumulates that of w, and, if du is not null, writes
     * ∂L/∂u into du (same layout as u).
     */
    void backward(double[] theta, double[] dOut, int dStride, int dColumn, double[] u, int uStride, int uColumn,
                  double[] du, double[] grad, int count) {
        for (int i = 0; i < count; i++) {
            double delta = dOut[i * dStride + dColumn];
            int zi = i * m;
            int ui = i * uStride + uColumn;
            if (a == 2) {
                unitGradientsOfPair(theta, delta, zi, u[ui], u[ui + 1], grad);
            } else {
                unitGradients(theta, delta, zi, u, ui, grad);
            }
            if (du != null) {
                for (int j = 0; j < a; j++) {
                    int row = j * m;
                    double s = 0;
                    for (int k = 0; k < m; k++) {
                        s += wt[row + k] * gz[k];
                    }
                    du[ui + j] = s;
                }
            }
        }
    }

    /** gz = δ·c⊙σ'(z); adds δ·σ(z) to ∇c, gz to ∇b and u·gzᵀ to the transposed ∇W, for any arity. */
    private void unitGradients(double[] theta, double delta, int zi, double[] u, int ui, double[] grad) {
        for (int k = 0; k < m; k++) {
            double zk = z[zi + k];
            grad[outputOffset + k] += delta * activation.value(zk);
            double g = delta * theta[outputOffset + k] * activation.derivative(zk);
            gz[k] = g;
            grad[biasOffset + k] += g;
        }
        for (int j = 0; j < a; j++) {
            double uj = u[ui + j];
            int row = j * m;
            for (int k = 0; k < m; k++) {
                gwt[row + k] += uj * gz[k];
            }
        }
    }

    /** {@link #unitGradients} for two inputs, in one pass (binary trees). */
    private void unitGradientsOfPair(double[] theta, double delta, int zi, double u0, double u1, double[] grad) {
        for (int k = 0; k < m; k++) {
            double zk = z[zi + k];
            grad[outputOffset + k] += delta * activation.value(zk);
            double g = delta * theta[outputOffset + k] * activation.derivative(zk);
            gz[k] = g;
            grad[biasOffset + k] += g;
            gwt[k] += u0 * g;
            gwt[m + k] += u1 * g;
        }
    }

    /** Adds the accumulated weight gradient into grad (row-major m × a at weightOffset). */
    void finish(double[] grad) {
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < a; j++) {
                grad[weightOffset + k * a + j] += gwt[j * m + k];
            }
        }
    }
}
