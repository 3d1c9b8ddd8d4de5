package org.theorykit.nn;

import org.theorykit.Arguments;
import org.theorykit.objective.HessianVectorProduct;
import org.theorykit.objective.HessianObjective;

/**
 * L(θ) = (1/n) Σᵢ ℓ(f(xᵢ; θ), yᵢ) + (λ/2)‖θ‖² for a model, a loss and a data set (weight decay λ = 0
 * unless {@link #withWeightDecay}), with exact gradients and exact Hessian-vector products (R-operator,
 * Pearlmutter 1994). Every public method checks θ (length p, all finite). An instance reuses its
 * scratch buffers, so it is not thread-safe: use one per thread.
 */
public final class SupervisedObjective implements HessianObjective {

    /** Largest p for which {@link #hessian(double[])} builds the dense matrix. */
    public static final int MAX_DENSE_HESSIAN = 4096;

    private final Model model;
    private final Loss loss;
    private final Dataset data;
    private final Model.Workspace workspace;
    private final double weightDecay;

    public SupervisedObjective(Model model, Loss loss, Dataset data) {
        this(model, loss, data, 0);
    }

    private SupervisedObjective(Model model, Loss loss, Dataset data, double weightDecay) {
        if (model == null || loss == null || data == null) {
            throw new IllegalArgumentException("model, loss and data must be non-null; got model = " + model
                    + ", loss = " + loss + ", data = " + data);
        }
        if (data.inputDimension() != model.inputDimension()) {
            throw new IllegalArgumentException("data.inputDimension() = " + data.inputDimension()
                    + "; accepted: the model's input dimension " + model.inputDimension());
        }
        loss.checkTargets(data, model.outputDimension());
        this.model = model;
        this.loss = loss;
        this.data = data;
        this.workspace = model.newWorkspace();
        this.weightDecay = weightDecay;
    }

    /**
     * The same objective plus (λ/2)‖θ‖² (λ ≥ 0): it adds λθ to every gradient and λI to the Hessian, so
     * it removes exactly flat directions (rescalings, dead units) and makes the loss coercive.
     */
    public SupervisedObjective withWeightDecay(double lambda) {
        return new SupervisedObjective(model, loss, data, Arguments.nonNegativeFinite("lambda", lambda));
    }

    /** λ of the (λ/2)‖θ‖² term. */
    public double weightDecay() {
        return weightDecay;
    }

    private double penalty(double[] theta) {
        double sum = 0;
        for (double t : theta) {
            sum += t * t;
        }
        return 0.5 * weightDecay * sum;
    }

    public Model model() {
        return model;
    }

    public Loss lossFunction() {
        return loss;
    }

    public Dataset data() {
        return data;
    }

    @Override
    public int parameterCount() {
        return model.parameterCount();
    }

    @Override
    public int exampleCount() {
        return data.size();
    }

    @Override
    public double loss(double[] theta) {
        model.checkTheta(theta);
        return model.loss(theta, loss, data, workspace) + penalty(theta);
    }

    @Override
    public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient) {
        model.checkTheta(theta);
        if (batch == null) {
            throw new IllegalArgumentException("batch = null; accepted: an int[] of example indices");
        }
        Arguments.range("batch", from, to, batch.length);
        Arguments.length("gradient", gradient, model.parameterCount());
        double value = model.lossAndGradient(theta, loss, data, batch, from, to, gradient, workspace);
        if (weightDecay == 0) {
            return value;
        }
        for (int i = 0; i < theta.length; i++) {
            gradient[i] += weightDecay * theta[i];
        }
        return value + penalty(theta);
    }

    /** The full-batch gradient; returns the mean loss. */
    public double lossAndGradient(double[] theta, double[] gradient) {
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return lossAndGradient(theta, all, 0, all.length, gradient);
    }

    /** The Hessian of L at θ (θ is copied) as exact products H·v over all n examples. */
    public HessianVectorProduct hessianAt(double[] theta) {
        model.checkTheta(theta);
        HessianVectorProduct h = model.hessianAt(theta, loss, data);
        return new HessianVectorProduct() {
            public int dimension() {
                return h.dimension();
            }

            public void apply(double[] v, double[] out) {
                Arguments.vector("v", v, h.dimension());
                Arguments.length("out", out, h.dimension());
                h.apply(v, out);
                for (int i = 0; weightDecay != 0 && i < out.length; i++) {
                    out[i] += weightDecay * v[i];
                }
            }
        };
    }

    /** The dense p × p Hessian at θ, column j = H·e_j (p ≤ {@link #MAX_DENSE_HESSIAN}). */
    public double[][] hessian(double[] theta) {
        int p = model.parameterCount();
        if (p > MAX_DENSE_HESSIAN) {
            throw new IllegalArgumentException("parameterCount = " + p + "; accepted for a dense Hessian: at most "
                    + MAX_DENSE_HESSIAN + " (use hessianAt for products)");
        }
        HessianVectorProduct h = hessianAt(theta);
        double[][] hessian = new double[p][p];
        double[] e = new double[p];
        double[] column = new double[p];
        for (int j = 0; j < p; j++) {
            e[j] = 1.0;
            h.apply(e, column);
            e[j] = 0.0;
            for (int i = 0; i < p; i++) {
                hessian[i][j] = column[i];
            }
        }
        return hessian;
    }

    /** f(xᵢ; θ) for every example, row-major n × q. */
    public double[] outputs(double[] theta) {
        model.checkTheta(theta);
        double[] out = new double[data.size() * model.outputDimension()];
        model.outputs(theta, data, out, workspace);
        return out;
    }

    /** ∇x f_o(x_i; θ) of example i, written into out (length n). */
    public void inputGradient(double[] theta, int example, int output, double[] out) {
        Arguments.index("example", example, data.size());
        double[] x = new double[data.inputDimension()];
        System.arraycopy(data.x(), example * x.length, x, 0, x.length);
        model.inputGradient(theta, x, output, out);
    }
}
