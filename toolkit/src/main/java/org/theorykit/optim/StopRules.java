package org.theorykit.optim;

import org.theorykit.Arguments;
import java.util.Optional;
import java.util.function.Predicate;

/** Factories for {@link StopRule}s, checked at the end of each epoch. */
public final class StopRules {

    private StopRules() {
    }

    /** MAX_EPOCHS after {@code epochs} epochs. */
    public static StopRule maxEpochs(int epochs) {
        Arguments.atLeast("maxEpochs", epochs, 1);
        return state -> state.epoch() >= epochs
                ? Optional.of(new StopRule.Stop(Status.MAX_EPOCHS, "reached maxEpochs = " + epochs))
                : Optional.empty();
    }

    /** MAX_STEPS after {@code steps} steps, even in the middle of an epoch. */
    public static StopRule maxSteps(long steps) {
        Arguments.atLeast("maxSteps", steps, 1);
        return new StopRule() {
            @Override
            public Optional<Stop> check(EpochState state) {
                return state.step() >= steps
                        ? Optional.of(new Stop(Status.MAX_STEPS, "reached maxSteps = " + steps))
                        : Optional.empty();
            }

            @Override
            public long maxSteps() {
                return steps;
            }
        };
    }

    /** CONVERGED once the full-data loss L(θ) ≤ target (costs one loss pass per epoch). */
    public static StopRule targetLoss(double target) {
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target loss must be finite, got " + target);
        }
        return state -> state.fullLoss() <= target
                ? Optional.of(new StopRule.Stop(Status.CONVERGED,
                        "full loss " + state.fullLoss() + " <= target " + target))
                : Optional.empty();
    }

    /**
     * CONVERGED once the epoch's mean minibatch gradient norm ≤ tolerance (for full-batch GD the
     * norm of ∇L at the epoch's start).
     */
    public static StopRule gradientNorm(double tolerance) {
        Arguments.positiveFinite("gradient norm tolerance", tolerance);
        return state -> state.gradientNorm() <= tolerance
                ? Optional.of(new StopRule.Stop(Status.CONVERGED,
                        "gradient norm " + state.gradientNorm() + " <= " + tolerance))
                : Optional.empty();
    }

    /**
     * INTERPOLATED once {@code check} accepts θ, e.g. "every training point fit within 1e-3" or
     * "every sign right with margin 0.1" — the model that turns θ into outputs supplies it.
     */
    public static StopRule interpolated(Predicate<double[]> check) {
        if (check == null) {
            throw new IllegalArgumentException("interpolation check must not be null");
        }
        return state -> check.test(state.theta())
                ? Optional.of(new StopRule.Stop(Status.INTERPOLATED, "interpolation check passed"))
                : Optional.empty();
    }
}
