/**
 * Lecture 00: least-squares polynomial fits of growing degree to noisy samples.
 */
package org.theorykit.experiment.tour;
