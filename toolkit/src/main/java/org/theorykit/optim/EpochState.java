package org.theorykit.optim;

import java.util.function.ToDoubleFunction;

/**
 * The state of a run at the end of an epoch, handed to the progress callback and the stop rules.
 * {@link #theta()} is the live parameter vector: read it, do not modify it. The full-data loss is
 * computed on first request only (one pass over the data) and then recorded in the history.
 */
public final class EpochState {

    private final int epoch;
    private final long step;
    private final double loss;
    private final double learningRate;
    private final double gradientNorm;
    private final double seconds;
    private final double[] theta;
    private final ToDoubleFunction<double[]> fullLossFunction;
    private double fullLoss = Double.NaN;

    EpochState(int epoch, long step, double loss, double learningRate, double gradientNorm,
               double seconds, double[] theta, ToDoubleFunction<double[]> fullLossFunction) {
        this.epoch = epoch;
        this.step = step;
        this.loss = loss;
        this.learningRate = learningRate;
        this.gradientNorm = gradientNorm;
        this.seconds = seconds;
        this.theta = theta;
        this.fullLossFunction = fullLossFunction;
    }

    /** Number of epochs completed, from 1. */
    public int epoch() {
        return epoch;
    }

    /** Number of steps taken so far. */
    public long step() {
        return step;
    }

    /** Mean of the minibatch losses over the epoch's steps (each taken before its update). */
    public double loss() {
        return loss;
    }

    /** The learning rate of the epoch's last step. */
    public double learningRate() {
        return learningRate;
    }

    /** Mean over the epoch's steps of the minibatch gradient's Euclidean norm. */
    public double gradientNorm() {
        return gradientNorm;
    }

    /** Wall time since the run started. */
    public double seconds() {
        return seconds;
    }

    /** The current θ (live, read-only by contract). */
    public double[] theta() {
        return theta;
    }

    /** L(θ) over all examples at the current θ; computed once on first call. */
    public double fullLoss() {
        if (Double.isNaN(fullLoss)) {
            fullLoss = fullLossFunction.applyAsDouble(theta);
        }
        return fullLoss;
    }

    boolean hasFullLoss() {
        return !Double.isNaN(fullLoss);
    }

    @Override
    public String toString() {
        return String.format("epoch %d, step %d, loss %.6g, lr %.4g, |grad| %.4g, %.1f s",
                epoch, step, loss, learningRate, gradientNorm, seconds);
    }
}
