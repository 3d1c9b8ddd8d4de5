/**
 * Lecture 02: Langevin particles in a flat and a sharp well against the Boltzmann law, occupations and
 * escape times.
 */
package org.theorykit.experiment.langevin;
