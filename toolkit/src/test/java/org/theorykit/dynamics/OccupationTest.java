package org.theorykit.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The long-run fraction of independent particles in the flat well matches the Boltzmann mass from
 * quadrature. The particles start at the two minima in the Laplace proportions (√k ratio), which
 * differ from the exact masses by 7 standard errors in 1-D (T = 0.5) and 4 in 2-D (T = 0.7), and run
 * for 5 Kramers relaxation times 1/(r₀ + r₁) in 1-D and 60 time units (≈ 5 observed e-folds) in 2-D. The final basin indicators are N independent Bernoulli(p) draws, so
 * the standard error is √(p(1 − p)/N); the test allows 4 standard errors (two-sided false-alarm rate
 * 6e-5 per assertion) plus the stated quadrature error. dt is small enough that the Euler–Maruyama bias
 * on the mass (≈ p(1 − p)·(k_sharp − k_flat)·dt/4) stays below a third of a standard error.
 */
class OccupationTest {

    private static double[][] laplaceStart(double[] left, double[] right, int particles, double leftFraction) {
        int onLeft = (int) Math.round(particles * leftFraction);
        double[][] positions = new double[left.length][particles];
        for (int j = 0; j < left.length; j++) {
            for (int i = 0; i < particles; i++) {
                positions[j][i] = i < onLeft ? left[j] : right[j];
            }
        }
        return positions;
    }

    private static void assertMatches(LangevinRun run, double exact, double quadratureError, double laplace) {
        double occupation = run.finalOccupation(0);
        double se = run.finalOccupationStandardError(0);
        String numbers = String.format("occupation %.4f ± %.4f, Boltzmann %.4f, Laplace %.4f", occupation, se, exact, laplace);
        assertTrue(Math.abs(occupation - exact) <= 4 * se + quadratureError, numbers);
        assertTrue(Math.abs(exact - laplace) > 2 * se, "the start must be detectably off equilibrium: " + numbers);
    }

    @Test
    void oneDimensionalOccupationMatchesTheBoltzmannMass() {
        DoubleWell wells = Potentials.equalWells(1, 9, 1);
        double t = 0.5;
        int particles = 10_000;
        BasinMasses exact = Boltzmann.masses(wells, t);
        double laplace = wells.laplaceLeftMass(t);
        double relaxation = 1 / (wells.kramersRate(0, t) + wells.kramersRate(1, t));
        double dt = 0.0025;
        LangevinRun run = Langevin.of(wells.potential()).temperature(t).timeStep(dt).seed(21)
                .startAt(laplaceStart(new double[] {wells.minima()[0]}, new double[] {wells.minima()[1]}, particles, laplace))
                .basins(wells.basins(), 2).recordEvery(1000).run((long) (5 * relaxation / dt));
        assertMatches(run, exact.mass(0), exact.errors()[0], laplace);
    }

    @Test
    void twoDimensionalOccupationMatchesTheBoltzmannMass() {
        DoubleWell2D wells = Potentials.twoWells2D(1, 4, 1, 1, 9);
        double t = 0.7;
        int particles = 4_000;
        BasinMasses exact = Boltzmann.masses(wells, t);
        double laplace = wells.laplaceLeftMass(t);
        double dt = 0.004;
        LangevinRun run = Langevin.of(wells.potential()).temperature(t).timeStep(dt).seed(22)
                .startAt(laplaceStart(wells.minima()[0], wells.minima()[1], particles, laplace))
                .basinsOfPoints(wells.basins(), 2).recordEvery(1000).run((long) (60 / dt));
        assertMatches(run, exact.mass(0), exact.errors()[0], laplace);
    }
}
