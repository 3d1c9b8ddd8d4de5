package org.theorykit.nn;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.theorykit.Arguments;
import org.theorykit.Seeds;
import org.theorykit.nn.engine.BatchEngine;
import org.theorykit.nn.engine.Engines;
import org.theorykit.objective.HessianVectorProduct;

/**
 * A model f(x; θ): R^n → R^q as a function of one flat parameter vector θ ∈ R^p, evaluated as a
 * sequence of dense maps ({@link DenseOp}) over per-example unit buffers. Derivatives are exact:
 * reverse mode for ∇θ and ∇x, and Pearlmutter's R-operator (Pearlmutter 1994, "Fast exact
 * multiplication by the Hessian", Neural Computation 6(1)) forward-over-reverse for Hessian-vector
 * products. Training quantities over data are reached through {@link SupervisedObjective}.
 *
 * <p>Minibatch gradients (and full-data losses) take a faster compute engine where the model has one,
 * chosen by {@link Engines} (package {@code nn.engine}) and tested against this per-example engine.
 *
 * <p>Initialization ({@link #initialParameters(long)}): trainable weights of hidden layers
 * ~ N(0, 2/fan_in) (He et al. 2015), of output layers ~ N(0, 1/fan_in) (LeCun), biases 0; drawn
 * from {@link Random}(seed) in θ order, so the same seed gives the same θ on every JDK.
 */
public abstract class Model {

    /** Scratch buffers of one thread's evaluation; obtained from {@link #newWorkspace()}, reused across calls. */
    static class Workspace {
        final double[] z;
        final double[] h;
        final double[] gh;
        final double[] rz;
        final double[] rh;
        final double[] rgh;
        final double[] f;
        final double[] g;
        final double[] rf;
        final double[] rg;
        /** The model's compute engine for minibatches, null if it has none. */
        final BatchEngine batchEngine;

        Workspace(int units, int outputs, BatchEngine batchEngine) {
            this.batchEngine = batchEngine;
            z = new double[units];
            h = new double[units];
            gh = new double[units];
            rz = new double[units];
            rh = new double[units];
            rgh = new double[units];
            f = new double[outputs];
            g = new double[outputs];
            rf = new double[outputs];
            rg = new double[outputs];
        }
    }

    private final int inputs;
    private final int outputs;
    private final int parameters;
    private final int units;
    private final int outputUnit;
    private final DenseOp[] ops;
    private final List<ParameterView> views;
    private final List<ParameterView> filters;

    /** The outputs are units [outputUnit, outputUnit + outputs) of the graph. */
    Model(GraphBuilder graph, int outputUnit, int outputs) {
        this.inputs = graph.inputs;
        this.outputs = outputs;
        this.parameters = graph.parameters;
        this.units = graph.units;
        this.outputUnit = outputUnit;
        this.ops = graph.ops.toArray(new DenseOp[0]);
        this.views = List.copyOf(graph.views);
        this.filters = List.copyOf(graph.filters);
    }

    /** n, the input dimension. */
    public int inputDimension() {
        return inputs;
    }

    /** q, the number of outputs. */
    public int outputDimension() {
        return outputs;
    }

    /** p, the length of θ. */
    public int parameterCount() {
        return parameters;
    }

    /** Named weight matrices and bias vectors, in θ order (shared weights appear once). */
    public List<ParameterView> parameterViews() {
        return views;
    }

    /** The incoming weights of every trainable neuron (rows of the weight views), biases excluded. */
    public List<ParameterView> filters() {
        return filters;
    }

