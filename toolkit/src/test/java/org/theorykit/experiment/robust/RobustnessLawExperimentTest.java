package org.theorykit.experiment.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.robust.BumpInterpolator;
import org.theorykit.robust.LawOfRobustness;
import tech.tablesaw.api.Table;

class RobustnessLawExperimentTest {

    private final RobustnessLawExperiment experiment = new RobustnessLawExperiment();

    @Test
    void widthsRunLogSpacedFromTwiceNOverDToFiftyN() {
        assertEquals(List.of(20, 80, 316, 1257, 5000), RobustnessLawExperiment.widths(100, 10, 5, 2, 50));
        assertEquals(List.of(3), RobustnessLawExperiment.widths(10, 10, 1, 2, 0.3));
        assertEquals(List.of(1, 2), RobustnessLawExperiment.widths(4, 40, 3, 2, 0.5));
    }

    @Test
    void registeredWithOnePointPerWidthAndTwoBumpsPerDimensionAndSeed() {
        assertEquals(experiment.name(), Experiments.get("robustness-law").name());
        Params params = Params.resolve(experiment, Scale.LECTURE, Map.of());
        List<Map<String, Object>> points = experiment.points(params);
        assertEquals(3 * 2 * (5 + 2), points.size());
        assertEquals(3 * 2, points.stream().filter(p -> p.get("model").equals("bump")).count());
        assertEquals(3 * 2, points.stream().filter(p -> p.get("model").equals("bump_smooth")).count());
    }

    @Test
    void shallowRowInterpolatesAndItsMeasuredBoundsAreConsistent() {
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("n", 20, "samples", 50, "ascent_steps", 5));
        Table row = experiment.runPoint(params, Map.of("d", 10, "seed", 3L, "model", "shallow", "k", 200));
        assertEquals("interpolated", row.stringColumn("status").get(0));
        double lower = row.doubleColumn("lip_lower").get(0);
        double upper = row.doubleColumn("lip_upper").get(0);
        assertTrue(lower <= upper, lower + " > " + upper);
        assertTrue(row.doubleColumn("margin_min").get(0) >= 0.9);
        // any f with y_i f(x_i) ≥ 0.9 has |f(x_i) − f(x_j)| ≥ 0.9·|y_i − y_j|, so the pair estimate ≥ 0.9·floor
        assertTrue(row.doubleColumn("lip_pairs").get(0) >= row.doubleColumn("margin_floor").get(0) * (1 - 1e-12));
        assertEquals(200 * 12, row.doubleColumn("p").get(0));
        assertEquals(LawOfRobustness.informal(20, 10, 2400), row.doubleColumn("law_informal").get(0), 1e-12);
        double flip = row.doubleColumn("flip_median").get(0);
        assertTrue(flip >= 0.9 / upper * (1 - 1e-9), "a flip needs |f| / Lip distance at least");
    }

    @Test
    void bumpRowsAreExactWithTheAnalyticConstants() {
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("n", 20, "samples", 50));
        Table tent = experiment.runPoint(params, Map.of("d", 10, "seed", 3L, "model", "bump", "k", 0));
        Table smooth = experiment.runPoint(params, Map.of("d", 10, "seed", 3L, "model", "bump_smooth", "k", 0));
        for (Table row : List.of(tent, smooth)) {
            assertEquals("exact", row.stringColumn("status").get(0));
            assertEquals(0.0, row.doubleColumn("train_mse").get(0), 0.0);
            assertEquals(1.0, row.doubleColumn("margin_min").get(0), 0.0);
            assertTrue(row.doubleColumn("lip_lower").get(0) <= row.doubleColumn("lip_upper").get(0) * (1 + 1e-9));
            assertEquals(20.0 * 11, row.doubleColumn("p").get(0));
        }
        // the tent attains the data floor exactly; the C^∞ profile pays Lip(φ) ≈ 2.17 on the same radius
        assertEquals(tent.doubleColumn("floor").get(0), tent.doubleColumn("lip_upper").get(0), 1e-12);
        double radius = smooth.doubleColumn("bump_radius").get(0);
        assertEquals(BumpInterpolator.Profile.SMOOTH.lipschitz() / radius, smooth.doubleColumn("lip_upper").get(0), 1e-12);
    }

    @Test
    void unknownDistributionIsNamed() {
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("distribution", "cube"));
        String message = assertThrows(IllegalArgumentException.class, () -> experiment.points(params)).getMessage();
        assertEquals("parameter 'distribution' must be sphere or gaussian, got 'cube'", message);
    }

    @Test
    void gaussianInputsRunInABall() {
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("n", 15, "distribution", "gaussian",
                "samples", 20, "ascent_steps", 3));
        Table row = experiment.runPoint(params, Map.of("d", 10, "seed", 1L, "model", "shallow", "k", 100));
        assertTrue(row.stringColumn("domain").get(0).startsWith("ball of radius"));
        assertEquals(LawOfRobustness.GAUSSIAN_ISOPERIMETRY, row.doubleColumn("theorem3_c").get(0));
    }
}
