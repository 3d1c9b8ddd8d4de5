/**
 * Lecture 05: what training finds: critical points and their index, the implicit bias of gradient descent
 * on separable data, and widening a net at fixed data.
 */
package org.theorykit.experiment.training;
