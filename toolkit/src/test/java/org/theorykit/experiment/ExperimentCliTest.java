package org.theorykit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty("theorykit.results");
        System.clearProperty("theorykit.home");
    }

    private int run(String... args) {
        return ExperimentCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsEveryExperimentWithParametersAndDefaults() {
        assertEquals(0, run("--list"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("tour - "), text);
        assertTrue(text.contains("seeds") && text.contains("smoke=5 lecture=30 paper=200"), text);
    }

    @Test
    void unknownExperimentExitsTwoAndListsTheRegisteredOnes() {
        assertEquals(2, run("nope"));
        assertTrue(errText().contains("unknown experiment 'nope'; registered: tour"), errText());
    }

    @Test
    void unknownParameterAndMalformedValueExitTwo() {
        assertEquals(2, run("tour", "width=3"));
        assertTrue(errText().contains("unknown parameter 'width'"), errText());
        err.reset();
        assertEquals(2, run("tour", "n=many"));
        assertTrue(errText().contains("'n' expects integer, got 'many'"), errText());
        err.reset();
        assertEquals(2, run("tour", "--scale", "giant"));
        assertTrue(errText().contains("scale must be one of"), errText());
        err.reset();
        assertEquals(2, run("tour", "stray"));
        assertTrue(errText().contains("unexpected argument 'stray'"), errText());
    }

    @Test
    void sparkOptionIsCheckedBeforeAnyWork() {
        assertEquals(2, run("tour", "--spark", "local[2]", "--fresh"));
        assertTrue(errText().contains("--fresh and --spark together"), errText());
        err.reset();
        assertEquals(2, run("tour", "--spark", " "));
        assertTrue(errText().contains("--spark master must name a Spark master"), errText());
        err.reset();
        assertEquals(2, run("tour", "--spark", "local[2]", "--spark", "local[4]"));
        assertTrue(errText().contains("--spark given twice"), errText());
    }

    @Test
    void runWritesTheTableToTheOutFile() throws Exception {
        System.setProperty("theorykit.results", dir.resolve("results").toString());
        Path csv = dir.resolve("tour.csv");
        assertEquals(0, run("tour", "seeds=2", "degrees=1,3", "test=100", "--scale", "smoke", "--out", csv.toString()));
        var lines = Files.readAllLines(csv);
        assertEquals("seed,degree,params,train_mse,test_mse,n,noise,degrees,seeds,test,scale,toolkit_version,blas_threads",
                lines.get(0));
        assertEquals(1 + 2 * 2, lines.size());
        assertTrue(lines.get(1).contains(",50,0.3,\"1,3\",2,100,smoke,0.1.0+"), lines.get(1));
    }

    @Test
    void twoFreshRunsWriteByteIdenticalFiles() throws Exception {
        System.setProperty("theorykit.results", dir.resolve("results").toString());
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, run("tour", "seeds=2", "test=100", "--scale", "smoke", "--fresh", "--out", a.toString()));
        assertEquals(0, run("tour", "seeds=2", "test=100", "--scale", "smoke", "--fresh", "--out", b.toString()));
        assertEquals(-1L, Files.mismatch(a, b));
    }

    @Test
    void damagedCacheEntryIsNamedAndRecomputed() throws Exception {
        Path results = dir.resolve("results");
        System.setProperty("theorykit.results", results.toString());
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, run("tour", "seeds=2", "test=100", "--scale", "smoke", "--out", a.toString()));
        Path damaged;
        try (var files = Files.list(results.resolve("tour"))) {
            damaged = files.filter(f -> f.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(damaged, "seed,degree\n1,1\n1,1\n");
        err.reset();
        assertEquals(0, run("tour", "seeds=2", "test=100", "--scale", "smoke", "--out", b.toString()));
        assertTrue(errText().contains(damaged.toString()) && errText().contains("recomputed"), errText());
        assertEquals(-1L, Files.mismatch(a, b), "the recomputed table equals the first");
    }

    @Test
    void repeatedParameterOrOptionExitsTwo() {
        assertEquals(2, run("tour", "n=50", "n=60"));
        assertTrue(errText().contains("parameter 'n' given twice (n=50 and n=60)"), errText());
        err.reset();
        assertEquals(2, run("tour", "--scale", "smoke", "--scale", "paper"));
        assertTrue(errText().contains("--scale given twice"), errText());
    }

    @Test
    void unwritableOutputFailsBeforeAnyWork() {
        Path results = dir.resolve("results");
        System.setProperty("theorykit.results", results.toString());
        assertEquals(2, run("tour", "--scale", "smoke", "--out", dir.resolve("missing/x.csv").toString()));
        assertTrue(errText().contains("missing") && errText().contains("does not exist"), errText());
        assertTrue(Files.notExists(results), "no point ran");
        err.reset();
        assertEquals(2, run("tour", "--scale", "smoke", "--out", dir.toString()));
        assertTrue(errText().contains("is a directory"), errText());
    }

    /** Values no point could run with are rejected before any point runs, naming the parameter. */
    @Test
    void valuesOutOfRangeExitTwoNamingTheParameter() {
        String[][] cases = {
            {"kernel-interpolation", "noise=2", "'noise' must be in [0, 1]"},
            {"kernel-interpolation", "n=100000", "'n' must be at most 8000"},
            {"random-labels", "batch=5000", "'batch' must be at most n = 300"},
            {"random-labels", "corruption=0,1.5", "'corruption' must be in [0, 1]"},
            {"deep-vs-shallow", "lrs=0", "'lrs' must be >= "},
            {"sgd-flatness", "largeBatch=1000", "'largeBatch' must be at most n = 128"},
            {"langevin-wells", "kSharp=1e7", "kSharp/kFlat must be in [1e-6, 1e6]"},
        };
        System.setProperty("theorykit.results", dir.resolve("results").toString());
        for (String[] c : cases) {
            err.reset();
            assertEquals(2, run(c[0], c[1], "--scale", "smoke"), c[1]);
            assertTrue(errText().contains(c[2]) && !errText().contains("\tat "), errText());
            assertTrue(Files.notExists(dir.resolve("results").resolve(c[0])), "no point of " + c[0] + " ran");
        }
    }

    @Test
    void failedRunExitsOneWithOneMessageAndTheTraceOnlyWithDebug() {
        System.setProperty("theorykit.results", dir.resolve("results").toString());
        assertEquals(1, run("langevin-wells", "dt=1", "particles=10", "--scale", "smoke"));
        assertTrue(errText().contains("diverged") && errText().contains("reduce dt"), errText());
        assertTrue(!errText().contains("\tat ") && errText().contains("--debug"), errText());
        err.reset();
        assertEquals(1, run("langevin-wells", "dt=1", "particles=10", "--scale", "smoke", "--debug"));
        assertTrue(errText().contains("\tat org.theorykit"), errText());
    }

    @Test
    void missingDatasetExitsOneNamingTheFix() throws Exception {
        System.setProperty("theorykit.results", dir.resolve("results").toString());
        System.setProperty("theorykit.home", Files.createDirectories(dir.resolve("empty-home")).toString());
        assertEquals(1, run("kernel-interpolation", "--scale", "smoke"));
        assertTrue(errText().contains("./theorykit setup") && !errText().contains("\tat "), errText());
    }

    @Test
    void unwritableResultsDirectoryExitsOne() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        System.setProperty("theorykit.results", file.toString());
        assertEquals(1, run("tour", "--scale", "smoke"));
        assertTrue(errText().contains("results directory") && errText().contains("THEORYKIT_RESULTS"), errText());
    }
}
