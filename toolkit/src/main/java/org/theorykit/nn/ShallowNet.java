package org.theorykit.nn;

import org.theorykit.Arguments;
import org.theorykit.nn.engine.BatchEngine;
import org.theorykit.nn.engine.Engines;
import org.theorykit.objective.HessianVectorProduct;

/**
 * The shallow network of Poggio et al. 2017 (arXiv:1611.00740, §3): x ↦ Σ_{k≤N} a_k σ(⟨w_k, x⟩ + b_k)
 * with N hidden units, generalized to q outputs f_o = Σ_k a_{o,k} σ(⟨w_k, x⟩ + b_k). There is no output
 * bias, so p = nN + N + qN, which is the paper's (n+2)N for q = 1.
 *
 * <p>θ layout: "hidden.weights" (N × n, row k = w_k), "hidden.biases" (N), "output.weights" (q × N).
 * {@link #biasFree} drops "hidden.biases": x ↦ Σ_k a_k σ(⟨w_k, x⟩) is then positively homogeneous of
 * degree 2 in θ for ReLU (f(cθ) = c²f(θ), c &gt; 0), the setting of Lyu &amp; Li 2020 (arXiv:1906.05890).
 */
public final class ShallowNet extends Model {

    private final int hiddenUnits;
    private final Activation activation;
    private final boolean hiddenBiases;

    private ShallowNet(GraphBuilder graph, int outputUnit, int outputs, int hiddenUnits, Activation activation,
                       boolean hiddenBiases) {
        super(graph, outputUnit, outputs);
        this.hiddenUnits = hiddenUnits;
        this.activation = activation;
        this.hiddenBiases = hiddenBiases;
    }

    /** n inputs, N hidden units with activation σ, q outputs. */
    public static ShallowNet of(int inputs, int hiddenUnits, int outputs, Activation activation) {
        return build(inputs, hiddenUnits, outputs, activation, true);
    }

    /** The same without hidden biases: p = nN + qN (see the class comment). */
    public static ShallowNet biasFree(int inputs, int hiddenUnits, int outputs, Activation activation) {
        return build(inputs, hiddenUnits, outputs, activation, false);
    }

    private static ShallowNet build(int inputs, int hiddenUnits, int outputs, Activation activation, boolean biases) {
        GraphBuilder g = new GraphBuilder(inputs);
        Arguments.positive("hiddenUnits", hiddenUnits);
        Arguments.positive("outputs", outputs);
        if (activation == null) {
            throw new IllegalArgumentException("activation = null; accepted: an Activation");
        }
        GraphBuilder.Slices hidden = g.slices("hidden", inputs, hiddenUnits, biases);
        GraphBuilder.Slices output = g.slices("output", hiddenUnits, outputs, false);
        int hiddenFirst = g.units(hiddenUnits);
        int outputFirst = g.units(outputs);
        g.dense(hidden, 0, hiddenFirst, activation, 2.0);
        g.dense(output, hiddenFirst, outputFirst, null, 1.0);
        return new ShallowNet(g, outputFirst, outputs, hiddenUnits, activation, biases);
    }

    /** The engine {@link Engines#shallow} chooses for this net's shape, activation and biases. */
    @Override
    BatchEngine newBatchEngine() {
        return Engines.shallow(inputDimension(), hiddenUnits, outputDimension(), activation, hiddenBiases, ops());
    }

    /** {@link Engines#shallowHessian}'s product where it has one, otherwise the generic R-operator. */
    @Override
    HessianVectorProduct hessianAt(double[] theta, Loss loss, Dataset data) {
        HessianVectorProduct engine = Engines.shallowHessian(theta, hiddenUnits, outputDimension(), activation,
                hiddenBiases, loss, data);
        return engine != null ? engine : super.hessianAt(theta, loss, data);
    }

    /** {@link Engines#shallowOutputs} where it takes the data set, otherwise the generic engine. */
    @Override
    void outputs(double[] theta, Dataset data, double[] out, Workspace ws) {
        if (!Engines.shallowOutputs(theta, inputDimension(), hiddenUnits, outputDimension(), activation,
                hiddenBiases, data, out)) {
            super.outputs(theta, data, out, ws);
        }
    }

    public int hiddenUnits() {
        return hiddenUnits;
    }

    public Activation activation() {
        return activation;
    }

    /** False for {@link #biasFree} nets. */
    public boolean hasHiddenBiases() {
        return hiddenBiases;
    }
}
