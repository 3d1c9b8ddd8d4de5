/**
 * Registered experiments and how they run: an {@link org.theorykit.experiment.Experiment} names its parameters
 * per scale and computes one point of its grid ({@link org.theorykit.experiment.Grid}); sweeps run locally or on
 * Spark into one checked result cache; {@link org.theorykit.experiment.SinglePoint} runs one point outside a
 * sweep. One sub-package per lecture topic holds its experiments and the summaries and charts the lecture
 * draws from them. Top layer: it may use every package, and no toolkit package uses it (the notebooks, the
 * command line and the Spark runner do).
 */
package org.theorykit.experiment;
