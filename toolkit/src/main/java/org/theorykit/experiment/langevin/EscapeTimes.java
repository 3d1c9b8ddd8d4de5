package org.theorykit.experiment.langevin;

import java.util.Arrays;
import java.util.List;
import org.theorykit.dynamics.LangevinRun;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The mean time particles took to leave their well at one temperature, with its standard error and
 * Kramers' prediction 1/r (Kramers 1940): the points of an Arrhenius plot, ln τ against 1/T.
 *
 * @param temperature   T
 * @param mean          mean first escape time over the particles
 * @param standardError sample standard deviation / √particles
 * @param kramersTime   1 / Kramers rate
 */
public record EscapeTimes(double temperature, double mean, double standardError, double kramersTime) {

    /** The escape times of a run in which every particle escaped (stopWhenAllEscaped), at T, with Kramers' rate. */
    public static EscapeTimes of(LangevinRun run, double temperature, double kramersRate) {
        double[] times = run.escapeTimes();
        if (times == null || times.length < 2 || Arrays.stream(times).anyMatch(Double::isNaN)) {
            throw new IllegalArgumentException("run must have at least 2 particles that all escaped, got " + run);
        }
        double mean = Arrays.stream(times).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(times).map(e -> (e - mean) * (e - mean)).sum() / (times.length - 1));
        return new EscapeTimes(temperature, mean, sd / Math.sqrt(times.length), 1 / kramersRate);
    }

    /** The rows as a table "mean escape times": T, mean_escape_time, se, kramers_time. */
    public static Table table(List<EscapeTimes> rows) {
        return Table.create("mean escape times",
                DoubleColumn.create("T", rows.stream().mapToDouble(EscapeTimes::temperature).toArray()),
                DoubleColumn.create("mean_escape_time", rows.stream().mapToDouble(EscapeTimes::mean).toArray()),
                DoubleColumn.create("se", rows.stream().mapToDouble(EscapeTimes::standardError).toArray()),
                DoubleColumn.create("kramers_time", rows.stream().mapToDouble(EscapeTimes::kramersTime).toArray()));
    }
}
