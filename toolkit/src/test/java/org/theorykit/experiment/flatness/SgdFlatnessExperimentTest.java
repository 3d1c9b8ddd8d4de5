package org.theorykit.experiment.flatness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.nn.Dataset;
import tech.tablesaw.api.Table;

class SgdFlatnessExperimentTest {

    private final SgdFlatnessExperiment experiment = (SgdFlatnessExperiment) Experiments.get("sgd-flatness");
    private final Params params = Params.resolve(experiment, Scale.SMOKE,
            Map.of("n", 64, "testSize", 200, "width", 8, "checkpoints", "0.1,0.03", "seeds", 1));

    @Test
    void pointsCoverEveryOptimizerPerSeed() {
        assertEquals(4, experiment.points(params).size());
        assertEquals(8, experiment.points(Params.resolve(experiment, Scale.SMOKE, Map.of("seeds", 2))).size());
    }

    @Test
    void dataAreBalancedPlusMinusOneLabels() {
        Dataset data = SgdFlatnessExperiment.data(params, 1, true);
        double positive = 0;
        for (double y : data.y()) {
            assertTrue(y == 1 || y == -1);
            positive += y > 0 ? 1 : 0;
        }
        assertEquals(0.5, positive / data.size(), 0.1, "the teacher's median splits the classes about evenly");
    }

    @Test
    void everyOptimizerReachesTheCheckpointsWithConsistentMeasurements() {
        for (String optimizer : SgdFlatnessExperiment.OPTIMIZERS) {
            Table rows = experiment.runPoint(params, Map.of("optimizer", optimizer, "seed", 3L));
            assertEquals(2, rows.rowCount(), optimizer);
            for (int r = 0; r < rows.rowCount(); r++) {
                String where = optimizer + " row " + r;
                assertEquals("CONVERGED", rows.stringColumn("status").get(r), where);
                assertTrue(rows.doubleColumn("train_loss").getDouble(r) <= rows.doubleColumn("checkpoint").getDouble(r), where);
                double sharpness = rows.doubleColumn("sharpness").getDouble(r);
                assertTrue(sharpness > 0 && sharpness >= rows.doubleColumn("lambda_2").getDouble(r), where);
                assertTrue(rows.doubleColumn("trace").getDouble(r) > sharpness - 4 * rows.doubleColumn("trace_se").getDouble(r),
                        where + ": tr H ≥ λ_max within the estimate's error");
                assertTrue(rows.doubleColumn("margin_mean").getDouble(r) >= rows.doubleColumn("margin_min").getDouble(r), where);
            }
            assertEquals(rows.toString(), experiment.runPoint(params, Map.of("optimizer", optimizer, "seed", 3L)).toString(),
                    "same seed, same numbers");
        }
    }
}
