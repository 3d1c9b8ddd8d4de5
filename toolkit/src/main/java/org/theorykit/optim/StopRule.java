package org.theorykit.optim;

import java.util.Optional;

/**
 * Decides after each epoch whether training stops. Rules combine with {@link #or}; factories are in
 * {@link StopRules}. Divergence and the thread interrupt are always watched and need no rule.
 */
@FunctionalInterface
public interface StopRule {

    /** A decision to stop, with a one-line reason for the result's message. */
    record Stop(Status status, String reason) {
    }

    /** The decision after an epoch: a {@link Stop}, or empty to go on. */
    Optional<Stop> check(EpochState state);

    /** A step budget enforced inside epochs; unlimited by default. */
    default long maxSteps() {
        return Long.MAX_VALUE;
    }

    /**
     * Stops when either rule stops. When both fire at the same epoch, a success (CONVERGED,
     * INTERPOLATED) wins over a budget (MAX_EPOCHS, MAX_STEPS); otherwise this rule wins.
     */
    default StopRule or(StopRule other) {
        StopRule self = this;
        return new StopRule() {
            @Override
            public Optional<Stop> check(EpochState state) {
                Optional<Stop> first = self.check(state);
                if (first.isPresent() && !first.get().status().isBudget()) {
                    return first;
                }
                Optional<Stop> second = other.check(state);
                return second.isPresent() && (first.isEmpty() || !second.get().status().isBudget()) ? second : first;
            }

            @Override
            public long maxSteps() {
                return Math.min(self.maxSteps(), other.maxSteps());
            }
        };
    }
}
