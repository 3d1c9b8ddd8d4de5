package org.theorykit.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Runner;
import org.theorykit.experiment.Scale;
import tech.tablesaw.api.Table;

/**
 * The notebook's and the launcher's path: {@code Experiments.run(..., Runner.spark("local[2]"))} starts
 * the driver in a child JVM (Spark's jars only there), which caches the points; the table read back
 * equals the local runner's bit for bit. Needs the packaged module (spark-lib, the module's jar, the
 * toolkit's target/lib), as the set-up builds it.
 */
class ProcessRunnerTest {

    @TempDir
    Path results;

    @AfterEach
    void clear() {
        System.clearProperty("theorykit.results");
        System.clearProperty("theorykit.home");
    }

    @Test
    void theSameCallWithASparkRunnerGivesTheLocalTable() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(root.resolve("spark/target/theorykit-spark.jar"))
                        && Files.isDirectory(root.resolve("toolkit/target/lib")),
                "package the modules first (./theorykit setup, or mvn package)");
        System.setProperty("theorykit.home", root.toString());
        Map<String, Object> overrides = Map.of("degrees", "1,4,12", "seeds", 3, "test", 400);
        System.setProperty("theorykit.results", results.resolve("local").toString());
        Table local = Experiments.run("tour", Scale.SMOKE, overrides, Runner.local());
        System.setProperty("theorykit.results", results.resolve("spark").toString());
        Table spark = Experiments.run("tour", Scale.SMOKE, overrides, Runner.spark("local[2]"));
        SparkRunnerTest.assertBitIdentical(local, spark);
    }
}
