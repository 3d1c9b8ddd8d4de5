package org.theorykit.optim;

import java.util.SplittableRandom;

/**
 * The minibatches of an epoch: ⌈n/b⌉ batches, either consecutive slices of a permutation reshuffled
 * each epoch (without replacement; the last batch may be short) or b indices drawn uniformly with
 * replacement per step. A full batch (b = n) is the identity order, no randomness used.
 */
final class BatchSampler {

    private final int exampleCount;
    private final int batchSize;
    private final boolean withReplacement;
    private final SplittableRandom random;
    private final int[] indices;

    BatchSampler(int exampleCount, int batchSize, boolean withReplacement, SplittableRandom random) {
        this.exampleCount = exampleCount;
        this.batchSize = batchSize;
        this.withReplacement = withReplacement && batchSize < exampleCount;
        this.random = random;
        this.indices = new int[this.withReplacement ? batchSize : exampleCount];
        if (!this.withReplacement) {
            for (int i = 0; i < exampleCount; i++) {
                indices[i] = i;
            }
        }
    }

    int batchesPerEpoch() {
        return (exampleCount + batchSize - 1) / batchSize;
    }

    /** Reshuffles the permutation (Fisher–Yates) when sampling without replacement. */
    void startEpoch() {
        if (withReplacement || batchSize == exampleCount) {
            return;
        }
        for (int i = exampleCount - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
    }

    /** Draws the next batch when sampling with replacement; read batch b as {@code indices()[from(b)..to(b))}. */
    void prepareBatch() {
        if (withReplacement) {
            for (int i = 0; i < batchSize; i++) {
                indices[i] = random.nextInt(exampleCount);
            }
        }
    }

    int[] indices() {
        return indices;
    }

    int from(int batch) {
        return withReplacement ? 0 : batch * batchSize;
    }

    int to(int batch) {
        return withReplacement ? batchSize : Math.min(exampleCount, (batch + 1) * batchSize);
    }
}
