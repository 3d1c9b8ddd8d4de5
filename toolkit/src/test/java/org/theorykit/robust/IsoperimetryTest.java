package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.theorykit.data.PointSampler;
import org.theorykit.data.Samplers;
import smile.math.special.Beta;
import tech.tablesaw.api.Table;
import smile.math.MathEx;

class IsoperimetryTest {

    private static final long[] SEEDS = {1, 2, 3};
    private static final int D = 100;

    /**
     * ⟨e1, x⟩ for x uniform on S^(d−1): ⟨e1, x⟩² ~ Beta(1/2, (d−1)/2), so P(|⟨e1, x⟩| ≥ t) = 1 − I_{t²}(1/2, (d−1)/2).
     * Each of the 5 comparisons fails with probability ≈ 5.7e-7 (|z| > 5, normal approximation of the
     * binomial count): a false alarm rate below 3e-6 for the test.
     */
    @Test
    void sphereTailMatchesTheExactBetaLaw() {
        int d = 20;
        int n = 20_000;
        double[][] x = Samplers.sphere(d).sample(n, 42);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = x[i][0];
        }
        ConcentrationTail tail = ConcentrationTail.about(values, 0);
        for (double t : new double[] {0.1, 0.2, 0.3, 0.4, 0.5}) {
            double exact = 1 - Beta.regularizedIncompleteBetaFunction(0.5, (d - 1) / 2.0, t * t);
            double sd = Math.sqrt(exact * (1 - exact) / n);
            assertEquals(exact, tail.tail(t), 5 * sd, "t = " + t);
        }
    }

    @Test
    void fittedConstantIsTheSmallestConsistentWithTheTail() {
        ConcentrationTail tail = ConcentrationTail.about(new double[] {0, 1, -2, 3}, 0);
        // deviations 3, 2, 1, 0 have tails 1/4, 2/4, 3/4, 1: c = max_k 2 t_k² / (2 ln(8/k)) = 9 / ln 8
        assertEquals(9 / Math.log(8), tail.fittedConstant(2, 1), 1e-12);
        assertEquals(4 / Math.log(4), tail.fittedConstant(2, 2), 1e-12);
        double c = tail.fittedConstant(2, 1);
        for (double t : new double[] {0.5, 1, 2, 3}) {
            assertTrue(tail.tail(t) <= ConcentrationTail.bound(t, 2, c) + 1e-12);
        }
        assertEquals(0.5, tail.tail(2));
        assertEquals(0.25, tail.tail(2.5));
    }

    /** Theorems: Gaussian N(0, I/d) has c = 1, the sphere d/(d−2) (Bakry–Émery), the cube 6/π; the fit must not exceed them. */
    @Test
    void gaussianSphereAndCubeAreIsoperimetricWithConstantOrderOne() {
        for (long seed : SEEDS) {
            check(Samplers.gaussian(D), LawOfRobustness.GAUSSIAN_ISOPERIMETRY, seed);
            check(Samplers.sphere(D), LawOfRobustness.sphereIsoperimetry(D), seed);
            check(Samplers.cube(D), LawOfRobustness.CUBE_ISOPERIMETRY, seed);
        }
    }

    private static void check(PointSampler law, double theorem, long seed) {
        IsoperimetryResult r = Isoperimetry.check(law, Isoperimetry.Settings.defaults().withSeed(seed));
        String where = law.name() + ", seed " + seed + ": " + r.summary();
        assertTrue(r.constant() <= theorem, where);
        // linear functionals are the tight case: their fitted c is a sizeable fraction of 1
        assertTrue(r.constant(TestFunctionFamily.LINEAR) >= 0.5, where);
    }

    /** N(0, I/m) on an m-subspace is N(0, I/m) in m dimensions, so against the Gaussian of R^d the effective dimension is m. */
    @Test
    void subspaceDataHasEffectiveDimensionM() {
        for (long seed : SEEDS) {
            IsoperimetryResult gaussian = Isoperimetry.check(Samplers.gaussian(D), Isoperimetry.Settings.defaults().withSeed(seed));
            for (int m : new int[] {5, 20}) {
                IsoperimetryResult r = Isoperimetry.check(Samplers.linearSubspace(D, m, seed), Isoperimetry.Settings.defaults().withSeed(seed));
                assertEquals(m, r.effectiveDimension(gaussian), 0.15 * m, r.law() + ", seed " + seed);
                assertTrue(r.constant() > 0.5 * D / m, "c grows like d/m: " + r.constant());
                assertTrue(r.constant() <= LawOfRobustness.subspaceIsoperimetry(D, m), "theorem c = d/m: " + r.constant());
            }
        }
    }

    @Test
    void constantGrowsLinearlyInTheAmbientDimensionAtFixedM() {
        for (long seed : SEEDS) {
            double small = Isoperimetry.check(Samplers.linearSubspace(50, 5, seed), Isoperimetry.Settings.defaults().withSeed(seed)).constant();
            double large = Isoperimetry.check(Samplers.linearSubspace(200, 5, seed + 100),
                    Isoperimetry.Settings.defaults().withSeed(seed + 100)).constant();
            assertEquals(4, large / small, 0.8, "c(d=200)/c(d=50), seed " + seed);
        }
    }

    @Test
    void everyTestFunctionIsAtMostOneLipschitz() {
        double[][] reference = Samplers.embeddedSphere(30, 4, 1).sample(200, 1);
        double[][] probe = Samplers.gaussian(30).sample(400, 2);
        SplittableRandom random = new SplittableRandom(3);
        for (TestFunctionFamily family : TestFunctionFamily.values()) {
            for (int f = 0; f < 10; f++) {
                ToDoubleFunction<double[]> fn = family.draw(reference, random);
                double worst = 0;
                for (int i = 0; i + 1 < probe.length; i += 2) {
                    double[] x = probe[i];
                    double[] y = probe[i + 1];
                    // nearby pairs too: y' = x + small step
                    double[] near = x.clone();
                    near[i % 30] += 1e-3;
                    worst = Math.max(worst, Math.abs(fn.applyAsDouble(x) - fn.applyAsDouble(y)) / MathEx.distance(x, y));
                    worst = Math.max(worst, Math.abs(fn.applyAsDouble(x) - fn.applyAsDouble(near)) / 1e-3);
                }
                assertTrue(worst <= 1 + 1e-9, family + " ratio " + worst);
                if (family == TestFunctionFamily.LINEAR) {
                    // a linear f has gradient g_j = f(x + e_j) − f(x); its Lipschitz constant ‖g‖ must be exactly 1
                    double norm2 = 0;
                    for (int j = 0; j < 30; j++) {
                        double[] step = probe[0].clone();
                        step[j] += 1;
                        double g = fn.applyAsDouble(step) - fn.applyAsDouble(probe[0]);
                        norm2 += g * g;
                    }
                    assertEquals(1, Math.sqrt(norm2), 1e-9);
                }
            }
        }
    }

    @Test
    void tablesAndPlotHaveTheAdvertisedShape() {
        IsoperimetryResult r = Isoperimetry.check(Samplers.gaussian(20), new Isoperimetry.Settings(500, 3, 50, 5, 1));
        assertEquals(9, r.functions().rowCount());
        Table summary = r.summary();
        assertEquals(3, summary.rowCount());
        Table tails = r.tails(TestFunctionFamily.LINEAR, 30);
        assertEquals(30, tails.rowCount());
        assertEquals(1.0, tails.doubleColumn("empirical_tail").get(0));
        assertEquals(2.0, tails.doubleColumn("bound").get(0));
        assertEquals(5, org.theorykit.experiment.robust.RobustnessCharts.concentration(r).getSeriesMap().size());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Isoperimetry.Settings(10, 1, 10, 11, 1));
        assertThrows(IllegalArgumentException.class, () -> new Isoperimetry.Settings(1, 1, 10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Isoperimetry.Settings(10, 0, 10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Isoperimetry.check(null, Isoperimetry.Settings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> ConcentrationTail.of(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> ConcentrationTail.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> ConcentrationTail.of(new double[] {1, 2}).fittedConstant(2, 3));
        IsoperimetryResult small = Isoperimetry.check(Samplers.gaussian(5), new Isoperimetry.Settings(50, 1, 10, 1, 1));
        IsoperimetryResult other = Isoperimetry.check(Samplers.gaussian(6), new Isoperimetry.Settings(50, 1, 10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> small.effectiveDimension(other));
    }

}
