package org.theorykit.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * One unit of an experiment's work, outside its sweep: the rows one point of the grid gives, for any
 * coordinates a reader picks (a width, a seed, a budget the sweep does not visit), computed now and not
 * cached. For example one robustness-law fit:
 * <pre>{@code
 * Table fit = SinglePoint.run("robustness-law", Scale.LECTURE, Map.of("n", 200),
 *         Map.of("d", 10, "seed", 3, "model", "shallow", "k", 400));
 * }</pre>
 * The coordinates must be exactly those of the experiment's points (the error lists them); numbers are
 * converted to the type the sweep's points use (an int seed becomes a long), so the result is what the
 * sweep computes at that point. The returned table holds the coordinates first, then the point's columns.
 */
public final class SinglePoint {

    private SinglePoint() {
    }

    /** Runs one point of the named experiment with its parameters resolved at {@code scale} with {@code overrides}. */
    public static Table run(String experiment, Scale scale, Map<String, ?> overrides, Map<String, ?> point) {
        Experiment e = Experiments.get(experiment);
        Params params = Params.resolve(e, scale, overrides == null ? Map.of() : overrides);
        Map<String, Object> template = e.points(params).get(0);
        if (point == null || !point.keySet().equals(template.keySet())) {
            Set<String> given = point == null ? Set.of() : new TreeSet<>(point.keySet());
            throw new IllegalArgumentException("point of '" + experiment + "' must give exactly the coordinates "
                    + template.keySet() + ", got " + given);
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> coordinate : template.entrySet()) {
            typed.put(coordinate.getKey(), convert(coordinate.getKey(), point.get(coordinate.getKey()), coordinate.getValue()));
        }
        Table rows = e.runPoint(params, typed);
        Table result = Table.create(experiment + " at " + typed);
        for (Map.Entry<String, Object> coordinate : typed.entrySet()) {
            result.addColumns(column(coordinate.getKey(), coordinate.getValue(), rows.rowCount()));
        }
        return result.addColumns(rows.columnArray());
    }

    private static Object convert(String name, Object value, Object like) {
        if (like instanceof String) {
            if (value instanceof String) {
                return value;
            }
        } else if (value instanceof Number number) {
            if (like instanceof Long) {
                return number.longValue();
            }
            if (like instanceof Integer && number.doubleValue() == number.intValue()) {
                return number.intValue();
            }
            if (like instanceof Double) {
                return number.doubleValue();
            }
        }
        throw new IllegalArgumentException("coordinate '" + name + "' must be a " + like.getClass().getSimpleName()
                + " like " + like + ", got " + value);
    }

    private static tech.tablesaw.columns.Column<?> column(String name, Object value, int rows) {
        if (value instanceof String text) {
            return tech.tablesaw.api.StringColumn.create(name, java.util.Collections.nCopies(rows, text));
        }
        if (value instanceof Long number) {
            return tech.tablesaw.api.LongColumn.create(name, java.util.stream.LongStream.generate(() -> number).limit(rows).toArray());
        }
        if (value instanceof Integer number) {
            return tech.tablesaw.api.IntColumn.create(name, java.util.stream.IntStream.generate(() -> number).limit(rows).toArray());
        }
        return tech.tablesaw.api.DoubleColumn.create(name, java.util.stream.DoubleStream.generate(() -> (Double) value).limit(rows).toArray());
    }
}
