package org.theorykit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.experiment.Sweep;
import org.theorykit.experiment.SweepResult;
import org.theorykit.experiment.SweepRunner;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The Spark runner on one shared embedded {@code local[2]} context (configured as the driver
 * configures it: four attempts per task, no speculation): the same table as the local runner bit
 * for bit, resume from a half-finished local sweep, a retried task, a point failing every attempt.
 */
class SparkRunnerTest {

    private static JavaSparkContext context;

    @TempDir
    Path results;

    @BeforeAll
    static void startSpark() {
        context = new JavaSparkContext(SparkSweepMain.configure(new SparkConf(false), "tests", "local[2]"));
    }

    @AfterAll
    static void stopSpark() {
        context.close();
        System.clearProperty("theorykit.results");
    }

    /** A small deep-vs-shallow sweep (trained nets: Adam, the Vector API path) and a tour sweep. */
    @Test
    void sparkGivesTheLocalRunnersTableBitForBit() throws IOException {
        assertEquals("1", System.getenv("OPENBLAS_NUM_THREADS"), "the tests run with one OpenBLAS thread");
        compare("deep-vs-shallow", Map.of("budgets", "112,336", "archs", "shallow,tree", "seeds", 1, "train", 300,
                "test", 300, "epochs", 2));
        compare("tour", Map.of("degrees", "1,4,12", "seeds", 2, "test", 500));
    }

    private void compare(String name, Map<String, ?> overrides) throws IOException {
        Experiment experiment = Experiments.get(name);
        Params params = Params.resolve(experiment, Scale.SMOKE, overrides);
        useResults(results.resolve("local-" + name));
        SweepResult local = new SweepRunner(2, true).runWithTimings(experiment, params);
        useResults(results.resolve("spark-" + name));
        SweepResult spark = new SparkRunner(context).runWithTimings(experiment, params);
        assertTrue(local.values().rowCount() > 0);
        assertBitIdentical(local.values(), spark.values());
        assertEquals(local.timings().columnNames(), spark.timings().columnNames());
        assertEquals(cacheFiles(results.resolve("local-" + name).resolve(name)),
                cacheFiles(results.resolve("spark-" + name).resolve(name)),
                "both runners write the same cache entries, byte for byte");
    }

    @Test
    void aSweepHalfRunLocallyFinishesOnSparkComputingOnlyTheMissingPoints() throws IOException {
        Experiment experiment = new FaultyExperiment();
        Path log = results.resolve("runs.log");
        Params all = Params.resolve(experiment, Scale.SMOKE, Map.of("points", 6, "log", log.toString()));
        useResults(results.resolve("resume"));
        Sweep half = Sweep.open(experiment, all, true, message -> { });
        for (int i = 0; i < 3; i++) {
            half.store(i, experiment.runPoint(all, half.points().get(i)), Sweep.localBlasThreads());
        }
        assertEquals(List.of("0 -1", "1 -1", "2 -1"), runs(log), "three points computed locally");
        SparkRunner.Outcome outcome = new SparkRunner(context).runPending(Sweep.open(experiment, all, true, m -> { }));
        assertEquals(3, outcome.cached());
        assertEquals(3, outcome.computed());
        assertEquals(List.of("0 -1", "1 -1", "2 -1", "3 0", "4 0", "5 0"),
                runs(log).stream().sorted().toList(), "Spark ran exactly the three missing points, once each");
        Table table = new SweepRunner(1, true).run(experiment, all);
        for (int i = 0; i < 6; i++) {
            assertEquals(FaultyExperiment.value(i), table.doubleColumn("value").get(i), "point " + i);
        }
        assertEquals(6, runs(log).size(), "the local runner read all six points back, computing none");
    }

    @Test
    void aTaskFailingItsFirstAttemptIsRetriedAndTheSweepCompletes() throws IOException {
        Experiment experiment = new FaultyExperiment();
        Path log = results.resolve("retry.log");
        useResults(results.resolve("retry"));
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("points", 4, "failFirst", 2,
                "log", log.toString()));
        Table table = new SparkRunner(context, message -> { }).run(experiment, params);
        assertEquals(4, table.rowCount());
        assertEquals(FaultyExperiment.value(2), table.doubleColumn("value").get(2));
        assertEquals(List.of("0 0", "1 0", "2 0", "2 1", "3 0"), runs(log).stream().sorted().toList(),
                "point 2 ran twice (attempts 0 and 1), the others once");
    }

    @Test
    void aPointFailingEveryAttemptIsReportedByNameWhileTheOthersAreCached() {
        Experiment experiment = new FaultyExperiment();
        useResults(results.resolve("fail"));
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("points", 5, "failAlways", 3));
        PointsFailedException e = assertThrows(PointsFailedException.class,
                () -> new SparkRunner(context, message -> { }).run(experiment, params));
        assertTrue(e.getMessage().contains("point {i=3}"), e.getMessage());
        assertTrue(e.getMessage().contains("point 3 always fails (attempt " + (SparkSweepMain.TASK_ATTEMPTS - 1) + ")"),
                "the last of " + SparkSweepMain.TASK_ATTEMPTS + " attempts is reported: " + e.getMessage());
        assertTrue(e.getMessage().contains("failAlways=3"), "the parameters are named: " + e.getMessage());
        assertEquals(List.of(3), Sweep.open(experiment, params, true, m -> { }).pending(),
                "the other four points are cached");
    }

    private static void useResults(Path directory) {
        System.setProperty("theorykit.results", directory.toString());
    }

    /** Each run of a point as "i attempt", without the process id. */
    private static List<String> runs(Path log) throws IOException {
        return Files.readAllLines(log).stream().map(l -> l.substring(0, l.lastIndexOf(' '))).toList();
    }

    /** The cache's value entries (manifest and CSV) by file name, with their text; timings differ by design. */
    private static Map<String, String> cacheFiles(Path directory) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var list = Files.list(directory)) {
            for (Path manifest : list.filter(f -> f.toString().endsWith(".manifest")).toList()) {
                String text = Files.readString(manifest);
                if (!text.contains("|timings")) {
                    Path csv = manifest.resolveSibling(manifest.getFileName().toString().replace(".manifest", ".csv"));
                    files.put(manifest.getFileName().toString(), text);
                    files.put(csv.getFileName().toString(), Files.readString(csv));
                }
            }
        }
        assertTrue(!files.isEmpty(), "no cache entries in " + directory);
        return files;
    }

    static void assertBitIdentical(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int c = 0; c < expected.columnCount(); c++) {
            Column<?> a = expected.column(c);
            Column<?> b = actual.column(c);
            assertEquals(a.type(), b.type(), a.name());
            for (int r = 0; r < a.size(); r++) {
                Object x = a.get(r);
                Object y = b.get(r);
                if (x instanceof Double dx && y instanceof Double dy) {
                    assertEquals(Double.doubleToRawLongBits(dx), Double.doubleToRawLongBits(dy),
                            a.name() + " row " + r + ": " + dx + " vs " + dy);
                } else {
                    assertEquals(x, y, a.name() + " row " + r);
                }
            }
        }
    }
}
