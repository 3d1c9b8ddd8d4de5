package org.theorykit.nn.engine;

import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;

/**
 * A compute engine for the mean loss of a model over a minibatch and its gradient in θ (and, where it
 * has one, the outputs over a data set), with scratch memory of its own (one instance per thread). It must give the numbers of the model's generic
 * per-example engine up to rounding; {@link Engines} chooses one per model.
 */
public interface BatchEngine {

    /**
     * The mean loss over the examples {@code batch[from..to)} of {@code data} at θ (in the model's θ
     * layout), with its gradient written into {@code grad} (length p, overwritten).
     */
    double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to, double[] grad);

    /**
     * Writes f(x_i; θ) of every example of {@code data} into {@code out} (row-major n × q) and returns
     * true, or returns false, leaving {@code out} alone, if this engine has no forward pass of its own.
     */
    default boolean outputs(double[] theta, Dataset data, double[] out) {
        return false;
    }
}
