/**
 * Lecture 04: kernel interpolation, random-feature double descent and training on random labels, with
 * the charts the lecture reads.
 */
package org.theorykit.experiment.interpolation;
