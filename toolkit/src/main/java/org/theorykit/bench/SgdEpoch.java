package org.theorykit.bench;

import java.util.Random;
import org.theorykit.nn.SupervisedObjective;

/**
 * One epoch of plain minibatch SGD (θ ← θ − lr·∇L_batch), the examples shuffled without replacement
 * by a Fisher–Yates pass of {@link Random}(shuffleSeed); the last batch may be smaller. Each call
 * restarts from the same θ₀ and the same shuffle, so every timed call does identical work.
 */
final class SgdEpoch {

    private final SupervisedObjective objective;
    private final double[] initial;
    private final double[] theta;
    private final double[] gradient;
    private final int[] order;
    private final int batchSize;
    private final double learningRate;
    private final long shuffleSeed;

    SgdEpoch(SupervisedObjective objective, double[] initial, int batchSize, double learningRate, long shuffleSeed) {
        this.objective = objective;
        this.initial = initial.clone();
        this.theta = initial.clone();
        this.gradient = new double[initial.length];
        this.order = WorkloadData.identity(objective.exampleCount());
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.shuffleSeed = shuffleSeed;
    }

    void run() {
        System.arraycopy(initial, 0, theta, 0, theta.length);
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(shuffleSeed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int from = 0; from < order.length; from += batchSize) {
            objective.lossAndGradient(theta, order, from, Math.min(from + batchSize, order.length), gradient);
            for (int k = 0; k < theta.length; k++) {
                theta[k] -= learningRate * gradient[k];
            }
        }
    }

    /** The full-data loss at θ₀ and after the last call's epoch (untimed; a check that training ran). */
    double[] lossBeforeAndAfter() {
        return new double[] {objective.loss(initial), objective.loss(theta)};
    }
}
