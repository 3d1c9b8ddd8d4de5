package org.theorykit.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.theorykit.Arguments;
import org.theorykit.display.ProgressBar;
import org.theorykit.linalg.Blas;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Runs an experiment's sweep: points already in the cache are read back, the others run in
 * parallel over the cores with a progress bar, and each finished point is cached at once. When the
 * run is interrupted (the kernel's interrupt, or Ctrl-C in the launcher), finished points stay
 * cached and the next run resumes from there.
 *
 * <p>Every row carries its point's coordinates, the point's results, every other resolved parameter,
 * the scale, the toolkit version (with the source fingerprint) and the OpenBLAS thread count, in that
 * column order. The
 * experiment's {@linkplain Experiment#timingColumns() timing columns} go to a separate table, so the
 * same parameters and seeds give byte-identical value tables.
 */
public final class SweepRunner {

    /** Appended to a point's identity for the cache entry of its timings. */
    private static final String TIMINGS = "|timings";

    private final int threads;
    private final boolean useCache;
    private final Consumer<String> warnings;

    /**
     * A runner that reports damaged cache entries on standard error.
     *
     * @param threads  worker threads, at least 1
     * @param useCache whether to read cached points (finished points are always written)
     */
    public SweepRunner(int threads, boolean useCache) {
        this(threads, useCache, System.err::println);
    }

    /** A runner that reports damaged cache entries (by file, and why) to {@code warnings}. */
    public SweepRunner(int threads, boolean useCache, Consumer<String> warnings) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.useCache = useCache;
        this.warnings = Arguments.notNull("warnings", warnings);
    }

    /** A runner with one thread per available core that reads the cache. */
    public static SweepRunner standard() {
        return new SweepRunner(Runtime.getRuntime().availableProcessors(), true);
    }

    /** Runs (or reads back) every point and returns all value rows in point order. */
    public Table run(Experiment experiment, Params params) {
        return runWithTimings(experiment, params).values();
    }

    /**
     * Runs (or reads back) every point; returns the value rows and the timing rows, both in point
     * order. A point that fails throws a {@link PointFailedException} naming the point.
     */
    public SweepResult runWithTimings(Experiment experiment, Params params) {
        List<Map<String, Object>> points = experiment.points(params);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("experiment '" + experiment.name() + "' has no points for " + params);
        }
        points.forEach(point -> requireOrdered(experiment, point));
        ResultCache cache = new ResultCache(writableResultsDirectory(experiment.name()), warnings);
        SweepResult[] parts = new SweepResult[points.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            parts[i] = useCache ? cached(cache, experiment, params, points.get(i)) : null;
            if (parts[i] == null) {
                pending.add(i);
            }
        }
        if (!pending.isEmpty()) {
            runPending(experiment, params, points, pending, cache, parts);
        }
        Table values = parts[0].values().copy().setName(experiment.name());
        Table timings = parts[0].timings().copy().setName(experiment.name() + " timings");
        for (int i = 1; i < parts.length; i++) {
            values.append(parts[i].values());
            timings.append(parts[i].timings());
        }
        return new SweepResult(values, timings);
    }

    private void runPending(Experiment experiment, Params params, List<Map<String, Object>> points,
                            List<Integer> pending, ResultCache cache, SweepResult[] parts) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pending.size()), r -> {
            Thread t = new Thread(r, "theorykit-sweep");
            t.setDaemon(true);
            return t;
        });
        try (ProgressBar bar = ProgressBar.start(experiment.name() + " (" + params.scale() + ")", pending.size())) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i : pending) {
                futures.add(pool.submit(() -> {
                    Map<String, Object> point = points.get(i);
                    Table rows = experiment.runPoint(params, point);
                    if (!Thread.currentThread().isInterrupted()) {
                        parts[i] = store(cache, experiment, params, point, rows);
                    }
                    bar.advance();
                    return null;
                }));
            }
            for (int j = 0; j < futures.size(); j++) {
                try {
                    futures.get(j).get();
                } catch (ExecutionException e) {
                    throw new PointFailedException(experiment.name(), points.get(pending.get(j)), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            long finished = Arrays.stream(parts).filter(Objects::nonNull).count();
            throw new SweepInterruptedException(experiment.name(), finished, parts.length);
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    /** The point's cached value and timing tables, or null unless both are valid. */
    private static SweepResult cached(ResultCache cache, Experiment experiment, Params params, Map<String, Object> point) {
        String identity = identity(experiment, params, point);
        Table values = cache.read(ResultCache.key(identity), identity).orElse(null);
        if (values == null || experiment.timingColumns().isEmpty()) {
            return values == null ? null : new SweepResult(values, coordinates(point, values.rowCount()));
        }
        Table timings = cache.read(ResultCache.key(identity + TIMINGS), identity + TIMINGS).orElse(null);
        return timings == null ? null : new SweepResult(values, timings);
    }

    /** Splits the point's rows into values (with provenance) and timings, caches both, returns them as read back. */
    private static SweepResult store(ResultCache cache, Experiment experiment, Params params, Map<String, Object> point,
                                     Table rows) {
        Set<String> timingNames = experiment.timingColumns();
        Table timings = coordinates(point, rows.rowCount());
        Table results = Table.create(experiment.name());
        for (Column<?> column : rows.columns()) {
            (timingNames.contains(column.name()) ? timings : results).addColumns(column);
        }
        Table values = withProvenance(results, experiment, params, point);
        String identity = identity(experiment, params, point);
        Table storedValues = cache.write(ResultCache.key(identity), identity, values);
        if (timingNames.isEmpty()) {
            return new SweepResult(storedValues, timings);
        }
        return new SweepResult(storedValues, cache.write(ResultCache.key(identity + TIMINGS), identity + TIMINGS, timings));
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
    private static void requireOrdered(Experiment experiment, Map<String, Object> point) {
        if (point.size() > 1 && !(point instanceof LinkedHashMap || point instanceof SortedMap)) {
            throw new IllegalStateException("experiment '" + experiment.name() + "' gave the point " + point + " as a "
                    + point.getClass().getSimpleName() + ", whose order may change between runs; use a LinkedHashMap");
        }
    }

    /** What a cached point was computed from: experiment, toolkit version and fingerprint, parameters, point. */
    private static String identity(Experiment experiment, Params params, Map<String, Object> point) {
        return experiment.name() + "|" + Workspace.toolkitVersion() + "|" + params.canonical() + "|" + new TreeMap<>(point);
    }

    /**
     * Prepends the point's coordinates and appends every resolved parameter that is not a coordinate
     * (in declaration order, lists as comma-separated text, named {@code param_<name>} when a result
     * column has the parameter's name), the scale, the toolkit version and the OpenBLAS thread count
     * (dense algebra's last bits depend on it).
     */
    static Table withProvenance(Table rows, Experiment experiment, Params params, Map<String, Object> point) {
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
                IntColumn.create("blas_threads", n).setMissingTo(Blas.threads()));
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
