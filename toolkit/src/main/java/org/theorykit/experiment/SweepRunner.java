package org.theorykit.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.theorykit.display.ProgressBar;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Runs an experiment's sweep: points already in the cache are read back, the others run in
 * parallel over the cores with a progress bar, and each finished point is cached at once. When the
 * run is interrupted (the kernel's interrupt, or Ctrl-C in the launcher), finished points stay
 * cached and the next run resumes from there.
 */
public final class SweepRunner {

    private final int threads;
    private final boolean useCache;

    /**
     * @param threads  worker threads, at least 1
     * @param useCache whether to read cached points (finished points are always written)
     */
    public SweepRunner(int threads, boolean useCache) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.useCache = useCache;
    }

    /** A runner with one thread per available core that reads the cache. */
    public static SweepRunner standard() {
        return new SweepRunner(Runtime.getRuntime().availableProcessors(), true);
    }

    /** Runs (or reads back) every point and returns all rows in point order. */
    public Table run(Experiment experiment, Params params) {
        ResultCache cache = new ResultCache(Workspace.resultsDirectory(experiment.name()));
        List<Map<String, Object>> points = experiment.points(params);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("experiment '" + experiment.name() + "' has no points for " + params);
        }
        Table[] parts = new Table[points.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String key = key(experiment, params, points.get(i));
            parts[i] = useCache ? cache.read(key).orElse(null) : null;
            if (parts[i] == null) {
                pending.add(i);
            }
        }
        if (!pending.isEmpty()) {
            runPending(experiment, params, points, pending, cache, parts);
        }
        Table all = parts[0].copy().setName(experiment.name());
        for (int i = 1; i < parts.length; i++) {
            all.append(parts[i]);
        }
        return all;
    }

    private void runPending(Experiment experiment, Params params, List<Map<String, Object>> points,
                            List<Integer> pending, ResultCache cache, Table[] parts) {
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
                    Table rows = withProvenance(experiment.runPoint(params, point), experiment, params, point);
                    if (!Thread.currentThread().isInterrupted()) {
                        cache.write(key(experiment, params, point), rows);
                        parts[i] = cache.read(key(experiment, params, point)).orElseThrow();
                    }
                    bar.advance();
                    return null;
                }));
            }
            for (int j = 0; j < futures.size(); j++) {
                try {
                    futures.get(j).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw new IllegalStateException("experiment '" + experiment.name() + "' failed at point "
                            + points.get(pending.get(j)) + ": " + cause.getMessage(), cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            long finished = java.util.Arrays.stream(parts).filter(p -> p != null).count();
            throw new SweepInterruptedException(experiment.name(), finished, parts.length);
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String key(Experiment experiment, Params params, Map<String, Object> point) {
        return ResultCache.key(experiment.name() + "|" + Workspace.toolkitVersion() + "|" + params.canonical() + "|"
                + new TreeMap<>(point));
    }

    /** Prepends the point's coordinates and appends scale, seed and toolkit version. */
    static Table withProvenance(Table rows, Experiment experiment, Params params, Map<String, Object> point) {
        int n = rows.rowCount();
        Table out = Table.create(experiment.name());
        point.forEach((name, value) -> out.addColumns(constantColumn(name, value, n)));
        rows.columns().forEach(out::addColumns);
        if (!point.containsKey("seed") && params.asMap().containsKey("seed")) {
            out.addColumns(constantColumn("seed", params.asMap().get("seed"), n));
        }
        out.addColumns(StringColumn.create("scale", n).setMissingTo(params.scale().toString()),
                StringColumn.create("toolkit_version", n).setMissingTo(Workspace.toolkitVersion()));
        return out;
    }

    private static tech.tablesaw.columns.Column<?> constantColumn(String name, Object value, int n) {
        if (value instanceof Integer v) {
            return IntColumn.create(name, n).setMissingTo(v);
        } else if (value instanceof Long v) {
            return LongColumn.create(name, n).setMissingTo(v);
        } else if (value instanceof Double v) {
            return DoubleColumn.create(name, n).setMissingTo(v);
        } else if (value instanceof String v) {
            return StringColumn.create(name, n).setMissingTo(v);
        }
        throw new IllegalArgumentException("point coordinate '" + name + "' must be Integer, Long, Double or String, got "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
