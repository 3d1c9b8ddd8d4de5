package org.theorykit.experiment.flatness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.landscape.DenseSpectrum;
import org.theorykit.landscape.Margins;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.SupervisedObjective;
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

    /**
     * The table's λ₁, λ₂ (Lanczos on Hessian-vector products) equal the two largest eigenvalues of the
     * dense Hessian at the same checkpoint (LAPACK), and its margin min and mean equal y·f(x) recomputed
     * from the model's outputs: these can fail if a row is measured at the wrong θ or a solver is off.
     */
    private void checkAgainstDirectComputation(String optimizer, Table rows) {
        Dataset train = SgdFlatnessExperiment.data(params, 3, false);
        SupervisedObjective objective = new SupervisedObjective(SgdFlatnessExperiment.model(params), Loss.logistic(), train);
        List<SgdFlatnessExperiment.Checkpoint> checkpoints = SgdFlatnessExperiment.train(params, optimizer, 3);
        for (int r = 0; r < rows.rowCount(); r++) {
            double[] theta = checkpoints.get(r).theta();
            double[] eigen = DenseSpectrum.hessianEigenvalues(objective, theta);
            double top = eigen[eigen.length - 1];
            String where = optimizer + " row " + r;
            assertEquals(top, rows.doubleColumn("sharpness").getDouble(r), 1e-6 * Math.abs(top), where + ": λ₁");
            assertEquals(eigen[eigen.length - 2], rows.doubleColumn("lambda_2").getDouble(r), 1e-6 * Math.abs(top), where + ": λ₂");
            double[] f = Margins.outputs(objective.model(), theta, train.x(), train.size());
            double min = Double.POSITIVE_INFINITY;
            double mean = 0;
            for (int i = 0; i < f.length; i++) {
                min = Math.min(min, train.y()[i] * f[i]);
                mean += train.y()[i] * f[i] / f.length;
            }
            assertEquals(min, rows.doubleColumn("margin_min").getDouble(r), 1e-12 * (1 + Math.abs(min)), where + ": min margin");
            assertEquals(mean, rows.doubleColumn("margin_mean").getDouble(r), 1e-12 * (1 + Math.abs(mean)), where + ": mean margin");
        }
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
                assertTrue(rows.doubleColumn("trace").getDouble(r) > sharpness - 4 * rows.doubleColumn("trace_se").getDouble(r),
                        where + ": tr H ≥ λ_max within the estimate's error");
            }
            checkAgainstDirectComputation(optimizer, rows);
            assertEquals(rows.toString(), experiment.runPoint(params, Map.of("optimizer", optimizer, "seed", 3L)).toString(),
                    "same seed, same numbers");
        }
    }
}
