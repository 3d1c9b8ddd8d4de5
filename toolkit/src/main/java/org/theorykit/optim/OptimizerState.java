package org.theorykit.optim;

import tech.tablesaw.api.Table;

/**
 * What a run leaves for its continuation: the update rule's state (momentum's velocity, Adam's moments
 * and step count), the batch order's permutation, the epoch and step counters the schedule and the stop
 * rules see, the divergence limit and the history so far. It is a snapshot: continuing from it (with
 * {@link Optimizer#train(Objective, TrainingResult, StopRule)}) copies it, so one result can be continued
 * several times, each time the same way. Opaque on purpose: read the run through {@link TrainingResult}.
 */
public final class OptimizerState {

    private final String configuration;
    private final int parameterCount;
    private final int exampleCount;
    private final UpdateRule rule;
    private final BatchSampler sampler;
    private final int epoch;
    private final long step;
    private final double lossLimit;
    private final double seconds;
    private final boolean midEpoch;
    private final Table history;

    OptimizerState(String configuration, int parameterCount, int exampleCount, UpdateRule rule, BatchSampler sampler,
                   int epoch, long step, double lossLimit, double seconds, boolean midEpoch, Table history) {
        this.configuration = configuration;
        this.parameterCount = parameterCount;
        this.exampleCount = exampleCount;
        this.rule = rule.copy();
        this.sampler = sampler.copy();
        this.epoch = epoch;
        this.step = step;
        this.lossLimit = lossLimit;
        this.seconds = seconds;
        this.midEpoch = midEpoch;
        this.history = history.copy();
    }

    /** The optimizer's configuration this state belongs to (its {@link Optimizer#toString()}). */
    public String configuration() {
        return configuration;
    }

    /** True when the run stopped inside an epoch (interrupt, step budget, divergence): a continuation starts the next epoch. */
    public boolean stoppedInsideEpoch() {
        return midEpoch;
    }

    int parameterCount() {
        return parameterCount;
    }

    int exampleCount() {
        return exampleCount;
    }

    UpdateRule rule() {
        return rule.copy();
    }

    BatchSampler sampler() {
        return sampler.copy();
    }

    int epoch() {
        return epoch;
    }

    long step() {
        return step;
    }

    double lossLimit() {
        return lossLimit;
    }

    double seconds() {
        return seconds;
    }

    Table history() {
        return history.copy();
    }
}
