/**
 * Lecture 01: tree, shallow and dense nets at matched budgets on compositional and generic targets
 * (Poggio et al. 2017), with the medians, ratios and charts the lecture reads.
 */
package org.theorykit.experiment.compositionality;
