package org.theorykit.nn;

/**
 * One dense map of a model's computation graph on unit buffers: z[out+k] = b_k + Σ_j W[k][j]·h[in+j],
 * h[out+k] = σ(z[out+k]) for k < outDim. W (row-major outDim × inDim) and b live in θ at
 * weightOffset / biasOffset (biasOffset −1: no bias). activation null means the identity. Several ops
 * may share the same θ slices (weight sharing). Public so that the compute engines ({@code nn.engine})
 * can read a model's graph.
 */
public record DenseOp(int in, int inDim, int out, int outDim, int weightOffset, int biasOffset,
                      Activation activation, double initStd) {

    /** Whether the bias lives in θ (at biasOffset). */
    public boolean hasTrainableBias() {
        return biasOffset >= 0;
    }
}
