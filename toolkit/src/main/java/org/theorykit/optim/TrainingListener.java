package org.theorykit.optim;

/**
 * Follows a training run from outside {@code optim}: told when it starts, after each epoch and when it
 * ends, e.g. to draw a progress bar (the presentation layer's {@code TrainingProgress}) or log. Plugged
 * in with {@link Optimizer#listener}; the optimizer itself draws nothing.
 */
public interface TrainingListener {

    /** Before the first step; {@code run} is the optimizer's configuration, {@code epochsDone} the epochs of the runs continued. */
    default void started(String run, int epochsDone) {
    }

    /** After each epoch; the state's θ is live, read it only. */
    void epoch(EpochState state);

    /** After the run, however it stopped (also when it threw). */
    default void finished() {
    }
}
