package org.theorykit.landscape;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.theorykit.Arguments;
import org.theorykit.objective.HessianVectorProduct;

/**
 * Stochastic Lanczos quadrature (Ubaru, Chen, Saad 2017, SIAM J. Matrix Anal. Appl. 38(4),
 * "Fast estimation of tr(f(A)) via stochastic Lanczos quadrature"; applied to network Hessians by
 * Ghorbani, Krishnan, Xiao 2019, arXiv:1901.10159). For each of n_v unit probes v = z/√p with z
 * Rademacher, m Lanczos steps from v give T_m = SΘSᵀ; the m-point Gauss rule
 * vᵀf(H)v ≈ Σ_k τ_k² f(θ_k), τ_k = S_{1k}, is exact for polynomials of degree ≤ 2m − 1. The density
 * estimate puts weight τ_k²/n_v on each node θ_k.
 */
public final class StochasticLanczosQuadrature {

    private StochasticLanczosQuadrature() {
    }

    /**
     * @param steps  Lanczos steps per probe, in [1, p] (fewer nodes if a probe's Krylov space closes)
     * @param probes number of random probes, ≥ 1
     */
    public static SpectralDensity estimate(HessianVectorProduct hessian, int steps, int probes, long seed) {
        int p = Vectors.dimension(hessian);
        Arguments.inRange("steps", steps, 1, p);
        Arguments.inRange("probes", probes, 1, Integer.MAX_VALUE);
        SplittableRandom random = new SplittableRandom(seed);
        double[] nodes = new double[steps * probes];
        double[] weights = new double[steps * probes];
        int count = 0;
        double[] probe = new double[p];
        for (int n = 0; n < probes; n++) {
            Vectors.fillRademacher(probe, random);
            LanczosProcess lanczos = new LanczosProcess(hessian, probe, false, random);
            lanczos.extendTo(steps);
            TridiagonalEigen gauss = new TridiagonalEigen(lanczos.alpha(), lanczos.beta());
            for (int k = 0; k < gauss.values.length; k++) {
                double tau = gauss.vector(0, k);
                nodes[count] = gauss.values[k];
                weights[count] = tau * tau / probes;
                count++;
            }
        }
        return new SpectralDensity(Arrays.copyOf(nodes, count), Arrays.copyOf(weights, count), p);
    }
}
