/**
 * The Hessian's spectrum at a point θ from exact Hessian-vector products only
 * ({@link org.theorykit.objective.HessianVectorProduct}): extreme eigenpairs by Lanczos
 * ({@link org.theorykit.landscape.LanczosEigensolver}), sharpness by
 * {@link org.theorykit.landscape.PowerIteration}, the trace by {@link org.theorykit.landscape.HutchinsonTrace},
 * the spectral density by {@link org.theorykit.landscape.StochasticLanczosQuadrature} and the
 * effective dimension by {@link org.theorykit.landscape.EffectiveDimension}.
 * <pre>{@code
 * Eigenpairs top = LanczosEigensolver.top(hessian, 10, 1);               // 10 sharpest directions
 * HutchinsonTrace.Estimate trace = HutchinsonTrace.estimate(hessian, 100, 2);
 * Table density = StochasticLanczosQuadrature.estimate(hessian, 80, 10, 3).table(400, 0.01);
 * }</pre>
 */
package org.theorykit.landscape;
