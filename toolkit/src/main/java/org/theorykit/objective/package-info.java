/**
 * The bottom of the toolkit's layering, beside {@code linalg}: what is minimized and how its
 * curvature is seen. An {@link org.theorykit.objective.Objective} L(θ) = (1/n) Σᵢ ℓᵢ(θ) of a flat
 * parameter vector, a {@link org.theorykit.objective.HessianObjective} that also gives ∇²L(θ), and
 * the matrix-free operator {@link org.theorykit.objective.HessianVectorProduct} (v ↦ H·v) through
 * which that Hessian is seen. {@code nn} implements these interfaces, {@code optim} minimizes them and
 * {@code landscape} measures their spectra, so none of those imports another for them.
 */
package org.theorykit.objective;
