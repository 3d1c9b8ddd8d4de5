package org.theorykit.experiment;

import java.util.List;
import java.util.Map;
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
     */
    List<Map<String, Object>> points(Params params);

    /**
     * Runs one point and returns its result rows, without the coordinate and provenance columns
     * (the runner adds those). Long work should check {@link Thread#isInterrupted()} and stop.
     */
    Table runPoint(Params params, Map<String, Object> point);
}
