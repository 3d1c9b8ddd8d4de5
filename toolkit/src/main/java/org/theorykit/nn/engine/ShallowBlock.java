package org.theorykit.nn.engine;

import java.util.Arrays;
import org.theorykit.nn.Activation;

/**
 * Batched evaluation of one shallow block u ∈ R^a ↦ Σ_{k<m} c_k σ(⟨w_k, u⟩ + b_k) (one node of a
 * {@code TreeNet}) over a chunk of at most {@link #CHUNK} examples. {@link #prepare} copies the node's
 * parameters out of θ into arrays of their own (W transposed, one array per input), and gradients
 * accumulate in arrays of their own until {@link #finish}: every loop then runs over the m units with
 * all arrays indexed by the same k from 0, which lets the JIT prove them independent and vectorize.
 * Allocation-free after construction.
 */
final class ShallowBlock {

    static final int CHUNK = 64;

    private final int a;
    private final int m;
    private final int weightOffset;
    private final int biasOffset;
    private final int outputOffset;
    private final Activation activation;
    /** wt[j][k] = W[k][j]. */
    private final double[][] wt;
    private final double[][] weightGradient;
    private final double[] bias;
    private final double[] outputWeights;
    private final double[] biasGradient;
    private final double[] outputGradient;
    /** Pre-activations and activations of the chunk, one row per example (σ is not evaluated twice). */
    private final double[][] z;
    private final double[][] h;
    private final double[] gz;

    /** Weights (m × a) at weightOffset, biases (m) at biasOffset, output weights (m) at outputOffset of θ. */
    ShallowBlock(int a, int m, int weightOffset, int biasOffset, int outputOffset, Activation activation) {
        this.a = a;
        this.m = m;
        this.weightOffset = weightOffset;
        this.biasOffset = biasOffset;
        this.outputOffset = outputOffset;
        this.activation = activation;
        this.wt = new double[a][m];
        this.weightGradient = new double[a][m];
        this.bias = new double[m];
        this.outputWeights = new double[m];
        this.biasGradient = new double[m];
        this.outputGradient = new double[m];
        this.z = new double[CHUNK][m];
        this.h = new double[CHUNK][m];
        this.gz = new double[m];
    }

    /** Copies the block's parameters out of θ and clears the gradient accumulators; call once per θ. */
    void prepare(double[] theta) {
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < a; j++) {
                wt[j][k] = theta[weightOffset + k * a + j];
            }
        }
        System.arraycopy(theta, biasOffset, bias, 0, m);
        System.arraycopy(theta, outputOffset, outputWeights, 0, m);
        for (double[] row : weightGradient) {
            Arrays.fill(row, 0.0);
        }
        Arrays.fill(biasGradient, 0.0);
        Arrays.fill(outputGradient, 0.0);
    }

    /** out[i·outStride + outColumn] = block(u[i·uStride + uColumn .. + a)) for i < count; keeps pre-activations and activations. */
    void forward(double[] u, int uStride, int uColumn, double[] out, int outStride, int outColumn, int count) {
        for (int i = 0; i < count; i++) {
            double[] zi = z[i];
            double[] hi = h[i];
            int ui = i * uStride + uColumn;
            if (a == 2) {
                double u0 = u[ui];
                double u1 = u[ui + 1];
                double[] w0 = wt[0];
                double[] w1 = wt[1];
                for (int k = 0; k < m; k++) {
                    double zk = bias[k] + u0 * w0[k] + u1 * w1[k];
                    zi[k] = zk;
                    hi[k] = activation.value(zk);
                }
            } else {
                System.arraycopy(bias, 0, zi, 0, m);
                for (int j = 0; j < a; j++) {
                    double uj = u[ui + j];
                    double[] wj = wt[j];
                    for (int k = 0; k < m; k++) {
                        zi[k] += uj * wj[k];
                    }
                }
                for (int k = 0; k < m; k++) {
                    hi[k] = activation.value(zi[k]);
                }
            }
            out[i * outStride + outColumn] = BlasShallowEngine.dot(outputWeights, hi);
        }
    }

    /**
     * After {@link #forward} on the same chunk: with δ_i = dOut[i·dStride + dColumn] = ∂L/∂(block output),
     * accumulates the gradients of c, b and W and, if du is not null, writes ∂L/∂u into du (same layout as u).
     */
    void backward(double[] dOut, int dStride, int dColumn, double[] u, int uStride, int uColumn, double[] du,
                  int count) {
        for (int i = 0; i < count; i++) {
            double delta = dOut[i * dStride + dColumn];
            double[] zi = z[i];
            double[] hi = h[i];
            int ui = i * uStride + uColumn;
            for (int k = 0; k < m; k++) {
                outputGradient[k] += delta * hi[k];
                double g = delta * outputWeights[k] * activation.derivative(zi[k]);
                gz[k] = g;
                biasGradient[k] += g;
            }
            for (int j = 0; j < a; j++) {
                double uj = u[ui + j];
                double[] gj = weightGradient[j];
                for (int k = 0; k < m; k++) {
                    gj[k] += uj * gz[k];
                }
            }
            if (du != null && a == 2) {
                inputAdjoints2(du, ui);
            } else if (du != null) {
                for (int j = 0; j < a; j++) {
                    du[ui + j] = BlasShallowEngine.dot(wt[j], gz);
                }
            }
        }
    }

    /**
     * du[at] = ⟨W[·][0], gz⟩, du[at + 1] = ⟨W[·][1], gz⟩ in one pass over gz, four partial sums each: with
     * fewer the pass waits on the latency of the adds.
     */
    private void inputAdjoints2(double[] du, int at) {
        double[] w0 = wt[0];
        double[] w1 = wt[1];
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        int k = 0;
        for (; k + 3 < m; k += 4) {
            double g0 = gz[k], g1 = gz[k + 1], g2 = gz[k + 2], g3 = gz[k + 3];
            s0 += w0[k] * g0;
            s1 += w0[k + 1] * g1;
            s2 += w0[k + 2] * g2;
            s3 += w0[k + 3] * g3;
            t0 += w1[k] * g0;
            t1 += w1[k + 1] * g1;
            t2 += w1[k + 2] * g2;
            t3 += w1[k + 3] * g3;
        }
        for (; k < m; k++) {
            s0 += w0[k] * gz[k];
            t0 += w1[k] * gz[k];
        }
        du[at] = (s0 + s1) + (s2 + s3);
        du[at + 1] = (t0 + t1) + (t2 + t3);
    }

    /** Adds the accumulated gradients into grad at the block's offsets of θ. */
    void finish(double[] grad) {
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < a; j++) {
                grad[weightOffset + k * a + j] += weightGradient[j][k];
            }
            grad[biasOffset + k] += biasGradient[k];
            grad[outputOffset + k] += outputGradient[k];
        }
    }
}
