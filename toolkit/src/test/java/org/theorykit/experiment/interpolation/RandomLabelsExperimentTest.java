package org.theorykit.experiment.interpolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

class RandomLabelsExperimentTest {

    @Test
    void pointsAreSeedTimesWidthTimesCorruption() {
        RandomLabelsExperiment experiment = new RandomLabelsExperiment();
        Params params = Params.resolve(experiment, Scale.SMOKE,
                Map.of("hidden", List.of(4, 16), "corruption", List.of(0.0, 0.5, 1.0), "seeds", 2));
        List<Map<String, Object>> points = experiment.points(params);
        assertEquals(12, points.size());
        assertEquals(Map.of("seed", 2L, "hidden", 16, "corruption", 1.0), points.get(11));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> experiment.points(
                Params.resolve(experiment, Scale.SMOKE, Map.of("corruption", List.of(0.5, 1.5)))));
        assertTrue(e.getMessage().contains("'corruption'"), e.getMessage());
    }

    @Test
    void changedFractionCountsDifferingLabels() {
        assertEquals(0.5, RandomLabelsExperiment.changedFraction(new int[] {1, 2, 3, 4}, new int[] {1, 0, 3, 0}));
    }

    @Test
    void summaryFindsTheFirstFitAndTheBestTestedEpoch() {
        Table perEpoch = Table.create("t",
                LongColumn.create("seed", 1, 1, 1, 1, 1, 1),
                IntColumn.create("hidden", 8, 8, 8, 64, 64, 64),
                DoubleColumn.create("corruption", 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),
                IntColumn.create("epoch", 1, 2, 3, 1, 2, 3),
                DoubleColumn.create("train_error", 0.5, 0.4, 0.3, 0.2, 0.0, 0.0),
                DoubleColumn.create("test_error", Double.NaN, 0.3, 0.35, 0.4, Double.NaN, 0.45));
        Table summary = RandomLabelsExperiment.summary(perEpoch);
        assertEquals(2, summary.rowCount());
        assertTrue(summary.intColumn("epochs_to_fit").isMissing(0), "the small net never fits");
        assertEquals(2, summary.intColumn("epochs_to_fit").getInt(1));
        assertArrayEquals(new int[] {3, 3}, summary.intColumn("epochs_trained").asIntArray());
        assertArrayEquals(new double[] {0.3, 0.0}, summary.doubleColumn("final_train_error").asDoubleArray());
        assertArrayEquals(new double[] {0.35, 0.45}, summary.doubleColumn("final_test_error").asDoubleArray());
        assertArrayEquals(new double[] {0.3, 0.4}, summary.doubleColumn("best_test_error").asDoubleArray());
        assertArrayEquals(new int[] {2, 1}, summary.intColumn("best_epoch").asIntArray());

        double[][] curve = RandomLabelsExperiment.curve(perEpoch, 8, 0.5, "test_error");
        assertArrayEquals(new double[] {2, 3}, curve[0], "the untested epoch 1 is skipped");
        assertArrayEquals(new double[] {0.3, 0.35}, curve[1]);
        assertThrows(IllegalArgumentException.class, () -> RandomLabelsExperiment.curve(perEpoch, 8, 0.2, "test_error"));
    }
}
