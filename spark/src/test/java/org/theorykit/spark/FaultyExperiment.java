package org.theorykit.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A test experiment with controllable faults: {@code points} points that each wait {@code millis}
 * and return one row whose value is a fixed function of the point; point {@code failFirst} throws
 * on its task's first attempt, point {@code failAlways} on every attempt. Every run of a point is
 * appended to the file {@code log} (when given), so tests can count executions across processes.
 */
public final class FaultyExperiment implements Experiment {

    @Override
    public String name() {
        return "faulty-test";
    }

    @Override
    public String description() {
        return "points that wait, fail once or fail always (tests of the Spark runner)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("points", ParameterType.INT, "points", 6).atLeast(1),
                Parameter.fixed("millis", ParameterType.INT, "wait per point", 0).atLeast(0),
                Parameter.fixed("failFirst", ParameterType.INT, "point failing its first attempt (-1: none)", -1),
                Parameter.fixed("failAlways", ParameterType.INT, "point failing every attempt (-1: none)", -1),
                Parameter.fixed("log", ParameterType.STRING, "file that records every run of a point", ""));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < params.getInt("points"); i++) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("i", i);
            points.add(point);
        }
        return points;
    }

    /** The value point {@code i} returns: irrational enough that every bit of the double matters. */
    static double value(int i) {
        return Math.sqrt(2.0 + i) / 3.0 + Math.exp(-i);
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        int i = (Integer) point.get("i");
        int attempt = TaskContext.get() == null ? -1 : TaskContext.get().attemptNumber();
        record(params.getString("log"), i + " " + attempt + " " + ProcessHandle.current().pid());
        try {
            Thread.sleep(params.getInt("millis"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (i == params.getInt("failAlways")) {
            throw new IllegalStateException("point " + i + " always fails (attempt " + attempt + ")");
        }
        if (i == params.getInt("failFirst") && attempt == 0) {
            throw new IllegalStateException("point " + i + " fails on its first attempt");
        }
        return Table.create("faulty").addColumns(DoubleColumn.create("value", value(i)),
                DoubleColumn.create("seconds", params.getInt("millis") / 1000.0));
    }

    @Override
    public Set<String> timingColumns() {
        return Set.of("seconds");
    }

    private static void record(String log, String line) {
        if (log.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(log), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
