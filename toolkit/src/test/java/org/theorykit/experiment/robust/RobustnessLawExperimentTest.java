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
        List<Double> none = List.of(2.0);
        assertEquals(List.of(20, 80, 316, 1257, 5000), RobustnessLawExperiment.widths(100, 10, 5, 2, 50, none));
        assertEquals(List.of(3), RobustnessLawExperiment.widths(10, 10, 1, 2, 0.3, List.of(2.5)));
        assertEquals(List.of(1, 2), RobustnessLawExperiment.widths(4, 40, 3, 2, 0.5, List.of(0.1)));
    }

    @Test
    void thresholdWidthsAreMergedWithoutRepeats() {
        List<Double> factors = List.of(0.5, 0.7, 1.0, 1.4);
        // n/d = 10: 5, 7, 10, 14 below the log grid's 20
        assertEquals(List.of(5, 7, 10, 14, 20, 80, 316, 1257, 5000),
                RobustnessLawExperiment.widths(100, 10, 5, 2, 50, factors));
        // n/d = 2.5: round(1.25) = 1, round(1.75) = 2, round(2.5) = 3, round(3.5) = 4, then ⌈5⌉ = 5
        assertEquals(List.of(1, 2, 3, 4, 5, 5000), RobustnessLawExperiment.widths(100, 40, 2, 2, 50, factors));
        // a factor landing on a log-grid width is not repeated; tiny factors give width 1
        assertEquals(List.of(1, 20, 5000), RobustnessLawExperiment.widths(100, 10, 2, 2, 50, List.of(2.0, 0.01)));
    }

    @Test
    void registeredWithOnePointPerWidthAndTwoBumpsPerDimensionAndSeed() {
        assertEquals(experiment.name(), Experiments.get("robustness-law").name());
        Params params = Params.resolve(experiment, Scale.LECTURE, Map.of());
        List<Map<String, Object>> points = experiment.points(params);
        // per d: 5 log-spaced widths, 4 threshold widths (all below the grid's 2n/d), two bumps
        assertEquals(3 * 2 * (5 + 4 + 2), points.size());
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
        assertEquals(row.doubleColumn("law_informal").get(0), row.doubleColumn("law_informal_intrinsic").get(0));
        assertEquals(10.0, row.doubleColumn("intrinsic_dim").get(0));
        assertEquals(LawOfRobustness.sphereIsoperimetry(10), row.doubleColumn("theorem3_c").get(0));
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
    void labelNoiseMixesCoinFlipsWithTheSignOfTheFirstCoordinate() {
        double[][] x = org.theorykit.data.Samplers.sphere(5).sample(4000, 1);
        double[] clean = RobustnessData.labels(x, 0, 2);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i][0] >= 0 ? 1 : -1, clean[i]);
        }
        // with noise q a label disagrees with sign(x_1) with probability q/2: q = 0.4 gives 0.2, SE 0.0063 at n = 4000
        double[] noisy = RobustnessData.labels(x, 0.4, 2);
        long disagree = java.util.stream.IntStream.range(0, x.length).filter(i -> noisy[i] != clean[i]).count();
        assertEquals(0.2, disagree / 4000.0, 5 * 0.0063);
    }

    @Test
    void badActivationAndNoiseAreNamed() {
        Params activation = Params.resolve(experiment, Scale.SMOKE, Map.of("activation", "swish"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> experiment.points(activation)).getMessage()
                .contains("activation = swish"));
        Params noise = Params.resolve(experiment, Scale.SMOKE, Map.of("label_noise", 1.5));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> experiment.points(noise)).getMessage()
                .contains("label_noise"));
    }

    @Test
    void unknownDistributionIsNamed() {
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("distribution", "cube"));
        String message = assertThrows(IllegalArgumentException.class, () -> experiment.points(params)).getMessage();
        assertEquals("parameter 'distribution' must be sphere, gaussian or subspace, got 'cube'", message);
    }

    @Test
    void gaussianInputsRunInABall() {
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("n", 15, "distribution", "gaussian",
                "samples", 20, "ascent_steps", 3));
        Table row = experiment.runPoint(params, Map.of("d", 10, "seed", 1L, "model", "shallow", "k", 100));
        assertTrue(row.stringColumn("domain").get(0).startsWith("ball of radius"));
        assertEquals(LawOfRobustness.GAUSSIAN_ISOPERIMETRY, row.doubleColumn("theorem3_c").get(0));
    }

    @Test
    void subspaceDataUseTheIntrinsicDimensionInTheLawAndDOverMInTheorem3() {
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("n", 20, "distribution", "subspace",
                "subspace_dim", 3, "samples", 20, "ascent_steps", 3));
        Table row = experiment.runPoint(params, Map.of("d", 12, "seed", 2L, "model", "shallow", "k", 60));
        double p = 60 * 14;
        assertEquals(p, row.doubleColumn("p").get(0));
        assertEquals(3.0, row.doubleColumn("intrinsic_dim").get(0));
        assertEquals(LawOfRobustness.informal(20, 12, 840), row.doubleColumn("law_informal").get(0), 1e-12);
        assertEquals(Math.sqrt(20 * 3 / p), row.doubleColumn("law_informal_intrinsic").get(0), 1e-12);
        assertEquals(4.0, row.doubleColumn("theorem3_c").get(0), 1e-12);
        assertTrue(row.stringColumn("domain").get(0).startsWith("ball of radius"));
        assertTrue(row.doubleColumn("lip_lower").get(0) <= row.doubleColumn("lip_upper").get(0));
    }

    @Test
    void subspaceInputsSpanMDimensionsAndSamplesShareTheirSubspace() {
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("distribution", "subspace", "subspace_dim", 3));
        var law = RobustnessData.covariates(params, 12, 5L).law();
        double[][] x = law.sample(30, 5L);
        double[][] fresh = RobustnessData.covariates(params, 12, 5L).law().sample(30, 99L);
        double[][] both = new double[60][];
        System.arraycopy(x, 0, both, 0, 30);
        System.arraycopy(fresh, 0, both, 30, 30);
        double[] singular = smile.math.matrix.Matrix.of(both).svd(false, false).s;
        assertTrue(singular[2] > 1e-3 * singular[0], "three directions: " + java.util.Arrays.toString(singular));
        assertTrue(singular[3] < 1e-10 * singular[0], "no fourth: " + java.util.Arrays.toString(singular));
        var other = RobustnessData.covariates(params, 12, 6L).law().sample(30, 5L);
        System.arraycopy(other, 0, both, 30, 30);
        assertTrue(smile.math.matrix.Matrix.of(both).svd(false, false).s[3] > 1e-3 * singular[0],
                "another data seed draws another subspace");
    }

    @Test
    void subspaceWidthsCentreOnNOverMAndTheDimensionIsValidated() {
        Params params = Params.resolve(experiment, Scale.LECTURE, Map.of("distribution", "subspace", "dims", List.of(40),
                "seeds", 1));
        List<Object> widths = experiment.points(params).stream().filter(p -> p.get("model").equals("shallow"))
                .map(p -> p.get("k")).toList();
        // n/m = 100/5 = 20: threshold widths 10, 14, 20, 28; the log grid 40·125^(i/4), i = 0..4
        assertEquals(List.of(10, 14, 20, 28, 40, 134, 447, 1495, 5000), widths);
        Params bad = Params.resolve(experiment, Scale.SMOKE, Map.of("distribution", "subspace", "subspace_dim", 10));
        String message = assertThrows(IllegalArgumentException.class, () -> experiment.points(bad)).getMessage();
        assertEquals("parameter 'subspace_dim' must be < every d in dims (1 <= m < d), got 10 with d = 10", message);
    }
}
