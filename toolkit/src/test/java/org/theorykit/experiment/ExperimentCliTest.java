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
    void runWritesTheTableToTheOutFile() throws Exception {
        System.setProperty("theorykit.results", dir.resolve("results").toString());
        Path csv = dir.resolve("tour.csv");
        assertEquals(0, run("tour", "seeds=2", "degrees=1,3", "test=100", "--scale", "smoke", "--out", csv.toString()));
        var lines = Files.readAllLines(csv);
        assertEquals("seed,degree,params,train_mse,test_mse,scale,toolkit_version", lines.get(0));
        assertEquals(1 + 2 * 2, lines.size());
    }
}
