package org.theorykit.optim;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The per-epoch history of a run as a Tablesaw table: one row for θ₀ (epoch 0, full-data loss and
 * gradient norm) and one per epoch, plus a last row for a partial epoch cut by an interrupt, a step
 * budget or divergence. Columns: epoch (fractional for a partial epoch), step, loss (mean minibatch
 * loss), learning rate, gradient norm, seconds, full loss (NaN where not evaluated).
 */
final class History {

    static final String EPOCH = "epoch";
    static final String STEP = "step";
    static final String LOSS = "loss";
    static final String LEARNING_RATE = "learning rate";
    static final String GRADIENT_NORM = "gradient norm";
    static final String SECONDS = "seconds";
    static final String FULL_LOSS = "full loss";

    private final DoubleColumn epoch = DoubleColumn.create(EPOCH);
    private final LongColumn step = LongColumn.create(STEP);
    private final DoubleColumn loss = DoubleColumn.create(LOSS);
    private final DoubleColumn learningRate = DoubleColumn.create(LEARNING_RATE);
    private final DoubleColumn gradientNorm = DoubleColumn.create(GRADIENT_NORM);
    private final DoubleColumn seconds = DoubleColumn.create(SECONDS);
    private final DoubleColumn fullLoss = DoubleColumn.create(FULL_LOSS);

    History() {
    }

    /** Continues the history of an earlier run (its rows first). */
    History(Table previous) {
        epoch.append(previous.doubleColumn(EPOCH));
        step.append(previous.longColumn(STEP));
        loss.append(previous.doubleColumn(LOSS));
        learningRate.append(previous.doubleColumn(LEARNING_RATE));
        gradientNorm.append(previous.doubleColumn(GRADIENT_NORM));
        seconds.append(previous.doubleColumn(SECONDS));
        fullLoss.append(previous.doubleColumn(FULL_LOSS));
    }

    void add(double epochs, long steps, double meanLoss, double rate, double meanGradientNorm,
             double elapsed, double full) {
        epoch.append(epochs);
        step.append(steps);
        loss.append(meanLoss);
        learningRate.append(rate);
        gradientNorm.append(meanGradientNorm);
        seconds.append(elapsed);
        fullLoss.append(full);
    }

    void add(EpochState state) {
        add(state.epoch(), state.step(), state.loss(), state.learningRate(), state.gradientNorm(),
                state.seconds(), state.hasFullLoss() ? state.fullLoss() : Double.NaN);
    }

    Table table(String name) {
        return Table.create(name, epoch, step, loss, learningRate, gradientNorm, seconds, fullLoss);
    }
}
