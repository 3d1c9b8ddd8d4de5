package org.theorykit.experiment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * A named, registered experiment: a sweep over independent points (a budget × seed grid, say),
 * each producing rows of a table. The {@link SweepRunner} caches every point on its own, runs
 * uncached points in parallel, and adds the point's coordinates and provenance as columns.
 */
public interface Experiment {

    /** The name used by the launcher and the cache directory, e.g. "tour". */
    String name();

    /** One line on what the experiment measures. */
    String description();

    /** The parameters, with defaults per scale. */
    List<Parameter> parameters();

    /**
     * The sweep's points in order. Each point is a map of coordinate name to a value (Integer,
     * Long, Double or String); a coordinate named {@code seed} is the point's random seed.
     * A point with more than one coordinate must be a {@link java.util.LinkedHashMap} (or a sorted
     * map): its order is the column order of the results, which must not change between runs.
     */
    List<Map<String, Object>> points(Params params);

    /**
     * Runs one point and returns its result rows, without the coordinate and provenance columns
     * (the runner adds those). Long work should check {@link Thread#isInterrupted()} and stop.
     */
    Table runPoint(Params params, Map<String, Object> point);

    /**
     * The columns of {@link #runPoint}'s rows that hold wall-clock times: the runner keeps them out of
     * the value table (which is then the same from run to run) and returns them apart.
     */
    default Set<String> timingColumns() {
        return Set.of();
    }
}
