package org.theorykit.optim;

/**
 * The learning rate η used at a step. Factories for the common schedules are in {@link Schedules};
 * any lambda works too, e.g. {@code (epoch, step) -> 0.1 / Math.sqrt(1 + step)}.
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /**
     * @param epoch the 0-based index of the epoch the step belongs to
     * @param step  the 0-based index of the step over the whole run
     * @return η &gt; 0, finite
     */
    double rate(int epoch, long step);
}
