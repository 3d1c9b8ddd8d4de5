package org.theorykit.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.theorykit.Arguments;
import org.theorykit.display.ProgressBar;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Runner;
import org.theorykit.experiment.Sweep;
import org.theorykit.experiment.SweepInterruptedException;
import org.theorykit.experiment.SweepResult;
import org.theorykit.experiment.Workspace;

/**
 * A sweep's pending points on a Spark context: one job of one task per point not yet in the result
 * cache, all submitted at once (Spark runs as many at a time as it has task slots), each point's
 * rows stored on the driver through {@link Sweep#store} — the local runner's atomic cache writes
 * and provenance — the moment its task finishes. A task that fails is retried by Spark ({@code
 * spark.task.maxFailures}, or {@code local[N,F]}); a point whose task fails every attempt is
 * reported with its coordinates while the other points run on and are cached.
 *
 * <p>One job per point rather than one job of many tasks: a task that fails all its attempts aborts
 * its whole job, and here that is only its own point. Speculative execution must be off (see
 * {@link SparkSweepMain#configure}): results reach the cache only from the driver, once per point,
 * but a speculative copy would still compute a point twice.
 */
public final class SparkRunner implements Runner {

    /** How often the driver looks at its running jobs. */
    private static final long POLL_MILLIS = 50;

    private final JavaSparkContext context;
    private final Consumer<String> messages;

    /** A runner on {@code context} that reports damaged cache entries and failed points on standard error. */
    public SparkRunner(JavaSparkContext context) {
        this(context, System.err::println);
    }

    /** A runner on {@code context} that reports damaged cache entries and failed points to {@code messages}. */
    public SparkRunner(JavaSparkContext context, Consumer<String> messages) {
        this.context = Arguments.notNull("context", context);
        this.messages = Arguments.notNull("messages", messages);
    }

    /** A point that failed every attempt, and the last attempt's error. */
    public record Failure(Map<String, Object> point, String error) {
    }

    /** What a run did: points computed on Spark, points read from the cache, points that failed every attempt. */
    public record Outcome(int computed, int cached, List<Failure> failures) {
    }

    /**
     * Runs every pending point on Spark, then returns the whole table; when points failed every
     * attempt, throws a {@link PointsFailedException} naming each (the others are cached).
     */
    @Override
    public SweepResult runWithTimings(Experiment experiment, Params params) {
        Sweep sweep = Sweep.open(experiment, params, true, messages);
        Outcome outcome = runPending(sweep);
        if (!outcome.failures().isEmpty()) {
            throw new PointsFailedException(experiment.name(), params, outcome, sweep.points().size());
        }
        return sweep.result();
    }

    /** Runs the sweep's pending points, storing each as it finishes; failures are collected, not thrown. */
    public Outcome runPending(Sweep sweep) {
        List<Integer> pending = sweep.pending();
        int cached = sweep.points().size() - pending.size();
        String group = "theorykit-" + UUID.randomUUID();
        context.setJobGroup(group, sweep.experiment().name(), true);
        Map<JavaFutureAction<List<RowsPayload>>, Integer> running = new LinkedHashMap<>();
        for (int i : pending) {
            context.setJobDescription(sweep.experiment().name() + " " + sweep.points().get(i));
            PointTask task = new PointTask(sweep, i);
            running.put(context.parallelize(List.of(task), 1).map(PointTask::run).collectAsync(), i);
        }
        context.clearJobGroup();
        List<Failure> failures = new ArrayList<>();
        int computed = 0;
        String label = sweep.experiment().name() + " (" + sweep.params().scale() + ") on Spark " + context.master();
        try (ProgressBar bar = ProgressBar.start(label, pending.size())) {
            while (!running.isEmpty()) {
                for (var it = running.entrySet().iterator(); it.hasNext(); ) {
                    var job = it.next();
                    if (!job.getKey().isDone()) {
                        continue;
                    }
                    it.remove();
                    Map<String, Object> point = sweep.points().get(job.getValue());
                    try {
                        store(sweep, job.getKey().get().get(0));
                        computed++;
                    } catch (ExecutionException e) {
                        Failure failure = new Failure(point, lastAttemptError(e));
                        failures.add(failure);
                        messages.accept("theorykit: experiment '" + sweep.experiment().name() + "' point " + point
                                + " failed on every attempt: " + failure.error());
                    }
                    bar.advance();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            context.cancelJobGroup(group);
            Thread.currentThread().interrupt();
            throw new SweepInterruptedException(sweep.experiment().name(), sweep.finished(), sweep.points().size());
        } catch (RuntimeException e) {
            context.cancelJobGroup(group);
            throw e;
        }
        return new Outcome(computed, cached, failures);
    }

    private static void store(Sweep sweep, RowsPayload payload) {
        if (!payload.toolkitVersion().equals(Workspace.toolkitVersion())) {
            throw new IllegalStateException("an executor ran toolkit " + payload.toolkitVersion() + ", the driver is "
                    + Workspace.toolkitVersion() + "; submit the application jar built with this toolkit");
        }
        sweep.store(payload.index(), payload.toTable(), payload.blasThreads());
    }

    /**
     * The last attempt's error from a failed job: Spark reports it as text ("... most recent failure:
     * Lost task ...: java.lang.X: message" and the executor's stack trace), not as a cause.
     */
    static String lastAttemptError(ExecutionException e) {
        Throwable t = e.getCause() == null ? e : e.getCause();
        String message = String.valueOf(t.getMessage());
        int recent = message.indexOf("most recent failure: ");
        String text = recent < 0 ? message : message.substring(recent + "most recent failure: ".length());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
