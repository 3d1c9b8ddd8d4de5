package org.theorykit.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.theorykit.Arguments;
import org.theorykit.display.ProgressBar;
import tech.tablesaw.api.Table;

/**
 * The local runner: points already in the cache are read back, the others run in parallel over
 * this JVM's cores with a progress bar, and each finished point is cached at once through
 * {@link Sweep#store}, the same writes the Spark runner makes. When the run is interrupted (the
 * kernel's interrupt, or Ctrl-C in the launcher), finished points stay cached and the next run
 * resumes from there. See {@link Sweep} for the columns of the rows.
 */
public final class SweepRunner implements Runner {

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
    @Override
    public Table run(Experiment experiment, Params params) {
        return runWithTimings(experiment, params).values();
    }

    /**
     * Runs (or reads back) every point; returns the value rows and the timing rows, both in point
     * order. A point that fails throws a {@link PointFailedException} naming the point.
     */
    @Override
    public SweepResult runWithTimings(Experiment experiment, Params params) {
        Sweep sweep = Sweep.open(experiment, params, useCache, warnings);
        List<Integer> pending = sweep.pending();
        if (!pending.isEmpty()) {
            runPending(sweep, pending);
        }
        return sweep.result();
    }

    private void runPending(Sweep sweep, List<Integer> pending) {
        Experiment experiment = sweep.experiment();
        Params params = sweep.params();
        List<Map<String, Object>> points = sweep.points();
        Sweep.initializeColumnTypes();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pending.size()), r -> {
            Thread t = new Thread(r, "theorykit-sweep");
            t.setDaemon(true);
            return t;
        });
        try (ProgressBar bar = ProgressBar.start(experiment.name() + " (" + params.scale() + ")", pending.size())) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i : pending) {
                futures.add(pool.submit(() -> {
                    Table rows = experiment.runPoint(params, points.get(i));
                    if (!Thread.currentThread().isInterrupted()) {
                        sweep.store(i, rows, Sweep.localBlasThreads());
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
            throw new SweepInterruptedException(experiment.name(), sweep.finished(), points.size());
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
}
