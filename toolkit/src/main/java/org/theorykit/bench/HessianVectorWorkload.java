package org.theorykit.bench;

import java.util.Random;
import org.theorykit.objective.HessianVectorProduct;
import org.theorykit.nn.SupervisedObjective;

/**
 * Workload D: 100 exact Hessian-vector products of workload C's loss (same model, data and θ₀), full
 * batch, at θ₀. Timed: building the Hessian operator at θ₀ (its forward pass) and 100 products H·v
 * with a fixed v, entries uniform in [−½, ½) (seed 5). PyTorch mirror: one forward and gradient with create_graph,
 * then 100 × torch.autograd.grad(g·v) with retain_graph.
 * <p>Mirror: float64 throughout (torch.float64, torch.set_num_threads(2)); the mirror's random data and
 * θ₀ need only follow the same distributions, the work timed does not depend on their values.
 */
public final class HessianVectorWorkload implements Workload {

    static final int PRODUCTS = 100;

    private SupervisedObjective objective;
    private double[] theta;
    private double[] v;
    private double[] out;

    @Override
    public String name() {
        return "D-hessian-vector";
    }

    @Override
    public String description() {
        return "100 exact Hessian-vector products (R-operator), workload C's net, data and theta0";
    }

    @Override
    public void setUp() {
        objective = FullBatchGdWorkload.objective();
        theta = objective.model().initialParameters(1);
        v = new Random(5).doubles(theta.length).map(u -> u - 0.5).toArray();
        out = new double[theta.length];
    }

    @Override
    public void run() {
        HessianVectorProduct h = objective.hessianAt(theta);
        for (int i = 0; i < PRODUCTS; i++) {
            h.apply(v, out);
        }
    }

    /**
     * The matrix products, 2·n·d·k flops each: one forward X·Wᵀ at θ₀, then per product the
     * directional derivative X·Vᵀ and the weight-gradient product Rδᵀ·X; elementwise passes not counted.
     */
    @Override
    public double flopsPerRun() {
        double product = 2.0 * 1000 * 50 * 4000;
        return product + PRODUCTS * 2 * product;
    }

    /** (H·v)[0] of the last run, a value to compare across implementations. */
    public double firstComponent() {
        return out[0];
    }
}
