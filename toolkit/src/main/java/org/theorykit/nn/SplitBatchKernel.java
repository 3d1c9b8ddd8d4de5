package org.theorykit.nn;

/**
 * Splits a minibatch between two kernels with separate scratch memory, one on the calling thread and
 * one on the helper ({@link TwoThreads}), and combines the two means weighted by their sizes.
 * Batches with fewer than {@link #MIN_PARALLEL_WORK} (examples × parameters) stay on the calling
 * thread, where the hand-over (tens of µs) would cost more than it saves.
 */
final class SplitBatchKernel implements Model.BatchKernel {

    static final long MIN_PARALLEL_WORK = 1 << 17;

    private final Model.BatchKernel first;
    private final Model.BatchKernel second;
    private final double[] secondGradient;
    private final double[] losses = new double[2];

    SplitBatchKernel(Model.BatchKernel first, Model.BatchKernel second, int parameters) {
        this.first = first;
        this.second = second;
        this.secondGradient = new double[parameters];
    }

    @Override
    public double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                                  double[] grad) {
        int count = to - from;
        if (count < 2 || (long) count * grad.length < MIN_PARALLEL_WORK) {
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
