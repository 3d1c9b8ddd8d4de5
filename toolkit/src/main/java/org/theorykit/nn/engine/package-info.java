/**
 * Compute engines: the fast paths behind the models of {@code nn} — OpenBLAS GEMMs on off-heap
 * buffers, loops written for the JIT's vectorizer, the JDK Vector API, a second thread — all chosen in
 * one place, {@link org.theorykit.nn.engine.Engines}, by the model's shape and the size of the work,
 * with the thresholds named and explained there. Each engine computes exactly what the model's generic
 * per-example engine computes (reverse mode, Pearlmutter's R-operator), up to rounding; one contract
 * test suite, which every engine's test subclasses, checks that against the generic engine and finite
 * differences. Timings live in toolkit/bench/README.md, not here.
 *
 * <p>Layering: this package is the implementation side of {@code nn} (same layer): it reads the
 * models' public structure ({@link org.theorykit.nn.DenseOp}, activations, losses, data) and the
 * models ask {@code Engines} for an engine. Nothing above {@code nn} needs it.
 */
package org.theorykit.nn.engine;
