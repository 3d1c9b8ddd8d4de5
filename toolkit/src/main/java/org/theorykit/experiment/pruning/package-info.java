/**
 * Lecture 06: lottery tickets, instability to SGD noise and prunability on LeNet-300-100 and the MNIST
 * digits.
 */
package org.theorykit.experiment.pruning;
