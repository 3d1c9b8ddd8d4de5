package org.theorykit.nn.engine;

import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;

/**
 * Splits a minibatch between two engines with separate scratch memory, one on the calling thread and
 * one on the helper ({@link TwoThreads}), and combines the two means weighted by their sizes.
 * Batches with fewer than {@link Engines#SPLIT_MIN_WORK} (examples × parameters) stay on the calling
 * thread, where the hand-over would cost more than it saves.
 */
final class SplitBatchEngine implements BatchEngine {

    private final BatchEngine first;
    private final BatchEngine second;
    private final double[] secondGradient;
    private final double[] losses = new double[2];

    SplitBatchEngine(BatchEngine first, BatchEngine second, int parameters) {
        this.first = first;
        this.second = second;
        this.secondGradient = new double[parameters];
    }

    @Override
    public double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                                  double[] grad) {
        int count = to - from;
        if (count < 2 || (long) count * grad.length < Engines.SPLIT_MIN_WORK) {
            return first.lossAndGradient(theta, loss, data, batch, from, to, grad);
        }
        int middle = from + count / 2;
        TwoThreads.run(() -> losses[0] = first.lossAndGradient(theta, loss, data, batch, from, middle, grad),
                () -> losses[1] = second.lossAndGradient(theta, loss, data, batch, middle, to, secondGradient));
        double w0 = (double) (middle - from) / count;
        double w1 = (double) (to - middle) / count;
        for (int k = 0; k < grad.length; k++) {
            grad[k] = w0 * grad[k] + w1 * secondGradient[k];
        }
        return w0 * losses[0] + w1 * losses[1];
    }
}
