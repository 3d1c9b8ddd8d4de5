package org.theorykit.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import tech.tablesaw.api.Table;

/** Spearman's ρ on known cases; one implicit-bias point per loss at a small size: the angle to the SVM falls. */
class TrainingExperimentsTest {

    @Test
    void spearmanOnKnownCases() {
        assertEquals(1, CriticalPointsExperiment.spearman(new double[] {1, 2, 3, 4}, new double[] {0.1, 5, 7, 100}), 1e-12);
        assertEquals(-1, CriticalPointsExperiment.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        // ranks (0, 1.5, 1.5, 3) vs (0, 1, 2, 3): r = 4.5 / √(4.5·5)
        assertEquals(4.5 / Math.sqrt(4.5 * 5), CriticalPointsExperiment.spearman(new double[] {1, 2, 2, 3},
                new double[] {1, 2, 3, 4}), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic", "exponential"})
    void gdOnSeparableDataTurnsTowardsTheSvmDirection(String loss) {
        ImplicitBiasExperiment experiment = new ImplicitBiasExperiment();
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("steps", 5000, "records", 6, "loss", loss,
                "lr", 0.1));
        Table rows = experiment.runPoint(params, Map.of("model", "linear", "seed", 1L));
        double first = rows.doubleColumn("angle").getDouble(1);
        double last = rows.doubleColumn("angle").getDouble(rows.rowCount() - 1);
        assertTrue(last < first && last < 0.3, "angle " + first + " → " + last);
        assertTrue(rows.doubleColumn("normalized_margin").getDouble(rows.rowCount() - 1) > 0);
    }
}
