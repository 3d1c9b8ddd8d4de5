/**
 * theorykit: experiments of deep-learning theory as a Java library.
 *
 * <h2>Layering</h2>
 * Packages depend downwards only ({@code LayeringTest} checks every import of the main sources):
 * <ol>
 * <li>{@code linalg} (BLAS, Krylov spaces, eigenproblems), {@code stats} (line fits, correlation) and {@code objective} (what is minimized,
 *     L(θ), and its Hessian as the matrix-free operator {@code HessianVectorProduct});</li>
 * <li>{@code nn} (models, activations, losses, the supervised objective; its compute engines in
 *     {@code nn.engine}) and, beside it, {@code data} (samplers, targets, datasets);</li>
 * <li>{@code optim} (training);</li>
 * <li>{@code landscape}, {@code dynamics}, {@code robust}, {@code kernel}, {@code compositionality},
 *     {@code pruning}, {@code memorization} (what the theory measures);</li>
 * <li>{@code experiment} (sweeps, caching, the registered experiments) and {@code bench}.</li>
 * </ol>
 * {@code display}, {@code plot} and {@code table} are the presentation layer: only {@code experiment} and the
 * notebooks use them; they may use every layer but {@code experiment} (e.g. a progress bar listening to
 * {@code optim}).
 */
package org.theorykit;
