package org.theorykit.experiment;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sends a sweep to Apache Spark by starting the theorykit-spark module's driver, {@code
 * org.theorykit.spark.SparkSweepMain}, as a child process (so Spark's jars never enter this JVM),
 * then reads the finished table back from the result cache, where the driver stored each point as
 * it arrived ({@link Sweep#store}).
 * <ul>
 *   <li>{@code local[N]}: a JVM with Spark's jars ({@code spark/target/spark-lib}), the module's jar
 *       and this JVM's toolkit, OPENBLAS_NUM_THREADS=1 and the Vector API, like a cluster's executors.</li>
 *   <li>any other master: {@code spark-submit} ({@code $SPARK_HOME/bin}, else on PATH) with the
 *       application jar in client mode, so the driver, and the cache, are on this machine.</li>
 * </ul>
 * The child's output passes through as it comes; an interrupt stops it (Spark cancels its jobs;
 * finished points stay cached).
 */
final class SparkProcessRunner implements Runner {

    private static final String MAIN = "org.theorykit.spark.SparkSweepMain";

    private final String master;

    SparkProcessRunner(String master) {
        if (master == null || master.isBlank() || master.contains(" ")) {
            throw new IllegalArgumentException("--spark master must name a Spark master such as local[2],"
                    + " spark://host:7077, yarn or k8s://https://host:443, got '" + master + "'");
        }
        this.master = master;
    }

    @Override
    public SweepResult runWithTimings(Experiment experiment, Params params) {
        Sweep.open(experiment, params, true, System.err::println);
        Process process = start(command(experiment, params));
        Thread out = pump(process.getInputStream(), System.out);
        Thread err = pump(process.getErrorStream(), System.err);
        try {
            int status = process.waitFor();
            out.join();
            err.join();
            if (status != 0) {
                throw new IllegalStateException("the sweep of '" + experiment.name() + "' on Spark (" + master
                        + ") ended with exit code " + status + "; its message is above. Finished points are cached.");
            }
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            Sweep sweep = Sweep.open(experiment, params, true, System.err::println);
            throw new SweepInterruptedException(experiment.name(), sweep.finished(), sweep.points().size());
        }
        return Sweep.open(experiment, params, true, System.err::println).result();
    }

    /** The child's command line; the driver gets the experiment, the scale and every resolved value. */
    List<String> command(Experiment experiment, Params params) {
        Path target = Workspace.root().resolve("spark/target");
        String results = "-Dtheorykit.results=" + Workspace.resultsDirectory(experiment.name()).getParent();
        List<String> command = new ArrayList<>();
        if (master.startsWith("local")) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20) + "m");
            command.addAll(SparkJvm.JAVA_OPTIONS);
            command.addAll(List.of("--add-modules=jdk.incubator.vector", results, "-cp", localClassPath(target), MAIN,
                    "--master", master));
        } else {
            String sparkHome = System.getenv("SPARK_HOME");
            command.add(sparkHome != null ? Path.of(sparkHome, "bin", "spark-submit").toString() : "spark-submit");
            command.addAll(List.of("--master", master, "--deploy-mode", "client", "--class", MAIN,
                    "--driver-java-options", results, requireBuilt(target.resolve("theorykit-spark-app.jar")).toString()));
        }
        command.add(experiment.name());
        command.addAll(List.of("--scale", params.scale().toString(), "--expect-version", Workspace.toolkitVersion()));
        for (Parameter p : experiment.parameters()) {
            command.add(p.name() + "=" + p.type().format(params.asMap().get(p.name())));
        }
        return command;
    }

    /**
     * Spark's jars, the module's own jar, and this JVM's toolkit (the same classes, so the same
     * version in the cache's identities) with its libraries but without its SLF4J binding (Spark
     * brings log4j's).
     */
    private static String localClassPath(Path target) {
        List<String> entries = new ArrayList<>();
        entries.add(requireBuilt(target.resolve("spark-lib")).resolve("*").toString());
        entries.add(requireBuilt(target.resolve("theorykit-spark.jar")).toString());
        try {
            entries.add(Path.of(Workspace.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the toolkit's classes", e);
        }
        try (var libraries = Files.list(requireBuilt(Workspace.root().resolve("toolkit/target/lib")))) {
            libraries.filter(f -> !f.getFileName().toString().startsWith("slf4j-nop")).sorted()
                    .forEach(f -> entries.add(f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path requireBuilt(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: the theorykit-spark module is not built"
                    + " (./theorykit setup builds it)");
        }
        return path;
    }

    private static Process start(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("OPENBLAS_NUM_THREADS", "1");
            builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0) + " for the Spark sweep: " + e.getMessage()
                    + (command.get(0).endsWith("spark-submit") ? "; set SPARK_HOME to a Spark 4 installation" : ""), e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    /** Copies a child's stream line by line. */
    private static Thread pump(InputStream in, PrintStream to) {
        Thread t = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    to.println(line);
                }
            } catch (IOException ignored) {
                // the child ended
            }
        }, "spark-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
