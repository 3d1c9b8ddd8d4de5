package org.theorykit.pruning;

import org.theorykit.Arguments;
import org.theorykit.landscape.Margins;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.Optimizer;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.Status;
import org.theorykit.optim.StopRules;
import org.theorykit.optim.TrainingResult;

/**
 * Trains a classifier (softmax cross-entropy) under a mask with Adam, as Frankle &amp; Carbin 2019
 * (arXiv:1803.03635, Figure 2) train LeNet-300-100, and records the early-stopping iteration: the
 * iteration, among the ends of epochs, of minimum validation loss (their §2, "early-stopping
 * iteration"), with the test accuracy there and at the end.
 */
public final class SparseTrainer {

    /**
     * @param learningRate Adam's step size (1.2e-3 in the paper)
     * @param batch        minibatch size (60 in the paper)
     * @param epochs       epochs per training run
     */
    public record Settings(double learningRate, int batch, int epochs) {
        public Settings {
            Arguments.positiveFinite("learningRate", learningRate);
            Arguments.positive("batch", batch);
            Arguments.positive("epochs", epochs);
        }
    }

    /**
     * @param theta               θ at the end of training
     * @param earlyStopIteration  the iteration of minimum validation loss
     * @param earlyStopAccuracy   test accuracy at that iteration
     * @param finalAccuracy       test accuracy at the end
     * @param iterations          iterations trained
     */
    public record Run(double[] theta, long earlyStopIteration, double earlyStopAccuracy, double finalAccuracy,
                      long iterations) {
    }

    private final Model model;
    private final SupervisedObjective train;
    private final SupervisedObjective validation;
    private final Dataset test;
    private final Settings settings;

    /** Labels are class indices (one target per example). */
    public SparseTrainer(Model model, Dataset train, Dataset validation, Dataset test, Settings settings) {
        this.model = Arguments.notNull("model", model);
        this.train = new SupervisedObjective(model, Loss.softmaxCrossEntropy(), Arguments.notNull("train", train));
        this.validation = new SupervisedObjective(model, Loss.softmaxCrossEntropy(),
                Arguments.notNull("validation", validation));
        this.test = Arguments.notNull("test", test);
        this.settings = Arguments.notNull("settings", settings);
    }

    public Model model() {
        return model;
    }

    public SupervisedObjective trainObjective() {
        return train;
    }

    /** Iterations per epoch: ceil(n / batch). */
    public long iterationsPerEpoch() {
        int n = train.exampleCount();
        return (n + Math.min(settings.batch(), n) - 1) / Math.min(settings.batch(), n);
    }

    /** All iterations of one run. */
    public long iterations() {
        return settings.epochs() * iterationsPerEpoch();
    }

    /**
     * Trains from {@code start}, taken as the iterate at {@code startIteration} (pruned coordinates set to 0),
     * for the remaining {@link #iterations()} − startIteration iterations with the data order of {@code seed};
     * iterations in the result count from 0 of the whole schedule.
     */
    public Run train(double[] start, Mask mask, long startIteration, long seed) {
        mask.requireFor(model);
        long steps = remaining(startIteration);
        double[] best = {Double.POSITIVE_INFINITY};
        long[] bestIteration = {startIteration};
        double[][] bestTheta = {mask.apply(start)};
        TrainingResult result = adam(seed).mask(mask.keep())
                .onEpoch(state -> {
                    double loss = validation.loss(state.theta());
                    if (loss < best[0]) {
                        best[0] = loss;
                        bestIteration[0] = startIteration + state.step();
                        bestTheta[0] = state.theta().clone();
                    }
                })
                .train(train, start, StopRules.maxSteps(steps));
        requireCompleted(result);
        double last = validation.loss(result.theta());
        if (last < best[0]) {
            bestIteration[0] = startIteration + result.steps();
            bestTheta[0] = result.theta();
        }
        return new Run(result.theta(), bestIteration[0], accuracy(bestTheta[0]), accuracy(result.theta()),
                startIteration + result.steps());
    }

    /** θ_k: the dense net after k iterations from θ₀ with the data order of {@code seed} (k = 0: θ₀). */
    public double[] iterate(double[] theta0, long k, long seed) {
        remaining(k);
        if (k == 0) {
            return theta0.clone();
        }
        TrainingResult result = adam(seed).train(train, theta0, StopRules.maxSteps(k));
        requireCompleted(result);
        return result.theta();
    }

    private long remaining(long startIteration) {
        if (startIteration < 0 || startIteration >= iterations()) {
            throw new IllegalArgumentException("rewind iteration = " + startIteration + "; accepted: 0 to "
                    + (iterations() - 1) + " (training has " + iterations() + " iterations)");
        }
        return iterations() - startIteration;
    }

    private Optimizer adam(long seed) {
        return Optimizers.adam(settings.learningRate()).batchSize(Math.min(settings.batch(), train.exampleCount()))
                .seed(seed);
    }

    /** Test accuracy of θ. */
    public double accuracy(double[] theta) {
        return Margins.of(model, theta, test).accuracy();
    }

    private static void requireCompleted(TrainingResult result) {
        if (result.status() == Status.DIVERGED || result.status() == Status.INTERRUPTED) {
            throw new IllegalStateException("training " + result.status() + ": " + result.message());
        }
    }
}
