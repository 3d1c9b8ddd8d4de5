package org.theorykit.optim;

import java.util.SplittableRandom;
import org.theorykit.Seeds;

/**
 * The minibatches of an epoch: ⌈n/b⌉ batches, either consecutive slices of a permutation reshuffled
 * each epoch (without replacement; the last batch may be short) or b indices drawn uniformly with
 * replacement per step. A full batch (b = n) is the identity order, no randomness used. The draws of
 * epoch e come from {@code Seeds.derive(seed, "batches", e)}, so a run continued at an epoch boundary
 * draws what the uninterrupted run would have drawn.
 */
final class BatchSampler {

    private final int exampleCount;
    private final int batchSize;
    private final boolean withReplacement;
    private final long seed;
    private final int[] indices;
    private SplittableRandom random;

    BatchSampler(int exampleCount, int batchSize, boolean withReplacement, long seed) {
        this.exampleCount = exampleCount;
        this.batchSize = batchSize;
        this.withReplacement = withReplacement && batchSize < exampleCount;
        this.seed = seed;
        this.indices = new int[this.withReplacement ? batchSize : exampleCount];
        if (!this.withReplacement) {
            for (int i = 0; i < exampleCount; i++) {
                indices[i] = i;
            }
        }
    }

    private BatchSampler(BatchSampler other) {
        this.exampleCount = other.exampleCount;
        this.batchSize = other.batchSize;
        this.withReplacement = other.withReplacement;
        this.seed = other.seed;
        this.indices = other.indices.clone();
    }

    /** An independent copy holding the current permutation (the next epoch shuffles it). */
    BatchSampler copy() {
        return new BatchSampler(this);
    }

    int batchesPerEpoch() {
        return (exampleCount + batchSize - 1) / batchSize;
    }

    /** Starts epoch {@code epoch} (from 0): reshuffles the permutation (Fisher–Yates) when sampling without replacement. */
    void startEpoch(int epoch) {
        if (batchSize == exampleCount) {
            return;
        }
        random = new SplittableRandom(Seeds.derive(seed, "batches", epoch));
        if (withReplacement) {
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
