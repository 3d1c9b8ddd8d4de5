package org.theorykit.dynamics;

import org.theorykit.Arguments;
/**
 * The low-temperature formulas for dX = −∇U dt + √(2T) dW:
 * <ul>
 *   <li>Kramers 1940 (Physica 7, 284), overdamped limit; Arrhenius 1889: the rate of escape from a
 *       well over a saddle is r = √(U''(min)·|U''(saddle)|)/(2π) · exp(−ΔU/T), ΔU the barrier;
 *       the mean first-passage time from the minimum to the saddle's top is 1/(2r), the mean time
 *       to cross into the other well 1/r (Hänggi, Talkner &amp; Borkovec 1990, Rev. Mod. Phys. 62).</li>
 *   <li>Laplace's method on the Boltzmann density exp(−U/T): each basin's mass tends to
 *       exp(−U_min/T)·(2πT)^(d/2)/√det ∇²U(min), so two wells' mass ratio tends to
 *       √(det₁/det₀)·exp(−(U₀ − U₁)/T) — the flatter of two equally deep wells wins by √(k_sharp/k_flat)
 *       in 1-D (Poggio et al., Theory IIb, arXiv:1801.02254, and Theory II, arXiv:1703.09833).</li>
 * </ul>
 * Both are asymptotic: relative corrections are O(T/ΔU) and O(T·U''''/U''²) respectively.
 */
public final class Kramers {

    private Kramers() {
    }

    /** r = √(k_min·|k_saddle|)/(2π)·exp(−ΔU/T). */
    public static double rate(double minimumCurvature, double saddleCurvature, double barrier, double temperature) {
        Arguments.positiveFinite("minimumCurvature", minimumCurvature);
        Arguments.finite("saddleCurvature", saddleCurvature);
        if (saddleCurvature == 0) {
            throw new IllegalArgumentException("saddleCurvature must be non-zero (a flat-topped barrier has no Kramers rate), got 0.0");
        }
        Arguments.nonNegativeFinite("barrier", barrier);
        Arguments.positiveFinite("temperature", temperature);
        return Math.sqrt(minimumCurvature * Math.abs(saddleCurvature)) / (2 * Math.PI) * Math.exp(-barrier / temperature);
    }

    /**
     * m₀/m₁ → √(det₁/det₀)·exp(−(U₀ − U₁)/T) as T → 0, for wells with Hessian determinants det₀, det₁
     * (curvatures in 1-D) and depth difference U₀ − U₁.
     */
    public static double laplaceMassRatio(double determinant0, double determinant1, double depthDifference,
                                          double temperature) {
        Arguments.positiveFinite("determinant0", determinant0);
        Arguments.positiveFinite("determinant1", determinant1);
        Arguments.finite("depthDifference", depthDifference);
        Arguments.positiveFinite("temperature", temperature);
        return Math.sqrt(determinant1 / determinant0) * Math.exp(-depthDifference / temperature);
    }
}
