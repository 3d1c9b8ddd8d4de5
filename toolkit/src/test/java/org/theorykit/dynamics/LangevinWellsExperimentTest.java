package org.theorykit.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.experiment.SweepRunner;
import tech.tablesaw.api.Table;

/**
 * The registered "langevin-wells" experiment at smoke scale: one row per (T, seed) with the
 * occupations, their standard errors, the Boltzmann masses and the Laplace prediction; occupations
 * within 4 standard errors plus the stated Euler–Maruyama bias allowance (0.01 at dt = 0.005) of the
 * Boltzmann mass, two-sided false-alarm rate 6e-5 per row.
 */
class LangevinWellsExperimentTest {

    @TempDir
    Path results;

    @BeforeEach
    void redirectResults() {
        System.setProperty("theorykit.results", results.toString());
    }

    @AfterEach
    void restoreResults() {
        System.clearProperty("theorykit.results");
    }

    @Test
    void smokeRunGivesOccupationsNextToBoltzmannAndLaplace() {
        Experiment experiment = Experiments.get("langevin-wells");
        Table table = new SweepRunner(1, false).run(experiment, Params.resolve(experiment, Scale.SMOKE, Map.of()));
        assertEquals(2, table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            double occupation = table.doubleColumn("flat_occupation").getDouble(row);
            double se = table.doubleColumn("flat_occupation_se").getDouble(row);
            double exact = table.doubleColumn("boltzmann_flat").getDouble(row);
            assertEquals(1, occupation + table.doubleColumn("sharp_occupation").getDouble(row), 1e-12);
            assertEquals(exact, occupation, 4 * se + 0.01, "row " + row);
            assertEquals(0.75, table.doubleColumn("laplace_flat").getDouble(row), 1e-12);
            assertTrue(exact < 0.75, "at finite T the flat well holds less than the Laplace share");
        }
        assertEquals(0.5, table.doubleColumn("T").getDouble(0));
        assertEquals(1L, table.longColumn("seed").get(0));
    }
}
