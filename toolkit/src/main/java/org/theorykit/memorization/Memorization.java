package org.theorykit.memorization;

import org.theorykit.Seeds;
import java.util.Optional;
import org.theorykit.data.ImageSet;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.Loss;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.Status;
import org.theorykit.optim.StopRule;
import org.theorykit.optim.StopRules;
import org.theorykit.optim.TrainingResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Trains a one-hidden-layer ReLU network (d → h → 10, softmax cross-entropy) by minibatch SGD with
 * momentum from a seeded random start, and records after every epoch the classification error on the
 * training labels it is fit to and on a test set.
 */
public final class Memorization {

    /**
     * @param hidden     hidden width h
     * @param lr         learning rate
     * @param momentum   heavy-ball momentum in [0, 1)
     * @param batch      minibatch size
     * @param epochs     epoch budget
     * @param stopAtFit  stop after the first epoch with training error 0
     * @param testEvery  test error every this many epochs (and always after the last); 1 for epoch-wise
     *                   curves, larger to save the test pass when only the end matters
     * @param seed       seeds the initial weights and the minibatch order
     */
    public record Settings(int hidden, double lr, double momentum, int batch, int epochs, boolean stopAtFit,
                           int testEvery, long seed) {
        public Settings {
            if (hidden < 1 || batch < 1 || epochs < 1 || testEvery < 1) {
                throw new IllegalArgumentException("hidden, batch, epochs and testEvery must be >= 1, got " + hidden
                        + ", " + batch + ", " + epochs + ", " + testEvery);
            }
            if (!(lr > 0 && Double.isFinite(lr))) {
                throw new IllegalArgumentException("lr must be positive and finite, got " + lr);
            }
            if (!(momentum >= 0 && momentum < 1)) {
                throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
            }
        }
    }

    private Memorization() {
    }

    /** The network's parameter count for d inputs and h hidden units: (d + 1) h + (h + 1) 10. */
    public static int parameterCount(int inputs, int hidden) {
        return (inputs + 1) * hidden + (hidden + 1) * ImageSet.CLASSES;
    }

    /**
     * One row per epoch: epoch, loss (mean minibatch loss of the epoch), train_error (against the labels of
     * {@code train}), test_error (against the labels of {@code test}; NaN at epochs skipped by
     * {@code testEvery}), seconds, and parameters (p). A run
     * that diverges or is interrupted throws, so a cached table is always a complete run.
     */
    public static Table train(ImageSet train, ImageSet test, Settings settings) {
        int[] trainLabels = train.labels();
        int[] testLabels = test.labels();
        DeepMlp model = DeepMlp.of(new int[] {train.pixelsPerImage(), settings.hidden(), ImageSet.CLASSES},
                Activation.relu());
        SupervisedObjective objective = new SupervisedObjective(model, Loss.softmaxCrossEntropy(),
                Dataset.of(train.pixels(), asDoubles(trainLabels)));
        SupervisedObjective testSet = new SupervisedObjective(model, Loss.softmaxCrossEntropy(),
                Dataset.of(test.pixels(), asDoubles(testLabels)));
        IntColumn epoch = IntColumn.create("epoch");
        DoubleColumn loss = DoubleColumn.create("loss");
        DoubleColumn trainError = DoubleColumn.create("train_error");
        DoubleColumn testError = DoubleColumn.create("test_error");
        DoubleColumn seconds = DoubleColumn.create("seconds");
        boolean[] fit = {false};
        StopRule stop = StopRules.maxEpochs(settings.epochs());
        if (settings.stopAtFit()) {
            stop = stop.or(state -> fit[0]
                    ? Optional.of(new StopRule.Stop(Status.INTERPOLATED, "every training label fit"))
                    : Optional.empty());
        }
        TrainingResult result = Optimizers.sgd(settings.lr()).batchSize(settings.batch())
                .momentum(settings.momentum()).seed(Seeds.derive(settings.seed(), "batches"))
                .onEpoch(state -> {
                    double e = errorRate(objective.outputs(state.theta()), trainLabels);
                    fit[0] = e == 0;
                    boolean last = fit[0] && settings.stopAtFit() || state.epoch() >= settings.epochs();
                    epoch.append(state.epoch());
                    loss.append(state.loss());
                    trainError.append(e);
                    testError.append(last || state.epoch() % settings.testEvery() == 0
                            ? errorRate(testSet.outputs(state.theta()), testLabels) : Double.NaN);
                    seconds.append(state.seconds());
                })
                .train(objective, model.initialParameters(Seeds.derive(settings.seed(), "init")), stop);
        if (result.status() == Status.DIVERGED || result.status() == Status.INTERRUPTED) {
            throw new IllegalStateException("training " + result.status() + ": " + result.message());
        }
        Table table = Table.create("memorization", epoch, loss, trainError, testError, seconds);
        table.addColumns(IntColumn.create("parameters", table.rowCount())
                .setMissingTo(parameterCount(train.pixelsPerImage(), settings.hidden())));
        return table;
    }

    /** The fraction of rows of the row-major n × 10 outputs whose largest entry is not at the label. */
    static double errorRate(double[] outputs, int[] labels) {
        int q = ImageSet.CLASSES;
        if (outputs.length != labels.length * q) {
            throw new IllegalArgumentException("outputs must hold " + labels.length + " × " + q + " values, got "
                    + outputs.length);
        }
        int wrong = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < q; c++) {
                if (outputs[i * q + c] > outputs[i * q + best]) {
                    best = c;
                }
            }
            if (best != labels[i]) {
                wrong++;
            }
        }
        return (double) wrong / labels.length;
    }

    private static double[] asDoubles(int[] labels) {
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return y;
    }
}
