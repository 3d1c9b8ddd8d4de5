package org.theorykit.pruning;

import org.theorykit.Arguments;
import org.theorykit.nn.SupervisedObjective;

/**
 * Prunability (Kuhn, Lyle, Gomez, Rothfuss &amp; Gal 2021, "Robustness to pruning predicts generalization in deep neural
 * networks", arXiv:2103.06002, §3): the smallest fraction of a trained network's weights that global
 * magnitude pruning ({@link Pruning#globalKeeping}) can keep while the training loss stays within a
 * tolerance of the unpruned network's. Here the tolerance is additive, L(pruned) ≤ L(θ) + δ, and the
 * number of kept weights is found by bisection, which assumes the pruned loss falls as more weights are
 * kept. Biases are always kept and not counted.
 *
 * @param fraction    kept weights / all weights
 * @param keptWeights the smallest number of kept weights that passed
 * @param loss        L(θ), the unpruned training loss
 * @param prunedLoss  the training loss of the pruned network
 */
public record Prunability(double fraction, int keptWeights, double loss, double prunedLoss) {

    /** Prunability of θ for the training objective, with tolerance δ &gt; 0. */
    public static Prunability of(SupervisedObjective train, double[] theta, double tolerance) {
        Arguments.notNull("train", train);
        Arguments.positiveFinite("tolerance", tolerance);
        var model = train.model();
        double loss = train.loss(theta);
        int all = Pruning.weightViews(model).stream().mapToInt(v -> v.length()).sum();
        int low = 0;
        int high = all;
        double highLoss = loss;
        while (low < high) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted during the prunability bisection");
            }
            int middle = low + (high - low) / 2;
            double pruned = train.loss(Pruning.globalKeeping(model, theta, middle).apply(theta));
            if (pruned <= loss + tolerance) {
                high = middle;
                highLoss = pruned;
            } else {
                low = middle + 1;
            }
        }
        return new Prunability((double) high / all, high, loss, highLoss);
    }
}
