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
 * Optimizer adam = Optimizers.adam(0.01).seed(1).listener(TrainingProgress.bar(20));  // a bar from the display package
 * TrainingResult ten = adam.train(objective, theta0, StopRules.maxEpochs(10));
 * TrainingResult twenty = adam.train(objective, ten, StopRules.maxEpochs(20));  // continues: = 20 epochs bit for bit
 * }</pre>
 * This package draws nothing: progress goes to a {@link org.theorykit.optim.TrainingListener}, which the
 * presentation layer implements. Seeds of the batch order and noise are derived with {@link org.theorykit.Seeds}.
 */
package org.theorykit.optim;
