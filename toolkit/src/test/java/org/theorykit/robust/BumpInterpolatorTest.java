package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.BadInput.assertMessage;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.theorykit.data.Samplers;
import org.theorykit.robust.BumpInterpolator.Profile;

class BumpInterpolatorTest {

    static double[] labels(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextBoolean() ? 1 : -1;
        }
        return y;
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void profileLipschitzConstantMatchesAScanOfDifferenceQuotients(Profile profile) {
        double best = 0;
        double h = 1e-6;
        for (double t = 0; t < 1; t += 1e-5) {
            best = Math.max(best, Math.abs(profile.value(t + h) - profile.value(t)) / h);
        }
        assertEquals(best, profile.lipschitz(), 1e-5);
        assertEquals(profile == Profile.TENT ? 1.0 : 2.17036, profile.lipschitz(), 1e-5);
        assertEquals(1.0, profile.value(0));
        assertEquals(0.0, profile.value(1));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void interpolatesExactlyWithGradientMatchingFiniteDifferences(Profile profile) {
        double[][] x = Samplers.sphere(5).sample(60, 3);
        double[] y = labels(60, 4);
        BumpInterpolator f = BumpInterpolator.fit(x, y, profile);
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], f.value(x[i]), 0.0);
        }
        assertEquals(60L * 6, f.parameterCount());
        Random random = new Random(5);
        double[] g = new double[5];
        int compared = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[] z = x[trial % x.length].clone();
            for (int k = 0; k < 5; k++) {
                z[k] += 0.7 * f.radius() * random.nextGaussian() / Math.sqrt(5);
            }
            double[] other = new double[5];
            f.valueAndGradient(z, g);
            double step = 1e-6;
            boolean smoothHere = true;                      // skip points within a step of a kink of max or tent
            for (int k = 0; k < 5 && smoothHere; k++) {
                double[] plus = z.clone();
                plus[k] += 2 * step;
                f.valueAndGradient(plus, other);
                smoothHere = Math.abs(other[k] - g[k]) < 1e-3 * Math.max(1, Math.abs(g[k]));
            }
            if (!smoothHere) {
                continue;
            }
            compared++;
            for (int k = 0; k < 5; k++) {
                double[] plus = z.clone();
                double[] minus = z.clone();
                plus[k] += step;
                minus[k] -= step;
                assertEquals((f.value(plus) - f.value(minus)) / (2 * step), g[k], 1e-6 * Math.max(1, Math.abs(g[k])));
            }
        }
        assertTrue(compared >= 150, "compared " + compared + " of 200 points");
    }

    @Test
    void tentOnPlusMinusOneLabelsAttainsTheDataFloor() {
        for (long seed = 1; seed <= 3; seed++) {
            double[][] x = Samplers.sphere(8).sample(80, seed);
            double[] y = labels(80, seed + 10);
            BumpInterpolator tent = BumpInterpolator.fit(x, y, Profile.TENT);
            double floor = LawOfRobustness.dataFloor(x, y).value();
            assertEquals(floor, tent.lipschitzConstant(), 1e-12 * floor);
            BumpInterpolator smooth = BumpInterpolator.fit(x, y, Profile.SMOOTH);
            assertEquals(Profile.SMOOTH.lipschitz() * floor, smooth.lipschitzConstant(), 1e-9 * floor);
        }
    }

    @Test
    void sameLabelNeighboursMayShareBallsAndStillInterpolate() {
        double[][] x = {{0, 0}, {0.1, 0}, {1, 0}, {1.05, 0.05}};
        double[] y = {1, 1, -1, -1};
        for (Profile profile : Profile.values()) {
            BumpInterpolator f = BumpInterpolator.fit(x, y, profile);
            assertEquals(0.45, f.radius(), 1e-12);                   // half of the closest different-label pair, 0.9
            for (int i = 0; i < x.length; i++) {
                assertEquals(y[i], f.value(x[i]), 0.0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void bracketContainsTheAnalyticConstantAndTheAscentFindsIt(Profile profile) {
        int d = 3;
        double[][] x = Samplers.sphere(d).sample(30, 8);
        double[] y = labels(30, 9);
        BumpInterpolator f = BumpInterpolator.fit(x, y, profile);
        LipschitzBracket b = LipschitzEstimator.defaults(Samplers.sphere(d), InputDomain.wholeSpace())
                .withAscent(5, 200, 0.3 * f.radius())
                .bracket(f, x, List.of(f.lipschitzCertificate()));
        double exact = f.lipschitzConstant();
        assertEquals(exact, b.upper(), 0.0);
        assertTrue(b.lower() <= exact * (1 + 1e-9), b.toString());
        assertTrue(b.lower() >= 0.95 * exact, b + " vs " + exact);
        assertEquals(profile.lipschitz() / f.radius(), exact, 1e-12);
    }

    @Test
    void badInputsNameTheParameter() {
        double[][] x = {{0, 0}, {1, 0}};
        double[] y = {1, -1};
        assertMessage("radius", () -> BumpInterpolator.fit(x, y, Profile.TENT, 0.6));
        assertMessage("radius", () -> BumpInterpolator.fit(x, y, Profile.TENT, 0));
        assertMessage("profile", () -> BumpInterpolator.fit(x, y, null, 0.5));
        assertMessage("distinct", () -> BumpInterpolator.fit(new double[][] {{0}, {0}}, y, Profile.TENT));
        assertMessage("rows", () -> BumpInterpolator.fit(x, new double[] {1}, Profile.TENT));
        assertMessage("y[0]", () -> BumpInterpolator.fit(x, new double[] {Double.NaN, 1}, Profile.TENT));
        assertMessage("single label", () -> BumpInterpolator.fit(x, new double[] {1, 1}, Profile.TENT));
    }
}
