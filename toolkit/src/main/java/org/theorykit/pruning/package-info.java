/**
 * Sparse subnetworks: pruning masks over a model's flat θ ({@link org.theorykit.pruning.Mask}), magnitude
 * and random pruning ({@link org.theorykit.pruning.Pruning}), iterative magnitude pruning with reset or
 * rewinding and its controls ({@link org.theorykit.pruning.LotteryTicket}; Frankle &amp; Carbin 2019,
 * arXiv:1803.03635; Frankle, Dziugaite, Roy &amp; Carbin 2019, arXiv:1903.01611), the error barrier between
 * two trained copies ({@link org.theorykit.pruning.Instability}; Frankle et al. 2020, arXiv:1912.05671) and
 * prunability ({@link org.theorykit.pruning.Prunability}; Kuhn et al. 2021, arXiv:2103.06002).
 *
 * <p>Only weight matrices are pruned (views of kind WEIGHTS); biases are always kept, as in the papers.
 * Masks plug into every optimizer through {@link org.theorykit.optim.Optimizer#mask(boolean[])}.
 */
package org.theorykit.pruning;
