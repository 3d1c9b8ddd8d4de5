package org.theorykit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import smile.math.MathEx;

class SamplersTest {

    @Test
    void sphereAndEmbeddedManifoldsHaveUnitNorm() {
        for (PointSampler law : new PointSampler[] {Samplers.sphere(7), Samplers.embeddedSphere(20, 3, 1), Samplers.torus(20, 4, 1)}) {
            for (double[] x : law.sample(200, 3)) {
                assertEquals(1, Math.sqrt(MathEx.dot(x, x)), 1e-12, law.name());
            }
        }
    }

    /** E‖x‖² = 1 for every law; over 4000 points the mean of ‖x‖² is within 6 standard errors (false alarm < 2e-9 each). */
    @Test
    void lawsHaveUnitMeanSquaredNorm() {
        int n = 4000;
        for (PointSampler law : new PointSampler[] {Samplers.gaussian(50), Samplers.cube(50), Samplers.linearSubspace(50, 5, 2)}) {
            double[][] x = law.sample(n, 4);
            double mean = 0;
            double square = 0;
            for (double[] row : x) {
                double r = MathEx.dot(row, row);
                mean += r;
                square += r * r;
            }
            mean /= n;
            double se = Math.sqrt((square / n - mean * mean) / n);
            assertEquals(1, mean, 6 * se, law.name());
        }
    }

    @Test
    void cubeCoordinatesStayInTheCube() {
        double a = Math.sqrt(3.0 / 12);
        for (double[] x : Samplers.cube(12).sample(500, 1)) {
            for (double v : x) {
                assertTrue(Math.abs(v) <= a);
            }
        }
    }

    @Test
    void subspacePointsLieInTheFrameSpan() {
        double[][] frame = Samplers.frame(30, 4, 9);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(i == j ? 1 : 0, MathEx.dot(frame[i], frame[j]), 1e-12);
            }
        }
        for (double[] x : Samplers.linearSubspace(30, 4, 9).sample(100, 1)) {
            double[] residual = x.clone();
            for (double[] axis : frame) {
                double c = MathEx.dot(axis, x);
                for (int k = 0; k < 30; k++) {
                    residual[k] -= c * axis[k];
                }
            }
            assertEquals(0, Math.sqrt(MathEx.dot(residual, residual)), 1e-12);
        }
    }

    @Test
    void sameSeedSamePointsAndSeedsDiffer() {
        PointSampler law = Samplers.swissRoll(10, 3);
        assertArrayEquals(law.sample(5, 1)[4], law.sample(5, 1)[4]);
        assertTrue(law.sample(5, 1)[0][0] != law.sample(5, 2)[0][0]);
        assertEquals(2, law.intrinsicDimension());
        assertEquals(10, law.ambientDimension());
    }

    /** Component counts are binomial(n, w); each is within 5.5 standard deviations (false alarm < 4e-8). */
    @Test
    void mixtureDrawsComponentsInProportion() {
        int n = 10_000;
        double[] shift = new double[5];
        shift[0] = 100;
        PointSampler mixture = Samplers.mixture(new double[] {1, 3}, Samplers.gaussian(5), Samplers.shifted(Samplers.gaussian(5), shift));
        int far = 0;
        for (double[] x : mixture.sample(n, 7)) {
            if (x[0] > 50) {
                far++;
            }
        }
        double sd = Math.sqrt(n * 0.75 * 0.25);
        assertEquals(0.75 * n, far, 5.5 * sd);
        assertEquals(5, mixture.intrinsicDimension());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Samplers.gaussian(0));
        assertThrows(IllegalArgumentException.class, () -> Samplers.sphere(1));
        assertThrows(IllegalArgumentException.class, () -> Samplers.linearSubspace(3, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> Samplers.embeddedSphere(3, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> Samplers.torus(5, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> Samplers.swissRoll(2, 1));
        assertThrows(IllegalArgumentException.class, () -> Samplers.gaussian(3).sample(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> Samplers.mixture(new double[] {1}, Samplers.gaussian(2), Samplers.gaussian(2)));
        assertThrows(IllegalArgumentException.class, () -> Samplers.mixture(new double[] {1, 1}, Samplers.gaussian(2), Samplers.gaussian(3)));
        assertThrows(IllegalArgumentException.class, () -> Samplers.mixture(new double[] {0, 0}, Samplers.gaussian(2), Samplers.gaussian(2)));
        assertThrows(IllegalArgumentException.class, () -> Samplers.mixture(new double[] {-1, 2}, Samplers.gaussian(2), Samplers.gaussian(2)));
        assertThrows(IllegalArgumentException.class, () -> Samplers.shifted(Samplers.gaussian(2), new double[3]));
    }

}
