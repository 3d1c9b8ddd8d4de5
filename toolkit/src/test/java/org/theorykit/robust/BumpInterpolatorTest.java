package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.theorykit.data.Samplers;

class BumpInterpolatorTest {

    static double[] labels(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextBoolean() ? 1 : -1;
        }
        return y;
    }

    @Test
    void bumpLipschitzConstantMatchesAScanOfDifferenceQuotients() {
        double best = 0;
        double h = 1e-6;
        for (double t = 0; t < 1; t += 1e-5) {
            best = Math.max(best, Math.abs(BumpInterpolator.bump(t + h) - BumpInterpolator.bump(t)) / h);
        }
        assertEquals(best, BumpInterpolator.BUMP_LIPSCHITZ, 1e-5);
        assertEquals(2.17036, BumpInterpolator.BUMP_LIPSCHITZ, 1e-5);
        assertEquals(1.0, BumpInterpolator.bump(0));
        assertEquals(0.0, BumpInterpolator.bump(1));
    }

    @Test
    void interpolatesExactlyWithGradientMatchingFiniteDifferences() {
        double[][] x = Samplers.sphere(5).sample(60, 3);
        double[] y = labels(60, 4);
        BumpInterpolator f = BumpInterpolator.fit(x, y);
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], f.value(x[i]), 0.0);
        }
        assertEquals(60L * 6, f.parameterCount());
        Random random = new Random(5);
        double[] g = new double[5];
        for (int trial = 0; trial < 50; trial++) {
            double[] z = x[trial].clone();
            for (int k = 0; k < 5; k++) {
                z[k] += 0.5 * f.radius() * random.nextGaussian() / Math.sqrt(5);
            }
            f.valueAndGradient(z, g);
            for (int k = 0; k < 5; k++) {
                double[] plus = z.clone();
                double[] minus = z.clone();
                plus[k] += 1e-6;
                minus[k] -= 1e-6;
                assertEquals((f.value(plus) - f.value(minus)) / 2e-6, g[k], 1e-6 * Math.max(1, Math.abs(g[k])));
            }
        }
    }

    @Test
    void bracketContainsTheAnalyticConstantAndTheAscentFindsIt() {
        int d = 3;
        double[][] x = Samplers.sphere(d).sample(30, 8);
        double[] y = labels(30, 9);
        BumpInterpolator f = BumpInterpolator.fit(x, y);
        LipschitzBracket b = LipschitzEstimator.defaults(Samplers.sphere(d), InputDomain.wholeSpace())
                .withAscent(5, 200, 0.3 * f.radius())
                .bracket(f, x, List.of(f.lipschitzCertificate()));
        double exact = f.lipschitzConstant();
        assertEquals(exact, b.upper(), 0.0);
        assertTrue(b.lower() <= exact * (1 + 1e-9), b.toString());
        assertTrue(b.lower() >= 0.95 * exact, b + " vs " + exact);
        assertEquals(BumpInterpolator.BUMP_LIPSCHITZ / f.radius(), exact, 1e-12);
    }

    @Test
    void badInputsNameTheParameter() {
        double[][] x = {{0, 0}, {1, 0}};
        double[] y = {1, -1};
        LawOfRobustnessTest.assertMessage("radius", () -> BumpInterpolator.fit(x, y, 0.6));
        LawOfRobustnessTest.assertMessage("radius", () -> BumpInterpolator.fit(x, y, 0));
        LawOfRobustnessTest.assertMessage("distinct", () -> BumpInterpolator.fit(new double[][] {{0}, {0}}, y));
        LawOfRobustnessTest.assertMessage("rows", () -> BumpInterpolator.fit(x, new double[] {1}));
        LawOfRobustnessTest.assertMessage("y[0]", () -> BumpInterpolator.fit(x, new double[] {Double.NaN, 1}));
    }
}
