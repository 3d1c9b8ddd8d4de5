package org.theorykit.optim;

import tech.tablesaw.api.Table;

/**
 * The outcome of a training run.
 *
 * @param theta   the final θ; after DIVERGED, the last iterate whose loss was finite and in range
 * @param status  why the run stopped
 * @param message one line saying why, with the step, learning rate and loss after a divergence
 * @param steps   parameter updates taken
 * @param epochs  full epochs completed
 * @param history one row per epoch, see the column names in {@link #history()}: epoch, step, loss,
 *                learning rate, gradient norm, seconds, full loss; a continued run's history holds the
 *                rows of the runs it continues first
 * @param optimizerState what {@link Optimizer#train(Objective, TrainingResult, StopRule)} continues from
 */
public record TrainingResult(double[] theta, Status status, String message, long steps, int epochs,
                             Table history, OptimizerState optimizerState) {

    /** The last full-data loss recorded in the history, or NaN if none was evaluated. */
    public double lastFullLoss() {
        var column = history.doubleColumn(History.FULL_LOSS);
        for (int row = column.size() - 1; row >= 0; row--) {
            if (!Double.isNaN(column.getDouble(row))) {
                return column.getDouble(row);
            }
        }
        return Double.NaN;
    }

    @Override
    public String toString() {
        return status + " after " + epochs + " epochs, " + steps + " steps: " + message;
    }
}
