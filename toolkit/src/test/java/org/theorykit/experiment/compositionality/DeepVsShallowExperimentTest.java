package org.theorykit.experiment.compositionality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theorykit.compositionality.Theorems;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import tech.tablesaw.api.Table;

class DeepVsShallowExperimentTest {

    @Test
    void registeredWithOnePointPerBudgetArchitectureAndSeed() {
        var e = Experiments.get(DeepVsShallowExperiment.NAME);
        Params p = Params.resolve(e, Scale.SMOKE, Map.of("budgets", List.of(100, 400), "archs", "tree,shallow", "seeds", 3));
        assertEquals(12, e.points(p).size());
        assertThrows(IllegalArgumentException.class,
                () -> e.points(Params.resolve(e, Scale.SMOKE, Map.of("archs", "tree,cnn"))));
        assertThrows(IllegalArgumentException.class,
                () -> e.points(Params.resolve(e, Scale.SMOKE, Map.of("target", "parity"))));
    }

    @Test
    void aPointTrainsAndReportsTheBestRunOfTheSearch() {
        var e = new DeepVsShallowExperiment();
        Params p = Params.resolve(e, Scale.SMOKE, Map.of("train", 300, "test", 300, "epochs", 3,
                "lrs", List.of(0.003, 0.01), "target", "relu", "levels", 2));
        Table t = e.runPoint(p, Map.of("budget", 240, "arch", "tree", "seed", 4L));
        assertEquals(1, t.rowCount());
        assertEquals(4 * 20 * 3, t.intColumn("params").getInt(0));
        double lr = t.doubleColumn("lr").getDouble(0);
        assertTrue(lr == 0.003 || lr == 0.01);
        double train = t.doubleColumn("train_mse").getDouble(0);
        double variance = t.doubleColumn("test_variance").getDouble(0);
        assertTrue(train > 0 && train < variance, train + " vs " + variance);
        assertTrue(t.doubleColumn("seconds").getDouble(0) > 0);
        Table again = e.runPoint(p, Map.of("budget", 240, "arch", "tree", "seed", 4L));
        assertEquals(train, again.doubleColumn("train_mse").getDouble(0), 0.0, "same seed, same numbers");
    }

    @Test
    void restartsOnlyAddRunsAndWideBudgetsTrainTwiceAsLong() {
        var e = new DeepVsShallowExperiment();
        Map<String, Object> common = Map.of("train", 300, "test", 300, "epochs", 3, "lrs", List.of(0.01),
                "target", "canonical", "levels", 2, "double_epochs_from", 200);
        Params one = Params.resolve(e, Scale.SMOKE, common);
        Map<String, Object> withTwo = new java.util.HashMap<>(common);
        withTwo.put("restarts", 2);
        Params two = Params.resolve(e, Scale.SMOKE, withTwo);
        int improved = 0;
        // If the second initialization were as likely as the first to be the better one, no improvement in
        // 8 seeds would have probability 2^-8 ≈ 0.4% (3 seeds gave 12.5%, too fragile for a change of seed streams)
        for (long seed = 1; seed <= 8; seed++) {
            Map<String, Object> point = Map.of("budget", 240, "arch", "tree", "seed", seed);
            Table a = e.runPoint(one, point);
            Table b = e.runPoint(two, point);
            assertEquals(6, a.intColumn("epochs").getInt(0), "budget 240 >= double_epochs_from 200: twice the epochs");
            double first = a.doubleColumn("train_mse").getDouble(0);
            double best = b.doubleColumn("train_mse").getDouble(0);
            assertTrue(best <= first, "the second initialization is tried in addition to the first: the best cannot get worse");
            improved += best < first ? 1 : 0;
        }
        assertTrue(improved > 0, "a second initialization changes the outcome for some seed");
        assertEquals(3, e.runPoint(one, Map.of("budget", 120, "arch", "tree", "seed", 2L)).intColumn("epochs").getInt(0));
        assertThrows(IllegalArgumentException.class,
                () -> e.points(Params.resolve(e, Scale.SMOKE, Map.of("biases", "random"))));
    }

    @Test
    void theoremUnitCounts() {
        assertEquals(1e4, Theorems.shallowUnits(8, 2, 0.1), 1e-6);
        assertEquals(70, Theorems.deepUnits(8, 2, 0.1), 1e-9);
        Table t = Theorems.unitCounts(new int[] {8, 16, 32}, new double[] {0.1, 0.01}, 2);
        assertEquals(6, t.rowCount());
        assertEquals(1e32 / (31 * 100.0), t.doubleColumn("shallow/deep").getDouble(5), 1e20);
        assertThrows(IllegalArgumentException.class, () -> Theorems.deepUnits(8, 2, 1.5));
    }
}
