package org.theorykit.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.theorykit.Arguments;
import org.theorykit.linalg.Blas;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One sweep and its result cache: the seam every runner shares. A runner asks for the
 * {@linkplain #pending() pending points}, computes {@code runPoint} for each wherever it likes (this
 * JVM's threads, Spark executors), hands each finished point's raw rows to {@link #store} — which
 * splits off the timing columns, adds the provenance columns and writes both tables atomically — and
 * finally takes the {@linkplain #result() assembled table}. So a sweep interrupted under one runner
 * resumes under another, and both write the same bytes for the same parameters.
 *
 * <p>Every row carries its point's coordinates, the point's results, every other resolved parameter,
 * the scale, the toolkit version (with the source fingerprint) and the OpenBLAS thread count of the
 * process that computed it, in that column order. The experiment's
 * {@linkplain Experiment#timingColumns() timing columns} go to a separate table.
 */
public final class Sweep {

    /** Appended to a point's identity for the cache entry of its timings. */
    private static final String TIMINGS = "|timings";

    private final Experiment experiment;
    private final Params params;
    private final List<Map<String, Object>> points;
    private final ResultCache cache;
    private final AtomicReferenceArray<SweepResult> parts;

    private Sweep(Experiment experiment, Params params, boolean useCache, Consumer<String> warnings) {
        this.experiment = Arguments.notNull("experiment", experiment);
        this.params = Arguments.notNull("params", params);
        this.points = List.copyOf(experiment.points(params));
        if (points.isEmpty()) {
            throw new IllegalArgumentException("experiment '" + experiment.name() + "' has no points for " + params);
        }
        points.forEach(this::requireOrdered);
        this.cache = new ResultCache(writableResultsDirectory(experiment.name()), Arguments.notNull("warnings", warnings));
        this.parts = new AtomicReferenceArray<>(points.size());
        if (useCache) {
            for (int i = 0; i < points.size(); i++) {
                parts.set(i, cached(points.get(i)));
            }
        }
    }

    /**
     * Opens the sweep of {@code experiment} at {@code params} on its results directory; with {@code
     * useCache} the valid cached points count as finished (damaged entries are reported to {@code
     * warnings} and count as pending).
     */
    public static Sweep open(Experiment experiment, Params params, boolean useCache, Consumer<String> warnings) {
        return new Sweep(experiment, params, useCache, warnings);
    }

    public Experiment experiment() {
        return experiment;
    }

    public Params params() {
        return params;
    }

    /** Every point, in sweep order. */
    public List<Map<String, Object>> points() {
        return points;
    }

    /** The indexes of the points not finished yet, in sweep order. */
    public List<Integer> pending() {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (parts.get(i) == null) {
                pending.add(i);
            }
        }
        return pending;
    }

    /** How many points are finished (cached or stored by this run). */
    public int finished() {
        return points.size() - pending().size();
    }

    /**
     * Stores point {@code index}'s rows as {@code runPoint} returned them, computed in a process with
     * {@code blasThreads} OpenBLAS threads: values with provenance and timings, each written atomically
     * to the cache. Safe to call from several threads for different points. Returns both tables as
     * they read back from the cache.
     */
    public SweepResult store(int index, Table rows, int blasThreads) {
        Arguments.notNull("rows", rows);
        if (index < 0 || index >= points.size()) {
            throw new IllegalArgumentException("index must be in [0, " + points.size() + "), got " + index);
        }
        if (blasThreads < 1) {
            throw new IllegalArgumentException("blasThreads must be >= 1, got " + blasThreads);
        }
        Map<String, Object> point = points.get(index);
        Set<String> timingNames = experiment.timingColumns();
        Table timings = coordinates(point, rows.rowCount());
        Table results = Table.create(experiment.name());
        for (Column<?> column : rows.columns()) {
            (timingNames.contains(column.name()) ? timings : results).addColumns(column);
        }
        Table values = withProvenance(results, point, blasThreads);
        String identity = identity(point);
        Table storedValues = cache.write(ResultCache.key(identity), identity, values);
        SweepResult stored = new SweepResult(storedValues, timingNames.isEmpty() ? timings
                : cache.write(ResultCache.key(identity + TIMINGS), identity + TIMINGS, timings));
        parts.set(index, stored);
        return stored;
    }

    /** Every point's value rows and timing rows, in point order; fails when a point is still pending. */
    public SweepResult result() {
        List<Integer> pending = pending();
        if (!pending.isEmpty()) {
            throw new IllegalStateException("experiment '" + experiment.name() + "' has " + pending.size() + " of "
                    + points.size() + " points unfinished, the first " + points.get(pending.get(0)));
        }
        Table values = parts.get(0).values().copy().setName(experiment.name());
        Table timings = parts.get(0).timings().copy().setName(experiment.name() + " timings");
        for (int i = 1; i < points.size(); i++) {
            values.append(parts.get(i).values());
            timings.append(parts.get(i).timings());
        }
        return new SweepResult(values, timings);
    }

    /**
     * Initializes Tablesaw's column types on the calling thread; runners call it before they start
     * threads that build tables. {@code ColumnType} and its implementations initialize each other, so
     * two threads making their first columns of different types at once can deadlock in class
     * initialization (seen: a lecture-scale lottery-ticket sweep hung with one pool thread in
     * {@code IntColumnType}, the other in {@code DoubleColumnType}).
     */
    public static void initializeColumnTypes() {
        ColumnType.values();
    }

    /** This process's OpenBLAS thread count, for {@link #store} of points computed here. */
    public static int localBlasThreads() {
        return Blas.threads();
    }

    /** The point's cached value and timing tables, or null unless both are valid. */
    private SweepResult cached(Map<String, Object> point) {
        String identity = identity(point);
        Table values = cache.read(ResultCache.key(identity), identity).orElse(null);
        if (values == null || experiment.timingColumns().isEmpty()) {
            return values == null ? null : new SweepResult(values, coordinates(point, values.rowCount()));
        }
        Table timings = cache.read(ResultCache.key(identity + TIMINGS), identity + TIMINGS).orElse(null);
        return timings == null ? null : new SweepResult(values, timings);
    }

    /** What a cached point was computed from: experiment, toolkit version and fingerprint, parameters, point. */
    private String identity(Map<String, Object> point) {
        return experiment.name() + "|" + Workspace.toolkitVersion() + "|" + params.canonical() + "|" + new TreeMap<>(point);
    }

    /** The results directory of {@code experiment}, created; fails before any work when it is not writable. */
    private static Path writableResultsDirectory(String experiment) {
        Path directory = Workspace.resultsDirectory(experiment);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the results directory " + directory + " (" + e
                    + "); point THEORYKIT_RESULTS at a writable directory", e);
        }
        if (!Files.isWritable(directory)) {
            throw new UncheckedIOException(new IOException("the results directory " + directory
                    + " is not writable; point THEORYKIT_RESULTS at a writable directory"));
        }
        return directory;
    }

    /** A point's coordinates must come in a defined order: they are the first columns of every row. */
    private void requireOrdered(Map<String, Object> point) {
        if (point.size() > 1 && !(point instanceof LinkedHashMap || point instanceof SortedMap)) {
            throw new IllegalStateException("experiment '" + experiment.name() + "' gave the point " + point + " as a "
                    + point.getClass().getSimpleName() + ", whose order may change between runs; use a LinkedHashMap");
        }
    }

    /**
     * Prepends the point's coordinates and appends every resolved parameter that is not a coordinate
     * (in declaration order, lists as comma-separated text, named {@code param_<name>} when a result
     * column has the parameter's name), the scale, the toolkit version and the OpenBLAS thread count
     * (dense algebra's last bits depend on it).
     */
    private Table withProvenance(Table rows, Map<String, Object> point, int blasThreads) {
        int n = rows.rowCount();
        Table out = coordinates(point, n).setName(experiment.name());
        rows.columns().forEach(out::addColumns);
        Map<String, ParameterType> types = new LinkedHashMap<>();
        experiment.parameters().forEach(p -> types.put(p.name(), p.type()));
        params.asMap().forEach((name, value) -> {
            if (!point.containsKey(name)) {
                out.addColumns(constantColumn(rows.containsColumn(name) ? "param_" + name : name,
                        value instanceof List<?> ? types.get(name).format(value) : value, n));
            }
        });
        out.addColumns(StringColumn.create("scale", n).setMissingTo(params.scale().toString()),
                StringColumn.create("toolkit_version", n).setMissingTo(Workspace.toolkitVersion()),
                IntColumn.create("blas_threads", n).setMissingTo(blasThreads));
        return out;
    }

    private static Table coordinates(Map<String, Object> point, int n) {
        Table table = Table.create("point");
        point.forEach((name, value) -> table.addColumns(constantColumn(name, value, n)));
        return table;
    }

    private static Column<?> constantColumn(String name, Object value, int n) {
        if (value instanceof Integer v) {
            return IntColumn.create(name, n).setMissingTo(v);
        } else if (value instanceof Long v) {
            return LongColumn.create(name, n).setMissingTo(v);
        } else if (value instanceof Double v) {
            return DoubleColumn.create(name, n).setMissingTo(v);
        } else if (value instanceof Boolean v) {
            BooleanColumn column = BooleanColumn.create(name, n);
            for (int r = 0; r < n; r++) {
                column.set(r, v);
            }
            return column;
        } else if (value instanceof String v) {
            return StringColumn.create(name, n).setMissingTo(v);
        }
        throw new IllegalArgumentException("point coordinate '" + name + "' must be Integer, Long, Double, Boolean or "
                + "String, got " + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
