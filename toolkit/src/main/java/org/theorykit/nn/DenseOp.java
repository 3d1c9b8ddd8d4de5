package org.theorykit.nn;

/**
 * One dense map of a model's computation graph on unit buffers: z[out+k] = b_k + Σ_j W[k][j]·h[in+j],
 * h[out+k] = σ(z[out+k]) for k < outDim. W (row-major outDim × inDim) and b live in θ at
 * weightOffset / biasOffset (biasOffset −1: no bias), or, for a fixed random layer, in fixedWeights /
 * fixedBias. activation null means the identity. Several ops may share the same θ slices (weight sharing).
 * Public so that the compute engines ({@code nn.engine}) can read a model's graph; the arrays are shared,
 * not copied.
 */
public record DenseOp(int in, int inDim, int out, int outDim, int weightOffset, int biasOffset,
                      double[] fixedWeights, double[] fixedBias, Activation activation, double initStd) {

    /** False for a fixed random layer (weights in fixedWeights, not in θ). */
    public boolean trainable() {
        return fixedWeights == null;
    }

    /** Whether the bias lives in θ (at biasOffset). */
    public boolean hasTrainableBias() {
        return biasOffset >= 0;
    }
}
