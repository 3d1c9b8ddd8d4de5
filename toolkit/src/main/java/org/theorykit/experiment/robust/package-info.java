/**
 * Lecture 03: the law of robustness (Bubeck and Sellke 2021) measured on trained nets and interpolants,
 * and the one-parameter fits of random labels, with the summaries and charts the lecture reads.
 */
package org.theorykit.experiment.robust;
