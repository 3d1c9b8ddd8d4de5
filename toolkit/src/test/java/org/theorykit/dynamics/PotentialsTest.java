package org.theorykit.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The presets' gradients against central finite differences of their values, and the stated
 * minima, curvatures, barriers and Hessian determinants against the functions themselves.
 */
class PotentialsTest {

    private static final double H = 1e-6;

    private static void assertGradient(Potential1D u, double from, double to) {
        for (int i = 0; i <= 200; i++) {
            double x = from + (to - from) * i / 200;
            double difference = (u.at(x + H) - u.at(x - H)) / (2 * H);
            assertEquals(difference, u.slope(x), 1e-6 * Math.max(1, Math.abs(difference)), "U'(" + x + ") of " + u);
        }
    }

    @Test
    void oneDimensionalPresetsHaveConsistentGradients() {
        DoubleWell equal = Potentials.equalWells(1, 9, 1);
        assertGradient(equal.potential(), -4, 4);
        assertGradient(Potentials.asymmetricWells(2, 1, 1.5).potential(), -4, 4);
        assertGradient(Potentials.rugged(equal, 0.05, 25).potential(), -4, 4);
        assertGradient(Potentials.quadratic(3), -4, 4);
        assertGradient(FiniteSum1D.shiftedCopies(equal.potential(), -0.2, 0.1, 0.3).asPotential(), -4, 4);
    }

    @Test
    void twoDimensionalPresetHasAConsistentGradient() {
        Potential u = Potentials.twoWells2D(1, 4, 1, 1, 9).potential();
        for (int i = 0; i <= 30; i++) {
            double[] p = {-3 + 6.0 * i / 30, Math.sin(i)};
            double[] g = u.gradientAt(p);
            assertEquals((u.at(p[0] + H, p[1]) - u.at(p[0] - H, p[1])) / (2 * H), g[0], 1e-6 * Math.max(1, Math.abs(g[0])));
            assertEquals((u.at(p[0], p[1] + H) - u.at(p[0], p[1] - H)) / (2 * H), g[1], 1e-6 * Math.max(1, Math.abs(g[1])));
        }
    }

    @Test
    void equalWellsHaveTheStatedMinimaCurvaturesAndBarrier() {
        DoubleWell wells = Potentials.equalWells(2, 18, 0.7);
        Potential1D u = wells.potential();
        for (int b = 0; b < 2; b++) {
            double x = wells.minima()[b];
            assertEquals(0, u.at(x), 1e-12);
            assertEquals(0, u.slope(x), 1e-12);
            assertEquals(wells.minimumCurvatures()[b], u.curvature(x), 1e-6);
            assertEquals(0.7, wells.barrier(b), 1e-12);
        }
        assertEquals(0, u.slope(wells.saddle()), 1e-12);
        assertEquals(0.7, u.at(wells.saddle()), 1e-12);
        assertEquals(-wells.saddleCurvatures()[0], u.curvature(wells.saddle()), 1e-6);
    }

    @Test
    void asymmetricWellsHaveTheStatedDepthsAndOneSidedSaddleCurvatures() {
        DoubleWell wells = Potentials.twoWells(3, 5, 1, 1.4);
        Potential1D u = wells.potential();
        assertEquals(-0.4, u.at(wells.minima()[1]), 1e-12);
        assertEquals(5, u.curvature(wells.minima()[1]), 1e-6);
        assertEquals(1.4, wells.barrier(1), 1e-12);
        assertEquals(-1.5, u.curvature(-1e-3), 1e-2);
        assertEquals(-2.5, u.curvature(1e-3), 1e-2);
    }

    @Test
    void twoDimensionalWellsHaveTheStatedHessianDeterminants() {
        DoubleWell2D wells = Potentials.twoWells2D(1, 4, 1, 1, 9);
        Potential u = wells.potential();
        for (int b = 0; b < 2; b++) {
            double[] m = wells.minima()[b];
            assertEquals(0, u.at(m), 1e-12);
            double h = 1e-4;
            double uxx = (u.at(m[0] + h, m[1]) - 2 * u.at(m) + u.at(m[0] - h, m[1])) / (h * h);
            double uyy = (u.at(m[0], m[1] + h) - 2 * u.at(m) + u.at(m[0], m[1] - h)) / (h * h);
            double uxy = (u.at(m[0] + h, m[1] + h) - u.at(m[0] + h, m[1] - h) - u.at(m[0] - h, m[1] + h)
                    + u.at(m[0] - h, m[1] - h)) / (4 * h * h);
            assertEquals(wells.hessianDeterminants()[b], uxx * uyy - uxy * uxy, 1e-4 * wells.hessianDeterminants()[b]);
        }
        assertEquals(1, u.at(wells.profile().saddle(), 0), 1e-12);
    }
}
