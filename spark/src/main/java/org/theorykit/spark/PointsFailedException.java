package org.theorykit.spark;

import java.util.stream.Collectors;
import org.theorykit.experiment.Params;

/** Points of a Spark sweep failed every attempt; the message names each point and its last error. */
public final class PointsFailedException extends IllegalStateException {

    private final transient SparkRunner.Outcome outcome;

    PointsFailedException(String experiment, Params params, SparkRunner.Outcome outcome, int points) {
        super("experiment '" + experiment + "' (" + params + "): " + outcome.failures().size() + " of " + points
                + " points failed on every attempt; the other " + (points - outcome.failures().size())
                + " are cached, run again to retry the failed ones\n"
                + outcome.failures().stream().map(f -> "  point " + f.point() + ": " + f.error())
                        .collect(Collectors.joining("\n")));
        this.outcome = outcome;
    }

    /** The run's outcome, with the failed points. */
    public SparkRunner.Outcome outcome() {
        return outcome;
    }
}
