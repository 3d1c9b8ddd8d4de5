/**
 * Compositionality (Poggio, Mhaskar, Rosasco, Miranda, Liao 2017, arXiv:1611.00740): the
 * hierarchically local compositional target ({@link org.theorykit.compositionality.CompositionalTarget}),
 * the unit counts and rate exponents of Theorems 1, 2 and 4
 * ({@link org.theorykit.compositionality.Theorems}) and architectures built to a matched parameter
 * budget ({@link org.theorykit.compositionality.MatchedBudget}). Sits above {@code nn} and {@code data};
 * the sweep that compares the architectures is {@code experiment.compositionality}.
 */
package org.theorykit.compositionality;