    /** The view with this name, e.g. "hidden.weights". */
    public ParameterView view(String name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("name = " + name + "; accepted: one of "
                        + views.stream().map(ParameterView::name).toList()));
    }

    /** A fresh θ, seeded as described in the class comment. */
    public double[] initialParameters(long seed) {
        Random random = new Random(seed);
        double[] theta = new double[parameters];
        Set<Integer> done = new HashSet<>();
        for (DenseOp op : ops) {
            if (done.add(op.weightOffset())) {
                for (int i = 0; i < op.inDim() * op.outDim(); i++) {
                    theta[op.weightOffset() + i] = op.initStd() * random.nextGaussian();
                }
            }
        }
        return theta;
    }

    /**
     * {@link #initialParameters(long)} with the biases of the hidden (activated) layers drawn from
     * U(−1/√fan_in, 1/√fan_in), the default of PyTorch's {@code nn.Linear}, from the stream
     * {@code Seeds.derive(seed, "biases")}; the weights are the same as with {@link #initialParameters(long)}
     * for the same seed. With zero biases every ReLU unit's
     * kink passes through the origin of its input; a unit that sees 2 inputs (a tree node) then
     * starts as a function of the direction only, and a node must move its biases far before it can
     * follow an oscillating target such as cos(1.5π(a+b)). Uniform biases spread the kinks over the
     * input range from the start.
     */
    public double[] initialParametersUniformBiases(long seed) {
        double[] theta = initialParameters(seed);
        Random random = new Random(Seeds.derive(seed, "biases"));
        Set<Integer> done = new HashSet<>();
        for (DenseOp op : ops) {
            if (op.hasTrainableBias() && op.activation() != null && done.add(op.biasOffset())) {
                double bound = 1 / Math.sqrt(op.inDim());
                for (int i = 0; i < op.outDim(); i++) {
                    theta[op.biasOffset() + i] = bound * (2 * random.nextDouble() - 1);
                }
            }
        }
        return theta;
    }

    /** f(x; θ) for one input x (length n); θ and x are checked. */
    public double[] output(double[] theta, double[] x) {
        checkTheta(theta);
        Arguments.vector("x", x, inputs);
        Workspace ws = newWorkspace();
        forward(theta, x, 0, ws);
        return ws.f.clone();
    }

    /** ∇x f_o(x; θ), the gradient of output {@code output} in the input, written into out (length n). */
    public void inputGradient(double[] theta, double[] x, int output, double[] out) {
        checkTheta(theta);
        Arguments.vector("x", x, inputs);
        Arguments.index("output", output, outputs);
        Arguments.length("out", out, inputs);
        Workspace ws = newWorkspace();
        forward(theta, x, 0, ws);
        Arrays.fill(ws.g, 0.0);
        ws.g[output] = 1.0;
        backward(theta, ws, ws.g, null, true);
        System.arraycopy(ws.gh, 0, out, 0, inputs);
    }

    /** f_o(·; θ) and ∇x f_o as a reusable evaluator over many inputs (θ is copied), see {@link InputEvaluator}. */
    public InputEvaluator inputEvaluator(double[] theta, int output) {
        return new InputEvaluator(this, theta, output);
    }

    void checkTheta(double[] theta) {
        Arguments.vector("theta", theta, parameters);
    }

    Workspace newWorkspace() {
        return new Workspace(units, outputs, newBatchEngine());
    }

    /** A workspace that always takes the generic per-example path (the reference for the compute engines). */
    Workspace newGenericWorkspace() {
        return new Workspace(units, outputs, null);
    }

    /**
     * A compute engine for minibatch losses and gradients with its own scratch memory, or null to use the
     * generic engine: by default {@link Engines#chain}'s, for a graph that is a chain of dense layers.
     */
    BatchEngine newBatchEngine() {
        return Engines.chain(ops, inputs);
    }

    /** The ops in evaluation order (shared, do not modify). */
    DenseOp[] ops() {
        return ops;
    }

    private boolean usesBatchEngine(Workspace ws, int examples) {
        return ws.batchEngine != null && Engines.worthBatchEngine(examples, parameters);
    }

    /** Mean loss over the examples batch[from..to) with its gradient in grad (overwritten). */
    double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                           double[] grad, Workspace ws) {
        if (usesBatchEngine(ws, to - from)) {
            return ws.batchEngine.lossAndGradient(theta, loss, data, batch, from, to, grad);
        }
        Arrays.fill(grad, 0.0);
        double scale = 1.0 / (to - from);
        double sum = 0;
        for (int b = from; b < to; b++) {
            int i = data.example(batch, b);
            forward(theta, data.x(), i * inputs, ws);
            sum += loss.gradient(ws.f, outputs, data.y(), i * data.targetDimension(), ws.g);
            for (int o = 0; o < outputs; o++) {
                ws.g[o] *= scale;
            }
            backward(theta, ws, ws.g, grad, false);
        }
        return sum * scale;
    }

    /** Mean loss over all examples; through the specialized batch path (gradient discarded) when there is one. */
    double loss(double[] theta, Loss loss, Dataset data, Workspace ws) {
        if (usesBatchEngine(ws, data.size())) {
            int[] all = new int[data.size()];
            Arrays.setAll(all, i -> i);
            return ws.batchEngine.lossAndGradient(theta, loss, data, all, 0, all.length, new double[parameters]);
        }
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            forward(theta, data.x(), i * inputs, ws);
            sum += loss.value(ws.f, outputs, data.y(), i * data.targetDimension());
        }
        return sum / data.size();
    }

    /** Outputs of all examples, row-major n × q; through the batch engine's forward pass when it has one. */
    void outputs(double[] theta, Dataset data, double[] out, Workspace ws) {
        if (usesBatchEngine(ws, data.size()) && ws.batchEngine.outputs(theta, data, out)) {
            return;
        }
        for (int i = 0; i < data.size(); i++) {
            forward(theta, data.x(), i * inputs, ws);
            System.arraycopy(ws.f, 0, out, i * outputs, outputs);
        }
    }

    /** The Hessian of the mean loss over all examples at θ (θ is copied), as exact products H·v. */
    HessianVectorProduct hessianAt(double[] theta, Loss loss, Dataset data) {
        double[] at = theta.clone();
        Workspace ws = newWorkspace();
        return new HessianVectorProduct() {
            public int dimension() {
                return parameters;
            }

            public void apply(double[] v, double[] out) {
                hessianVector(at, v, loss, data, out, ws);
            }
        };
    }

    /** out = H·v for the mean loss over all examples: R-operator, one forward-tangent and one reverse-tangent pass per example. */
    final void hessianVector(double[] theta, double[] v, Loss loss, Dataset data, double[] out, Workspace ws) {
        Arrays.fill(out, 0.0);
        double scale = 1.0 / data.size();
        int t = data.targetDimension();
        for (int i = 0; i < data.size(); i++) {
            forward(theta, data.x(), i * inputs, ws);
            tangentForward(theta, v, ws);
            loss.gradient(ws.f, outputs, data.y(), i * t, ws.g);
            loss.hessianVector(ws.f, outputs, data.y(), i * t, ws.rf, ws.rg);
            for (int o = 0; o < outputs; o++) {
                ws.g[o] *= scale;
                ws.rg[o] *= scale;
            }
            tangentBackward(theta, v, ws, out);
        }
    }

    /** Evaluates all ops for the input x[xo..xo+n); leaves z, h filled and the output in ws.f. */
    final void forward(double[] theta, double[] x, int xo, Workspace ws) {
        double[] z = ws.z;
        double[] h = ws.h;
        System.arraycopy(x, xo, h, 0, inputs);
        for (DenseOp op : ops) {
            double[] w = theta;
            int wo = op.weightOffset();
            int in = op.in();
            int inDim = op.inDim();
            Activation act = op.activation();
            for (int k = 0; k < op.outDim(); k++) {
                double s = op.hasTrainableBias() ? theta[op.biasOffset() + k] : 0.0;
                int row = wo + k * inDim;
                for (int j = 0; j < inDim; j++) {
                    s += w[row + j] * h[in + j];
                }
                z[op.out() + k] = s;
                h[op.out() + k] = act == null ? s : act.value(s);
            }
        }
        System.arraycopy(h, outputUnit, ws.f, 0, outputs);
    }

    /**
     * Reverse pass after {@link #forward}: seeds the output units with dOut, adds ∇θ (dOut·f) into grad
     * (if not null) and, if {@code inputGradient}, leaves ∇x (dOut·f) in ws.gh[0..n).
     */
    final void backward(double[] theta, Workspace ws, double[] dOut, double[] grad, boolean inputGradient) {
        double[] z = ws.z;
        double[] h = ws.h;
        double[] gh = ws.gh;
        Arrays.fill(gh, 0.0);
        System.arraycopy(dOut, 0, gh, outputUnit, outputs);
        for (int o = ops.length - 1; o >= 0; o--) {
            DenseOp op = ops[o];
            double[] w = theta;
            int wo = op.weightOffset();
            int in = op.in();
            int inDim = op.inDim();
            boolean propagate = inputGradient || in >= inputs;
            Activation act = op.activation();
            for (int k = 0; k < op.outDim(); k++) {
                double gz = gh[op.out() + k];
                if (act != null) {
                    gz *= act.derivative(z[op.out() + k]);
                }
                if (gz == 0.0) {
                    continue;
                }
                int row = wo + k * inDim;
                if (grad != null) {
                    if (op.hasTrainableBias()) {
                        grad[op.biasOffset() + k] += gz;
                    }
                    for (int j = 0; j < inDim; j++) {
                        grad[row + j] += gz * h[in + j];
                    }
                }
                if (propagate) {
                    for (int j = 0; j < inDim; j++) {
                        gh[in + j] += w[row + j] * gz;
                    }
                }
            }
        }
    }

    /** After {@link #forward}: R{z}, R{h} for the direction v in θ (R{x} = 0); leaves R{f} in ws.rf. */
    final void tangentForward(double[] theta, double[] v, Workspace ws) {
        double[] z = ws.z;
        double[] h = ws.h;
        double[] rz = ws.rz;
        double[] rh = ws.rh;
        Arrays.fill(rh, 0, inputs, 0.0);
        for (DenseOp op : ops) {
            double[] w = theta;
            int wo = op.weightOffset();
            int in = op.in();
            int inDim = op.inDim();
            boolean fromInput = in < inputs;
            Activation act = op.activation();
            for (int k = 0; k < op.outDim(); k++) {
                double s = op.hasTrainableBias() ? v[op.biasOffset() + k] : 0.0;
                int row = wo + k * inDim;
                for (int j = 0; j < inDim; j++) {
                    s += v[row + j] * h[in + j];
                }
                if (!fromInput) {
                    for (int j = 0; j < inDim; j++) {
                        s += w[row + j] * rh[in + j];
                    }
                }
                int u = op.out() + k;
                rz[u] = s;
                rh[u] = act == null ? s : act.derivative(z[u]) * s;
            }
        }
        System.arraycopy(rh, outputUnit, ws.rf, 0, outputs);
    }

    /**
     * After {@link #tangentForward}, with ws.g = ∂ℓ/∂f and ws.rg = R{∂ℓ/∂f}: the reverse pass and its
     * R-image; adds R{∇θ ℓ} = H·v (this example's part) into hv.
     */
    final void tangentBackward(double[] theta, double[] v, Workspace ws, double[] hv) {
        double[] z = ws.z;
        double[] h = ws.h;
        double[] rz = ws.rz;
        double[] rh = ws.rh;
        double[] gh = ws.gh;
        double[] rgh = ws.rgh;
        Arrays.fill(gh, 0.0);
        Arrays.fill(rgh, 0.0);
        System.arraycopy(ws.g, 0, gh, outputUnit, outputs);
        System.arraycopy(ws.rg, 0, rgh, outputUnit, outputs);
        for (int o = ops.length - 1; o >= 0; o--) {
            DenseOp op = ops[o];
            double[] w = theta;
            int wo = op.weightOffset();
            int in = op.in();
            int inDim = op.inDim();
            boolean propagate = in >= inputs;
            Activation act = op.activation();
            for (int k = 0; k < op.outDim(); k++) {
                int u = op.out() + k;
                double gz = gh[u];
                double rgz = rgh[u];
                if (act != null) {
                    double d1 = act.derivative(z[u]);
                    rgz = rgz * d1 + gz * act.secondDerivative(z[u]) * rz[u];
                    gz *= d1;
                }
                int row = wo + k * inDim;
                if (op.hasTrainableBias()) {
                    hv[op.biasOffset() + k] += rgz;
                }
                for (int j = 0; j < inDim; j++) {
                    hv[row + j] += rgz * h[in + j] + gz * rh[in + j];
                }
                if (propagate) {
                    for (int j = 0; j < inDim; j++) {
                        gh[in + j] += w[row + j] * gz;
                        rgh[in + j] += w[row + j] * rgz + v[row + j] * gz;
                    }
                }
            }
        }
    }
}
