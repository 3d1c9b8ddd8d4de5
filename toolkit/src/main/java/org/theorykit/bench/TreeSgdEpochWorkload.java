package org.theorykit.bench;

import org.theorykit.nn.Activation;
import org.theorykit.nn.Loss;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.nn.TreeNet;

/**
 * Workload B: one epoch of minibatch SGD on a binary-tree ReLU net (Poggio et al. 2017).
 * <ul>
 * <li>model: binary tree on 8 inputs, 3 levels, 7 nodes; node j at level l maps its two inputs u
 * (level 1: x_{2j}, x_{2j+1}; above: the outputs of its two children) to Σ_{k<357} c_k ReLU(⟨w_k, u⟩ + b_k),
 * no output bias, no weight sharing; p = 7·4·357 = 9,996; θ₀ = {@code initialParameters(1)}
 * (w ~ N(0, 2/2), b = 0, c ~ N(0, 1/357));</li>
 * <li>data, loss, SGD: exactly as workload A (n = 60,000, batch 64, lr 0.01, mean ½(f−y)²).</li>
 * </ul>
 * <p>Mirror: float64 throughout (torch.float64, torch.set_num_threads(2)); the mirror's random data and
 * θ₀ need only follow the same distributions, the work timed does not depend on their values.
 */
public final class TreeSgdEpochWorkload implements Workload {

    private SgdEpoch epoch;

    @Override
    public String name() {
        return "B-tree-sgd-epoch";
    }

    @Override
    public String description() {
        return "1 epoch SGD, batch 64, lr 0.01, binary-tree ReLU net on 8 inputs, 357 units/node (9996 params), n=60000";
    }

    @Override
    public void setUp() {
        TreeNet tree = TreeNet.binary(3, 357, Activation.relu());
        SupervisedObjective objective = new SupervisedObjective(tree, Loss.squared(),
                WorkloadData.compositional8(60_000, 2024));
        epoch = new SgdEpoch(objective, tree.initialParameters(1), 64, 0.01, 7);
    }

    @Override
    public void run() {
        epoch.run();
    }

    /** The full-data loss at θ₀ and after the last run's epoch (computed on demand, not timed). */
    public double[] lossBeforeAndAfter() {
        return epoch.lossBeforeAndAfter();
    }
}
