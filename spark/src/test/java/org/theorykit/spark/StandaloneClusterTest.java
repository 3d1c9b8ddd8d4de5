package org.theorykit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theorykit.experiment.SparkJvm;

/**
 * A standalone Spark cluster on this machine: Spark's own Master and Worker classes, started from
 * the module's Spark jars ({@code target/spark-lib}, as {@code $SPARK_HOME/jars} of a stand-in
 * Spark home) and bound to 127.0.0.1. The sweep is submitted as {@code spark-submit} does it
 * ({@code org.apache.spark.deploy.SparkSubmit}, the application jar, the master's URL, the test
 * experiment's jar by {@code --jars}); the worker is killed mid-sweep, with its executor, and another
 * started: the sweep completes, and the cache holds every point exactly once, with the right values.
 */
class StandaloneClusterTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final int POINTS = 10;

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void aSweepSurvivesTheLossOfItsWorker() throws Exception {
        Path app = TARGET.resolve("theorykit-spark-app.jar");
        assertTrue(Files.isRegularFile(app) && Files.isDirectory(TARGET.resolve("spark-lib")),
                app + " or target/spark-lib is missing: package the module first (./theorykit setup, or mvn package)");
        Path sparkHome = fakeSparkHome();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        start("master", sparkHome, List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        Process worker = startWorker(sparkHome, master, "worker1");
        await("the first worker to register", 120, () -> log("worker1").contains("Successfully registered with master"));

        Path results = dir.resolve("results");
        Path runs = dir.resolve("runs.log");
        Process driver = start("driver", sparkHome, List.of("-Dtheorykit.results=" + results,
                "org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
                "--class", SparkSweepMain.class.getName(), "--jars", testExperimentJar().toString(),
                "--executor-memory", "512m", "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1", app.toString(),
                FaultyExperiment.class.getName(), "points=" + POINTS, "millis=1500", "log=" + runs));
        Path cache = results.resolve(new FaultyExperiment().name());
        await("two points to be cached", 240, () -> valueEntries(cache).size() >= 2);
        List<ProcessHandle> executors = worker.descendants().toList();
        assertFalse(executors.isEmpty(), "the worker runs an executor");
        executors.forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
        worker.waitFor(30, TimeUnit.SECONDS);
        int cachedAtKill = valueEntries(cache).size();
        startWorker(sparkHome, master, "worker2");

        assertTrue(driver.waitFor(300, TimeUnit.SECONDS), "the sweep finishes; driver log:\n" + log("driver"));
        assertEquals(0, driver.exitValue(), "driver log:\n" + log("driver"));
        assertTrue(cachedAtKill < POINTS, "the worker was killed mid-sweep (" + cachedAtKill + " points cached then)");
        assertTrue(log("worker2").contains("Asked to launch executor"), "the second worker took over:\n" + log("worker2"));

        Map<Integer, Double> values = valueEntries(cache);
        assertEquals(POINTS, values.size(), "every point cached once: " + values.keySet());
        values.forEach((i, v) -> assertEquals(FaultyExperiment.value(i), v, "point " + i));
        try (Stream<Path> files = Files.list(cache)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(4 * POINTS, names.size(), "a CSV and a manifest for each point's values and timings: " + names);
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), "no temporary files left: " + names);
        }
        assertFalse(log("driver").contains("failed on every attempt"), log("driver"));
        System.out.println("standalone cluster: " + cachedAtKill + " of " + POINTS + " points cached when the worker was"
                + " killed; runs (point attempt pid): " + Files.readAllLines(runs) + "; executors lost: "
                + log("driver").lines().filter(l -> l.contains("Lost executor")).toList());
    }

    /** A Spark home with the module's Spark jars: what the worker needs to build its executors' class path. */
    private Path fakeSparkHome() throws IOException {
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createSymbolicLink(home.resolve("jars"), TARGET.resolve("spark-lib"));
        Files.writeString(home.resolve("RELEASE"), "Spark 4.0.1 (the theorykit-spark module's jars)\n");
        return home;
    }

    /** The test experiment's class in a jar, shipped to the executors by --jars as a user's own would be. */
    private Path testExperimentJar() throws IOException {
        Path jar = dir.resolve("faulty-experiment.jar");
        String name = FaultyExperiment.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry(name));
            jarOut.write(Files.readAllBytes(TARGET.resolve("test-classes").resolve(name)));
            jarOut.closeEntry();
        }
        return jar;
    }

    private Process startWorker(Path sparkHome, String master, String name) throws IOException {
        return start(name, sparkHome, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "2", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", dir.resolve(name + "-work").toString(), master));
    }

    private Process start(String name, Path sparkHome, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(SparkJvm.JAVA_OPTIONS);
        command.addAll(List.of("-cp", TARGET.resolve("spark-lib") + File.separator + "*"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private String log(String name) {
        try {
            Path file = dir.resolve(name + ".log");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The cached value entries, point index → value, read from the CSVs whose manifests name a point. */
    private static Map<Integer, Double> valueEntries(Path cache) {
        Map<Integer, Double> values = new TreeMap<>();
        if (!Files.isDirectory(cache)) {
            return values;
        }
        try (Stream<Path> files = Files.list(cache)) {
            for (Path manifest : files.filter(f -> f.toString().endsWith(".manifest")).toList()) {
                String identity = Files.readAllLines(manifest).get(0);
                if (identity.endsWith("|timings")) {
                    continue;
                }
                int i = Integer.parseInt(identity.substring(identity.lastIndexOf("{i=") + 3, identity.lastIndexOf('}')));
                Path csv = manifest.resolveSibling(manifest.getFileName().toString().replace(".manifest", ".csv"));
                List<String> lines = Files.readAllLines(csv);
                List<String> header = List.of(lines.get(0).split(","));
                Double previous = values.put(i, Double.parseDouble(lines.get(1).split(",")[header.indexOf("value")]));
                assertEquals(null, previous, "point " + i + " is cached twice");
            }
        } catch (IOException e) {
            return values;
        }
        return values;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
