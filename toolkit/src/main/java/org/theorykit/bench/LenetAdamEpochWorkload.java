package org.theorykit.bench;

import java.util.SplittableRandom;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.Loss;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.Optimizer;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.StopRules;
import org.theorykit.pruning.Mask;
import org.theorykit.pruning.Pruning;

/**
 * Workload F: one epoch of Adam on LeNet-300-100 (Frankle &amp; Carbin 2019's setting), dense and masked.
 * <ul>
 * <li>model: 784–300–100–10 ReLU MLP with biases, p = 266,610; θ₀ = {@code initialParameters(1)};</li>
 * <li>data: n = 8,000, x ~ U[0, 1]^784, labels i mod 10 (the time does not depend on the values), seed 3;</li>
 * <li>loss: mean softmax cross-entropy; Adam lr 1.2e-3, β = (0.9, 0.999), ε = 1e-8, batch 60 (134 steps,
 * the last of 20), shuffled without replacement;</li>
 * <li>masked: 7 rounds of per-layer magnitude pruning of θ₀ (20 %, output 10 %: 21.1 % of the weights
 * kept) through {@link Optimizer#mask(boolean[])}: gradients zeroed before each update, θ after it.</li>
 * </ul>
 * <p>Timed: {@link Optimizer#train} as the lectures call it, which also evaluates the full-data loss and
 * gradient at θ₀ once (its history's row 0); the PyTorch mirror does the same, in float64 (and, in rows of
 * its own, float32), masking with {@code grad.mul_(mask)} before {@code step()} and {@code p.mul_(mask)} after.
 */
public final class LenetAdamEpochWorkload implements Workload {

    private final boolean masked;
    private SupervisedObjective objective;
    private double[] theta0;
    private Optimizer adam;

    private LenetAdamEpochWorkload(boolean masked) {
        this.masked = masked;
    }

    public static LenetAdamEpochWorkload dense() {
        return new LenetAdamEpochWorkload(false);
    }

    public static LenetAdamEpochWorkload masked() {
        return new LenetAdamEpochWorkload(true);
    }

    @Override
    public String name() {
        return masked ? "F-lenet-adam-epoch-masked" : "F-lenet-adam-epoch";
    }

    @Override
    public String description() {
        return "1 epoch Adam 1.2e-3, batch 60, LeNet-300-100 (266,610 params), n=8000, softmax cross-entropy"
                + (masked ? ", masked to 21.1 % of the weights" : "");
    }

    @Override
    public void setUp() {
        DeepMlp lenet = DeepMlp.of(new int[] {784, 300, 100, 10}, Activation.relu());
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[8000][784];
        double[] y = new double[8000];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 784; j++) {
                x[i][j] = random.nextDouble();
            }
            y[i] = i % 10;
        }
        objective = new SupervisedObjective(lenet, Loss.softmaxCrossEntropy(), Dataset.of(x, y));
        theta0 = lenet.initialParameters(1);
        adam = Optimizers.adam(1.2e-3).batchSize(60).seed(7);
        if (masked) {
            Mask mask = Mask.dense(lenet.parameterCount());
            for (int round = 0; round < 7; round++) {
                mask = Pruning.layerwise(lenet, theta0, mask, 0.2, 0.1);
            }
            adam.mask(mask.keep());
        }
    }

    @Override
    public void run() {
        adam.train(objective, theta0, StopRules.maxEpochs(1));
    }
}
