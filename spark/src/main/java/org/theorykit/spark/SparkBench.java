package org.theorykit.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.experiment.SweepRunner;
import org.theorykit.linalg.Blas;
import tech.tablesaw.api.Table;

/**
 * {@code ./theorykit bench spark}: the same 24-point sweep (deep-vs-shallow at smoke scale with 15000
 * training points and 40 epochs, budgets 112…3024 × three architectures × two seeds: seconds a point) on the local
 * runner with 2 threads and on Spark {@code local[2]}, side by side in one JVM after a short warm-up
 * sweep (the JIT), each into an empty cache. Prints the context start,
 * both sweep times, the mean time per point, Spark's overhead per point ((T_spark − T_local) × 2
 * slots / 24 points) and that overhead as a share of a 2 s point, and checks the two tables agree.
 */
public final class SparkBench {

    private static final int SLOTS = 2;

    private SparkBench() {
    }

    public static void main(String[] args) throws IOException {
        SparkSweepMain.quietLogging();
        Experiment experiment = Experiments.get("deep-vs-shallow");
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("budgets", "112,336,1008,3024", "seeds", 2,
                "train", 15000, "epochs", 40));
        Params warmUp = Params.resolve(experiment, Scale.SMOKE, Map.of("budgets", "112,336", "seeds", 1, "epochs", 5));
        int points = experiment.points(params).size();
        Path results = Files.createTempDirectory("theorykit-spark-bench");
        System.out.printf("deep-vs-shallow %s: %d points; OPENBLAS_NUM_THREADS=%d; load before: %s%n", params,
                points, Blas.threads(), load());

        System.setProperty("theorykit.results", results.resolve("warm-up").toString());
        new SweepRunner(SLOTS, true).run(experiment, warmUp);
        System.setProperty("theorykit.results", results.resolve("local").toString());
        long t0 = System.nanoTime();
        Table local = new SweepRunner(SLOTS, true).run(experiment, params);
        double localSeconds = (System.nanoTime() - t0) / 1e9;

        System.setProperty("theorykit.results", results.resolve("spark").toString());
        long t1 = System.nanoTime();
        double startSeconds;
        double sparkSeconds;
        Table spark;
        try (JavaSparkContext context = new JavaSparkContext(SparkSweepMain.configure(new SparkConf(false),
                experiment.name(), "local[" + SLOTS + "]"))) {
            context.setLogLevel("WARN");
            startSeconds = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            spark = new SparkRunner(context).run(experiment, params);
            sparkSeconds = (System.nanoTime() - t2) / 1e9;
        }
        double perPoint = localSeconds * SLOTS / points;
        double overhead = (sparkSeconds - localSeconds) * SLOTS / points;
        System.out.printf("local runner (%d threads): %.1f s for %d points, %.2f s per point%n", SLOTS, localSeconds,
                points, perPoint);
        System.out.printf("Spark local[%d]: context start %.1f s, sweep %.1f s (%.2f × local)%n", SLOTS, startSeconds,
                sparkSeconds, sparkSeconds / localSeconds);
        System.out.printf("Spark overhead per point: %.3f s = %.1f %% of this sweep's points, %.1f %% of a 2 s point;"
                + " with the context start: %.1f %% of the sweep%n", overhead, 100 * overhead / perPoint,
                100 * overhead / 2.0, 100 * (sparkSeconds + startSeconds - localSeconds) / localSeconds);
        System.out.printf("tables byte-identical as CSV: %s; load after: %s%n", csv(local).equals(csv(spark)), load());
    }

    private static String csv(Table table) {
        java.io.StringWriter out = new java.io.StringWriter();
        table.write().csv(out);
        return out.toString();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
