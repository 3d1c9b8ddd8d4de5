package org.theorykit.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.experiment.Sweep;
import org.theorykit.experiment.Workspace;

/**
 * The Spark driver of a sweep:
 * {@code SparkSweepMain NAME [key=value ...] [--scale S] [--master M] [--expect-version V]}, NAME a
 * registered experiment or the class name of one of your own (shipped with {@code --jars}). Started by
 * {@code ./theorykit experiment NAME ... --spark M} and {@code Runner.spark(M)} (the toolkit's
 * {@code SparkProcessRunner}), or by hand with
 * {@code spark-submit --class org.theorykit.spark.SparkSweepMain theorykit-spark-app.jar NAME ...},
 * the master then coming from spark-submit. It writes every finished point into the result cache of
 * the machine it runs on (results are collected to the driver). Exit code 0 when every point is
 * cached, 1 when points failed every attempt (each listed with its coordinates), 2 for bad arguments.
 */
public final class SparkSweepMain {

    /** Attempts per task; Spark's local mode gives each task one unless the master says {@code local[N,F]}. */
    static final int TASK_ATTEMPTS = 4;

    private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+|\\*)]");

    private SparkSweepMain() {
    }

    public static void main(String[] args) {
        quietLogging();
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("theorykit spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        try (JavaSparkContext context = new JavaSparkContext(configure(new SparkConf(), parsed.experiment.name(),
                parsed.master))) {
            context.setLogLevel("WARN");
            Sweep sweep = Sweep.open(parsed.experiment, parsed.params, true, System.err::println);
            SparkRunner.Outcome outcome = new SparkRunner(context).runPending(sweep);
            System.err.printf("theorykit spark: %s: %d points computed on %s, %d were cached; results in %s%n",
                    parsed.experiment.name(), outcome.computed(), context.master(), outcome.cached(),
                    Workspace.resultsDirectory(parsed.experiment.name()));
            if (!outcome.failures().isEmpty()) {
                System.err.println(new PointsFailedException(parsed.experiment.name(), parsed.params, outcome,
                        sweep.points().size()).getMessage());
                System.exit(1);
            }
        }
        System.exit(0);
    }

    /** Warnings only in this JVM's logging set-up; {@code spark.log.level} covers the context's own. */
    static void quietLogging() {
        Configurator.setRootLevel(Level.WARN);
    }

    /**
     * Spark settings for a sweep, on top of what {@code conf} holds (spark-submit's): no UI and no
     * console progress, no speculative execution (a point must not be computed twice), {@value
     * #TASK_ATTEMPTS} attempts per task unless set, one core per task, executors with one OpenBLAS
     * thread and the JDK Vector API (as the launcher's JVMs, for the same bits), and in local mode a
     * driver bound to 127.0.0.1. {@code master} null keeps spark-submit's.
     */
    public static SparkConf configure(SparkConf conf, String experiment, String master) {
        conf.setAppName("theorykit " + experiment)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.speculation", "false")
                .setIfMissing("spark.task.maxFailures", String.valueOf(TASK_ATTEMPTS))
                .setIfMissing("spark.log.level", "WARN")
                .set("spark.task.cpus", "1")
                .set("spark.executorEnv.OPENBLAS_NUM_THREADS", "1");
        String options = conf.get("spark.executor.extraJavaOptions", "");
        if (!options.contains("jdk.incubator.vector")) {
            conf.set("spark.executor.extraJavaOptions", (options + " --add-modules=jdk.incubator.vector").strip());
        }
        if (master != null) {
            conf.setMaster(withRetries(master));
        }
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: give --master local[2] (or spark-submit --master ...)");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.set("spark.master", withRetries(conf.get("spark.master")))
                    .set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1");
        }
        return conf;
    }

    /** {@code local[N]} becomes {@code local[N,4]}: local mode otherwise gives each task one attempt. */
    static String withRetries(String master) {
        Matcher m = LOCAL.matcher(master);
        return m.matches() ? "local[" + m.group(1) + "," + TASK_ATTEMPTS + "]" : master;
    }

    /** The parsed command line. */
    private record Arguments(Experiment experiment, Params params, String master) {

        static Arguments parse(String[] args) {
            String name = null;
            String master = null;
            String expectVersion = null;
            Scale scale = Scale.current();
            Map<String, String> overrides = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--scale" -> scale = Scale.parse(value(args, ++i, "--scale"));
                    case "--master" -> master = value(args, ++i, "--master");
                    case "--expect-version" -> expectVersion = value(args, ++i, "--expect-version");
                    default -> {
                        if (args[i].contains("=") && !args[i].startsWith("-")) {
                            String key = args[i].substring(0, args[i].indexOf('='));
                            if (overrides.put(key, args[i].substring(args[i].indexOf('=') + 1)) != null) {
                                throw new IllegalArgumentException("parameter '" + key + "' given twice; give it once");
                            }
                        } else if (name == null && !args[i].startsWith("-")) {
                            name = args[i];
                        } else {
                            throw new IllegalArgumentException("unexpected argument '" + args[i]
                                    + "'; usage: SparkSweepMain NAME [key=value ...] [--scale S] [--master M]");
                        }
                    }
                }
            }
            if (name == null) {
                throw new IllegalArgumentException("no experiment named; usage: SparkSweepMain NAME [key=value ...]"
                        + " [--scale smoke|lecture|paper] [--master M]");
            }
            if (expectVersion != null && !expectVersion.equals(Workspace.toolkitVersion())) {
                throw new IllegalArgumentException("this application jar holds toolkit " + Workspace.toolkitVersion()
                        + ", the caller runs " + expectVersion + "; rebuild the spark module (./theorykit setup)");
            }
            Experiment experiment = ExperimentLookup.byName(name);
            return new Arguments(experiment, Params.resolve(experiment, scale, overrides), master);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
