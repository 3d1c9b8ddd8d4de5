package org.theorykit.bench;

import org.theorykit.nn.Activation;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;

/**
 * Workload C: 100 full-batch gradient-descent steps on a 2-layer ReLU net.
 * <ul>
 * <li>model: f(x) = Σ_{k<4000} a_k ReLU(⟨w_k, x⟩ + b_k), x ∈ R^50; hidden bias yes, no output bias;
 * p = 52·4000 = 208,000; θ₀ = {@code initialParameters(1)} (W ~ N(0, 2/50), b = 0, a ~ N(0, 1/4000));</li>
 * <li>data: n = 1000, x ~ N(0, I_50), y = sin(Σ_j x_j / √50), seed 2025;</li>
 * <li>loss: mean over all 1000 examples of ½(f(x)−y)²; GD θ ← θ − 0.001·∇L, 100 steps from θ₀ every call.</li>
 * </ul>
 * <p>Mirror: float64 throughout (torch.float64, torch.set_num_threads(2)); the mirror's random data and
 * θ₀ need only follow the same distributions, the work timed does not depend on their values.
 */
public final class FullBatchGdWorkload implements Workload {

    static final int STEPS = 100;
    static final double LEARNING_RATE = 0.001;

    private SupervisedObjective objective;
    private double[] initial;
    private double[] theta;
    private double[] gradient;
    private int[] all;
    private double lastLoss;

    /** The shallow 50 → 4000 → 1 ReLU net with data n = 1000 shared by workloads C and D. */
    static SupervisedObjective objective() {
        return new SupervisedObjective(ShallowNet.of(50, 4000, 1, Activation.relu()), Loss.squared(),
                WorkloadData.gaussianSine(1000, 50, 2025));
    }

    @Override
    public String name() {
        return "C-full-batch-gd";
    }

    @Override
    public String description() {
        return "100 full-batch GD steps, lr 0.001, 50->4000->1 ReLU net (208k params), n=1000, mean 1/2(f-y)^2";
    }

    @Override
    public void setUp() {
        objective = objective();
        initial = objective.model().initialParameters(1);
        theta = initial.clone();
        gradient = new double[initial.length];
        all = WorkloadData.identity(objective.exampleCount());
    }

    @Override
    public void run() {
        System.arraycopy(initial, 0, theta, 0, theta.length);
        for (int step = 0; step < STEPS; step++) {
            lastLoss = objective.lossAndGradient(theta, all, 0, all.length, gradient);
            for (int k = 0; k < theta.length; k++) {
                theta[k] -= LEARNING_RATE * gradient[k];
            }
        }
    }

    /**
     * The two matrix products a step needs, 2·n·d·k flops each: the forward X·Wᵀ and the weight
     * gradient δᵀ·X (no input gradient is formed); the O(n·k) elementwise passes are not counted.
     */
    @Override
    public double flopsPerRun() {
        return STEPS * 2 * (2.0 * 1000 * 50 * 4000);
    }

    /** The loss at the last step of the last run. */
    public double lastLoss() {
        return lastLoss;
    }
}
