package org.theorykit.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Workspace;
import org.theorykit.landscape.CriticalPointSearch;
import org.theorykit.linalg.SymmetricEigen;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.experiment.Scale;
import tech.tablesaw.api.Table;

/**
 * Spearman's ρ on known cases; one implicit-bias point per loss at a small size: the angle to the SVM
 * falls; a critical-points point: accepted rows are critical points under the stated tolerance (one
 * re-checked from scratch), indices in [0, 1], rejected rows counted; a width-at-fixed-data sweep on
 * MNIST: the promised columns, and the widest net interpolates.
 */
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

    @Test
    void criticalPointRowsAreCriticalPointsUnderTheToleranceAndRejectedOnesAreCounted() {
        CriticalPointsExperiment experiment = new CriticalPointsExperiment();
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("starts", 8));
        Table rows = experiment.runPoint(params, Map.of("seed", 1L));
        double tolerance = params.getDouble("gradientTolerance");
        assertEquals(8, rows.rowCount());
        int accepted = 0;
        for (int i = 0; i < rows.rowCount(); i++) {
            boolean ok = rows.intColumn("accepted").getInt(i) == 1;
            double gradient = rows.doubleColumn("gradient_norm").getDouble(i);
            double index = rows.doubleColumn("index").getDouble(i);
            assertEquals(ok, gradient <= tolerance, "accepted iff ‖∇L‖ = " + gradient + " ≤ " + tolerance);
            assertTrue(ok ? index >= 0 && index <= 1 : Double.isNaN(index), "index " + index + " of row " + i);
            accepted += ok ? 1 : 0;
        }
        assertTrue(accepted >= 1, "some start reaches a critical point: " + accepted + " of 8");
        int row = java.util.stream.IntStream.range(0, 8).filter(i -> rows.intColumn("accepted").getInt(i) == 1).findFirst().orElseThrow();
        SupervisedObjective objective = CriticalPointsExperiment.objective(params);
        CriticalPointSearch.Point point = CriticalPointSearch.search(objective, CriticalPointsExperiment.start(params, objective, 1L,
                rows.intColumn("start").getInt(row)), new CriticalPointSearch.Settings(params.getInt("maxIterations"), tolerance,
                params.getDouble("eigenTolerance")));
        double[] g = new double[objective.parameterCount()];
        objective.lossAndGradient(point.theta(), g);
        double norm = Math.sqrt(java.util.Arrays.stream(g).map(v -> v * v).sum());
        assertTrue(norm <= tolerance, "‖∇L‖ recomputed at the point: " + norm);
        double[] eigenvalues = SymmetricEigen.of(objective.hessian(point.theta()), "h").values();
        double scale = Math.max(Math.abs(eigenvalues[0]), Math.abs(eigenvalues[eigenvalues.length - 1]));
        long negative = java.util.Arrays.stream(eigenvalues).filter(v -> v < -params.getDouble("eigenTolerance") * scale).count();
        assertEquals(negative / (double) eigenvalues.length, rows.doubleColumn("index").getDouble(row), 1e-12);
    }

    @Test
    void widthAtFixedDataRowsHaveThePromisedColumnsAndTheWidestNetInterpolates() {
        assumeTrue(java.nio.file.Files.isDirectory(Workspace.dataDirectory().resolve("mnist")),
                "MNIST is brought in by ./theorykit setup");
        WidthAtFixedDataExperiment experiment = new WidthAtFixedDataExperiment();
        // 60 epochs: trained to a training loss ≈ 0.04 (seeds 1-4); at 30 it is still ≈ 0.2 and 1-2 of the 100 are missed
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("n", 100, "test", 300, "epochs", 60));
        Table small = experiment.runPoint(params, Map.of("seed", 1L, "width", 2));
        Table wide = experiment.runPoint(params, Map.of("seed", 1L, "width", 64));
        assertEquals(java.util.List.of("parameters", "train_error", "test_error", "train_loss", "test_loss",
                "test_margin_mean", "logit_scale"), wide.columnNames());   // p: input weights, hidden biases, output weights
        assertEquals(784 * 64 + 64 + 64 * 10, wide.intColumn("parameters").getInt(0));
        assertEquals(0, wide.doubleColumn("train_error").getDouble(0), "width 64 interpolates 100 images");
        assertTrue(small.doubleColumn("train_error").getDouble(0) > 0, "width 2 does not");
        double testError = wide.doubleColumn("test_error").getDouble(0);
        assertTrue(testError > 0 && testError < 0.5, "test error of the interpolating net " + testError);
    }
}
