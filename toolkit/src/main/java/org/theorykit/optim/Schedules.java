package org.theorykit.optim;

import org.theorykit.Arguments;
/**
 * Learning-rate schedules: constant, step decay, exponential decay, cosine annealing
 * (Loshchilov &amp; Hutter 2017, arXiv:1608.03983, without restarts), 1/t decay
 * (Robbins &amp; Monro 1951: Σ η_t = ∞, Σ η_t² &lt; ∞), and a linear warm-up in front of any of them
 * (Goyal et al. 2017, "Accurate, large minibatch SGD", arXiv:1706.02677, §2.2).
 */
public final class Schedules {

    private Schedules() {
    }

    /** η_t = η. */
    public static LearningRateSchedule constant(double rate) {
        Arguments.positiveFinite("learning rate", rate);
        return (epoch, step) -> rate;
    }

    /** η = rate · factor^⌊epoch / everyEpochs⌋. */
    public static LearningRateSchedule step(double rate, double factor, int everyEpochs) {
        Arguments.positiveFinite("learning rate", rate);
        checkFactor(factor);
        Arguments.atLeast("everyEpochs", everyEpochs, 1);
        return (epoch, step) -> rate * Math.pow(factor, epoch / everyEpochs);
    }

    /** η = rate · factor^epoch. */
    public static LearningRateSchedule exponential(double rate, double factor) {
        Arguments.positiveFinite("learning rate", rate);
        checkFactor(factor);
        return (epoch, step) -> rate * Math.pow(factor, epoch);
    }

    /**
     * η = min + (rate − min)(1 + cos(π·epoch/epochs))/2 for epoch &lt; epochs, then min: from
     * {@code rate} at epoch 0 down to {@code minRate} at epoch {@code epochs}.
     */
    public static LearningRateSchedule cosine(double rate, double minRate, int epochs) {
        Arguments.positiveFinite("learning rate", rate);
        Arguments.positiveFinite("minRate", minRate);
        if (minRate > rate) {
            throw new IllegalArgumentException("minRate must be in (0, learning rate = " + rate + "], got " + minRate);
        }
        Arguments.atLeast("epochs", epochs, 1);
        return (epoch, step) -> epoch >= epochs ? minRate
                : minRate + (rate - minRate) * 0.5 * (1 + Math.cos(Math.PI * epoch / epochs));
    }

    /** η_t = rate / (1 + t/timeScale), with t the step index. */
    public static LearningRateSchedule inverseTime(double rate, double timeScale) {
        Arguments.positiveFinite("learning rate", rate);
        Arguments.positiveFinite("timeScale", timeScale);
        return (epoch, step) -> rate / (1 + step / timeScale);
    }

    /**
     * η_t = after(epoch, t) · min(1, (t + 1)/warmupSteps): the rate of {@code after}, ramped up
     * linearly over the first {@code warmupSteps} steps (t the step index).
     */
    public static LearningRateSchedule warmup(LearningRateSchedule after, long warmupSteps) {
        if (after == null) {
            throw new IllegalArgumentException("after = null; accepted: a LearningRateSchedule");
        }
        Arguments.atLeast("warmupSteps", warmupSteps, 1);
        return (epoch, step) -> step + 1 >= warmupSteps ? after.rate(epoch, step)
                : after.rate(epoch, step) * (step + 1) / (double) warmupSteps;
    }

    private static void checkFactor(double factor) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1], got " + factor);
        }
    }
}
