/**
 * The law of robustness: how smooth can an interpolator of noisy data be, given its parameter count?
 *
 * <p>Bubeck, Li, Nagaraj 2020, "A law of robustness for two-layers neural networks" (arXiv:2009.14444):
 * a two-layer net with k neurons fitting n generic points has Lipschitz constant ≳ sqrt(n/k)
 * (conjecture; proved for the spectral bound and other cases). Bubeck, Sellke 2021, "A universal law
 * of robustness via isoperimetry" (arXiv:2105.12806), Theorem 3: any p-parameter class with bounded,
 * smoothly parametrized weights that fits noisy data below the noise level has Lip ≳ sqrt(n·d/p) when
 * the inputs satisfy isoperimetry. Smooth interpolation therefore needs p ≳ n·d, d times more than mere
 * interpolation.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * LipschitzBracket b = LipschitzEstimator.defaults(Samplers.sphere(d), InputDomain.sphere(1))
 *         .bracket(net, theta, x);                                  // lower ≤ Lip ≤ upper, each estimate named
 * double law = LawOfRobustness.informal(n, d, p);                  // sqrt(nd/p)
 * double floor = LawOfRobustness.dataFloor(x, y).value();          // best Lip of any interpolant
 * var flips = AdversarialPerturbation.atPoints(InputFunction.of(net, theta), x, 50, 0.02);
 * BumpInterpolator bumps = BumpInterpolator.fit(x, y, Profile.TENT); // exact fit, Lip = the data floor for ±1 labels
 * }</pre>
 * Lower bounds ({@link org.theorykit.robust.LipschitzLowerBounds}) are witnessed values of f or ∇f, so
 * they hold whatever the search found; upper bounds ({@link org.theorykit.robust.LipschitzUpperBounds})
 * are certificates from the weights, each proved in its javadoc.
 */
package org.theorykit.robust;
