package org.theorykit.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import smile.stat.distribution.GaussianDistribution;

/**
 * Basin masses by quadrature against closed forms: Gaussian integrals in 1-D and 2-D (including a
 * shift of U by 1000 at T = 1e-3, where exp(−U/T) underflows unless the minimum is subtracted),
 * and the Laplace limits of {@link Kramers} approached as T → 0.
 */
class BoltzmannQuadratureTest {

    private static final GaussianDistribution PHI = GaussianDistribution.getInstance();

    @Test
    void gaussianWellHasTheClosedFormPartitionFunctionAndSplit() {
        double k = 3;
        double t = 0.7;
        double sigma = Math.sqrt(t / k);
        double cut = 0.4;
        BasinMasses masses = Boltzmann.masses(Potentials.quadratic(k), t, -12 * sigma, cut, 12 * sigma);
        assertEquals(Math.log(Math.sqrt(2 * Math.PI * t / k)), masses.logPartition(), 1e-9);
        assertEquals(PHI.cdf(cut / sigma), masses.mass(0), 1e-9);
        assertEquals(1 - PHI.cdf(cut / sigma), masses.mass(1), 1e-9);
        assertTrue(masses.errors()[0] < 1e-8 && masses.errors()[0] > 0, "stated error " + masses.errors()[0]);
    }

    @Test
    void lowTemperatureDoesNotUnderflowThanksToTheShift() {
        double k = 2;
        double t = 1e-3;
        Potential1D lifted = new Potential1D("x²+1000", x -> 0.5 * k * x * x + 1000, x -> k * x);
        BasinMasses masses = Boltzmann.masses(lifted, t, -1, 0, 1);
        assertEquals(-1000 / t + Math.log(Math.sqrt(2 * Math.PI * t / k)), masses.logPartition(), 1e-6);
        assertEquals(0.5, masses.mass(0), 1e-9);
    }

    @Test
    void correlatedGaussianIn2DHasTheClosedFormPartitionFunctionAndSplit() {
        double a = 2;
        double b = 1;
        double c = 0.6;
        double t = 0.5;
        double det = a * b - c * c;
        Potential u = new Potential("(a x² + 2c xy + b y²)/2", 2,
                p -> 0.5 * (a * p[0] * p[0] + 2 * c * p[0] * p[1] + b * p[1] * p[1]),
                (p, g) -> {
                    g[0] = a * p[0] + c * p[1];
                    g[1] = c * p[0] + b * p[1];
                });
        double sigmaX = Math.sqrt(t * b / det);
        double cut = -0.3;
        BasinMasses masses = Boltzmann.masses(u, t, new double[] {-8, cut, 8}, -10, 10);
        assertEquals(Math.log(2 * Math.PI * t / Math.sqrt(det)), masses.logPartition(), 1e-7);
        assertEquals(PHI.cdf(cut / sigmaX), masses.mass(0), 1e-8);
    }

    @Test
    void oneDimensionalMassRatioApproachesTheLaplaceLimitLinearlyInT() {
        DoubleWell wells = Potentials.equalWells(1, 9, 1);
        double limit = 3;
        double previousError = Double.POSITIVE_INFINITY;
        for (double t : new double[] {0.1, 0.03, 0.01, 0.003}) {
            BasinMasses masses = Boltzmann.masses(wells, t);
            double error = Math.abs(masses.mass(0) / masses.mass(1) / limit - 1);
            assertTrue(error < previousError, "relative error " + error + " at T = " + t + " did not shrink");
            assertTrue(error > 0.2 * t && error < 0.35 * t, "relative error " + error + " at T = " + t
                    + " is not ≈ 0.28·T (the first Laplace correction)");
            previousError = error;
        }
        assertTrue(previousError < 0.01);
        assertEquals(0.75, wells.laplaceLeftMass(0.01), 1e-12);
    }

    @Test
    void asymmetricWellsApproachTheLaplaceLimitWithTheDepthDifference() {
        DoubleWell wells = Potentials.asymmetricWells(4, 1, 1.05);
        for (double t : new double[] {0.01, 0.003}) {
            double exact = Boltzmann.masses(wells, t).mass(0);
            assertEquals(wells.laplaceLeftMass(t), exact, 0.02 * exact, "T = " + t);
        }
    }

    @Test
    void twoDimensionalMassRatioApproachesTheRatioOfHessianDeterminants() {
        DoubleWell2D wells = Potentials.twoWells2D(1, 4, 1, 1, 9);
        double limit = Math.sqrt(wells.hessianDeterminants()[1] / wells.hessianDeterminants()[0]);
        assertEquals(6, limit, 0.01);
        double previousError = Double.POSITIVE_INFINITY;
        for (double t : new double[] {0.1, 0.02, 0.004}) {
            BasinMasses masses = Boltzmann.masses(wells, t);
            double error = Math.abs(masses.mass(0) / masses.mass(1) / limit - 1);
            assertTrue(error < previousError, "relative error " + error + " at T = " + t + " did not shrink");
            previousError = error;
        }
        assertTrue(previousError < 0.02, "relative error at T = 0.004: " + previousError);
    }

    /**
     * The rugged landscape's integrand oscillates (ripple 0.1·(1 − cos 60x), ~115 periods on the
     * domain); the adaptive rule, started from 8 panels per side of the peak, must still agree with a
     * brute-force composite trapezoid rule of 400 000 panels per basin (error ≈ h²·max|f''|/12 &lt; 1e-9).
     */
    @Test
    void ruggedLandscapeMassesAgreeWithABruteForceRule() {
        DoubleWell rugged = Potentials.rugged(Potentials.equalWells(1, 9, 1), 0.1, 60);
        double[] edges = {-6, rugged.saddle(), 6};
        for (double t : new double[] {0.05, 1}) {
            double[] weight = new double[2];
            for (int b = 0; b < 2; b++) {
                int n = 400_000;
                double h = (edges[b + 1] - edges[b]) / n;
                for (int i = 0; i <= n; i++) {
                    double w = Math.exp(-rugged.potential().at(edges[b] + i * h) / t);
                    weight[b] += (i == 0 || i == n ? 0.5 : 1) * w * h;
                }
            }
            BasinMasses masses = Boltzmann.masses(rugged.potential(), t, edges);
            assertEquals(weight[0] / (weight[0] + weight[1]), masses.mass(0), 1e-9, "T = " + t);
        }
    }

    @Test
    void meanFirstPassageTimeOfBrownianMotionWithAWallIsExact() {
        // U = 0 on [0, L]: τ(from 0 to L) with a reflecting wall at 0 is L²/(2T).
        Potential1D flat = new Potential1D("0", x -> 0, x -> 0);
        assertEquals(4.0 / (2 * 0.5), Boltzmann.meanFirstPassageTime(flat, 0.5, -1e-12, 0, 2), 1e-6);
    }

    @Test
    void meanFirstPassageTimeApproachesKramersAtLowTemperature() {
        DoubleWell wells = Potentials.equalWells(4, 4, 1);
        double t = 0.05;
        double exact = Boltzmann.meanFirstPassageTime(wells.potential(), t, Boltzmann.domain(wells, t)[0],
                wells.minima()[0], wells.saddle());
        assertEquals(1 / (2 * wells.kramersRate(0, t)), exact, 0.1 * exact);
    }
}
