package org.theorykit.bench;

import org.theorykit.nn.Activation;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;

/**
 * Workload A: one epoch of minibatch SGD on a shallow ReLU net.
 * <ul>
 * <li>model: f(x) = Σ_{k<1000} a_k ReLU(⟨w_k, x⟩ + b_k), x ∈ R^8; hidden bias yes, no output bias;
 * p = (8+2)·1000 = 10,000; θ₀ = {@code initialParameters(1)} (W ~ N(0, 2/8), b = 0, a ~ N(0, 1/1000));</li>
 * <li>data: n = 60,000, x ~ U[−1,1]^8, y = (1/4) Σ_{j<4} cos(1.5π(x_{2j}+x_{2j+1})), seed 2024;</li>
 * <li>loss: mean over the batch of ½(f(x)−y)²;</li>
 * <li>SGD: batch 64 (last batch 60,000 mod 64 = 32), lr 0.01, shuffled without replacement, 938 steps.</li>
 * </ul>
 * <p>Mirror: float64 throughout (torch.float64, torch.set_num_threads(2)); the mirror's random data and
 * θ₀ need only follow the same distributions, the work timed does not depend on their values.
 * <p>Timed: the 938 gradient evaluations and updates (and the shuffle), from θ₀ every call.
 * <p>A second instance, {@link #withoutVectorApi()}, times the same epoch on the plain-Java path a JVM
 * without the Vector API module takes (a row of its own, theorykit only), so the report shows what
 * the module buys side by side in one process.
 */
public final class ShallowSgdEpochWorkload implements Workload {

    /** org.theorykit.nn.engine.VectorApi's switch (package-private there). */
    private static final String VECTOR_API_SWITCH = "theorykit.vectorApi";

    private final boolean vectorApi;
    private SgdEpoch epoch;

    public ShallowSgdEpochWorkload() {
        this(true);
    }

    private ShallowSgdEpochWorkload(boolean vectorApi) {
        this.vectorApi = vectorApi;
    }

    /** The same workload with {@code theorykit.vectorApi=false} while the net's engines are built. */
    public static ShallowSgdEpochWorkload withoutVectorApi() {
        return new ShallowSgdEpochWorkload(false);
    }

    @Override
    public String name() {
        return vectorApi ? "A-shallow-sgd-epoch" : "A-shallow-sgd-epoch-no-vector-api";
    }

    @Override
    public String description() {
        return "1 epoch SGD, batch 64, lr 0.01, 8->1000->1 ReLU net (10k params), n=60000, mean 1/2(f-y)^2"
                + (vectorApi ? "" : ", without the Vector API");
    }

    @Override
    public void setUp() {
        ShallowNet net = ShallowNet.of(8, 1000, 1, Activation.relu());
        String previous = vectorApi ? null : System.setProperty(VECTOR_API_SWITCH, "false");
        SupervisedObjective objective;
        try {
            objective = new SupervisedObjective(net, Loss.squared(), WorkloadData.compositional8(60_000, 2024));
        } finally {
            if (!vectorApi) {
                restore(previous);
            }
        }
        epoch = new SgdEpoch(objective, net.initialParameters(1), 64, 0.01, 7);
    }

    @Override
    public void run() {
        epoch.run();
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(VECTOR_API_SWITCH);
        } else {
            System.setProperty(VECTOR_API_SWITCH, previous);
        }
    }

    /** The full-data loss at θ₀ and after the last run's epoch (computed on demand, not timed). */
    public double[] lossBeforeAndAfter() {
        return epoch.lossBeforeAndAfter();
    }
}
