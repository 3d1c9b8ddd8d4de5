/**
 * Training of an {@link org.theorykit.objective.Objective} L(θ) on a flat parameter vector:
 * gradient descent, minibatch SGD (with or without replacement), heavy-ball and Nesterov momentum,
 * Adam and stochastic gradient Langevin dynamics; full-batch Newton and saddle-free Newton on a
 * {@link org.theorykit.objective.HessianObjective}; with learning-rate {@link org.theorykit.optim.Schedules},
 * {@link org.theorykit.optim.StopRules}, divergence detection and the Jupyter kernel's interrupt.
 * <pre>{@code
 * TrainingResult result = Optimizers.sgd(0.05).batchSize(64).momentum(0.9).seed(1)
 *         .onEpoch(state -> System.out.println(state))
 *         .train(objective, theta0, StopRules.maxEpochs(100).or(StopRules.targetLoss(1e-6)));
 * result.status();   // CONVERGED, INTERPOLATED, MAX_EPOCHS, MAX_STEPS, DIVERGED or INTERRUPTED
 * result.history();  // Tablesaw table: epoch, step, loss, learning rate, gradient norm, seconds, full loss
 * }</pre>
 */
package org.theorykit.optim;
