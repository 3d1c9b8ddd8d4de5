package org.theorykit.nn;

/**
 * One dense map of a model's computation graph on unit buffers: z[out+k] = b_k + Σ_j W[k][j]·h[in+j],
 * h[out+k] = σ(z[out+k]) for k < outDim. W (row-major outDim × inDim) and b live in θ at
 * weightOffset / biasOffset (biasOffset −1: no bias), or, for a fixed random layer, in fixedWeights /
 * fixedBias. activation null means the identity. Several ops may share the same θ slices (weight sharing).
 */
record DenseOp(int in, int inDim, int out, int outDim, int weightOffset, int biasOffset,
               double[] fixedWeights, double[] fixedBias, Activation activation, double initStd) {

    boolean trainable() {
        return fixedWeights == null;
    }

    boolean hasTrainableBias() {
        return biasOffset >= 0;
    }
}
