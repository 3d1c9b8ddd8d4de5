package org.theorykit.nn.engine;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.theorykit.linalg.Blas;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DenseOp;
import org.theorykit.nn.Loss;

/**
 * Minibatch loss and gradient of a model whose ops form a chain of dense layers (an MLP, a shallow
 * net with several outputs or without hidden biases, a linear model), by backpropagation over whole chunks
 * of examples with OpenBLAS GEMMs on off-heap buffers: Z_l = H_{l−1} W_lᵀ, ∇W_l = G_lᵀ H_{l−1} and,
 * below the top layer, ∂L/∂H_{l−1} = G_l W_l (never for the input). Biases, σ, σ' and the loss run
 * row by row in branch-free loops over zero-offset arrays. The forward pass alone gives the outputs
 * over a data set ({@link #outputs}).
 * Chunks hold at most chunkElements entries of the widest layer. One instance per thread.
 */
final class DenseChainEngine implements BatchEngine {

    private final DenseOp[] ops;
    private final int inputs;
    private final int chunkRows;
    private final DoubleBuffer[] weights;
    private final DoubleBuffer[] preActivations;
    private final DoubleBuffer[] activations;
    private final DoubleBuffer[] weightGradients;
    private final double[][] biases;
    private final double[][] biasGradients;
    private DoubleBuffer adjoint;
    private DoubleBuffer adjointBelow;
    private final double[] row;
    private final double[] rowGradient;
    private final int[] examples;

    /**
     * ops must form a chain: op 0 reads the inputs, op l reads exactly the output of op l − 1;
     * chunkElements bounds rows × widest layer (production code passes {@link Engines#CHUNK_ELEMENTS}).
     */
    DenseChainEngine(DenseOp[] ops, int inputs, int chunkElements) {
        this.ops = ops;
        this.inputs = inputs;
        int widest = inputs;
        for (DenseOp op : ops) {
            widest = Math.max(widest, op.outDim());
        }
        this.chunkRows = Math.max(1, chunkElements / widest);
        int layers = ops.length;
        weights = new DoubleBuffer[layers];
        preActivations = new DoubleBuffer[layers];
        activations = new DoubleBuffer[layers + 1];
        weightGradients = new DoubleBuffer[layers];
        biases = new double[layers][];
        biasGradients = new double[layers][];
        activations[0] = Blas.allocate(chunkRows * inputs);
        for (int l = 0; l < layers; l++) {
            DenseOp op = ops[l];
            weights[l] = Blas.allocate(op.outDim() * op.inDim());
            preActivations[l] = Blas.allocate(chunkRows * op.outDim());
            activations[l + 1] = Blas.allocate(chunkRows * op.outDim());
            biases[l] = new double[op.outDim()];
            biasGradients[l] = new double[op.outDim()];
            weightGradients[l] = Blas.allocate(op.outDim() * op.inDim());
        }
        adjoint = Blas.allocate(chunkRows * widest);
        adjointBelow = Blas.allocate(chunkRows * widest);
        row = new double[widest];
        rowGradient = new double[widest];
        examples = new int[chunkRows];
    }

    /** Whether ops form a chain this engine can run. */
    static boolean isChain(DenseOp[] ops, int inputs) {
        int in = 0;
        int width = inputs;
        for (DenseOp op : ops) {
            if (op.in() != in || op.inDim() != width) {
                return false;
            }
            in = op.out();
            width = op.outDim();
        }
        return ops.length > 0;
    }

    @Override
    public double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                                  double[] grad) {
        int layers = ops.length;
        loadParameters(theta);
        for (int l = 0; l < layers; l++) {
            Arrays.fill(biasGradients[l], 0.0);
        }
        double scale = 1.0 / (to - from);
        double sum = 0;
        for (int start = from; start < to; start += chunkRows) {
            int rows = Math.min(chunkRows, to - start);
            gather(data, batch, start, rows);
            for (int l = 0; l < layers; l++) {
                forward(l, rows);
            }
            sum += outputAdjoint(loss, data, rows, scale);
            for (int l = layers - 1; l >= 0; l--) {
                backward(l, rows, start == from);
            }
        }
        for (int l = 0; l < layers; l++) {
            DenseOp op = ops[l];
            weightGradients[l].get(0, grad, op.weightOffset(), op.outDim() * op.inDim());
            if (op.hasTrainableBias()) {
                System.arraycopy(biasGradients[l], 0, grad, op.biasOffset(), op.outDim());
            }
        }
        return sum * scale;
    }

    /** The forward pass alone, chunk by chunk: f(x_i; θ) of every example into out (row-major n × q). */
    @Override
    public boolean outputs(double[] theta, Dataset data, double[] out) {
        loadParameters(theta);
        int layers = ops.length;
        int q = ops[layers - 1].outDim();
        int[] all = new int[data.size()];
        Arrays.setAll(all, i -> i);
        for (int start = 0; start < all.length; start += chunkRows) {
            int rows = Math.min(chunkRows, all.length - start);
            gather(data, all, start, rows);
            for (int l = 0; l < layers; l++) {
                forward(l, rows);
            }
            activations[layers].get(0, out, start * q, rows * q);
        }
        return true;
    }

    private void loadParameters(double[] theta) {
        for (int l = 0; l < ops.length; l++) {
            DenseOp op = ops[l];
            weights[l].put(0, theta, op.weightOffset(), op.outDim() * op.inDim());
            if (op.hasTrainableBias()) {
                System.arraycopy(theta, op.biasOffset(), biases[l], 0, op.outDim());
            }
        }
    }

    private void gather(Dataset data, int[] batch, int start, int rows) {
        DoubleBuffer x = activations[0];
        for (int i = 0; i < rows; i++) {
            examples[i] = data.example(batch, start + i);
            x.put(i * inputs, data.x(), examples[i] * inputs, inputs);
        }
    }

    /** Z_l = H_{l−1} W_lᵀ + b_l, H_l = σ(Z_l). */
    private void forward(int l, int rows) {
        DenseOp op = ops[l];
        int out = op.outDim();
        Blas.gemm(false, true, rows, out, op.inDim(), 1.0, activations[l], weights[l], 0.0, preActivations[l]);
        DoubleBuffer z = preActivations[l];
        DoubleBuffer h = activations[l + 1];
        double[] b = biases[l];
        Activation act = op.activation();
        for (int i = 0; i < rows; i++) {
            z.get(i * out, row, 0, out);
            for (int k = 0; k < out; k++) {
                row[k] += b[k];
            }
            z.put(i * out, row, 0, out);
            if (act != null) {
                for (int k = 0; k < out; k++) {
                    row[k] = act.value(row[k]);
                }
            }
            h.put(i * out, row, 0, out);
        }
    }

    /** Writes (1/batch)·∂ℓ/∂f of every row into the adjoint buffer; returns the summed loss. */
    private double outputAdjoint(Loss loss, Dataset data, int rows, double scale) {
        int q = ops[ops.length - 1].outDim();
        DoubleBuffer f = activations[ops.length];
        DoubleBuffer g = adjoint;
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            f.get(i * q, row, 0, q);
            sum += loss.gradient(row, q, data.y(), examples[i] * data.targetDimension(), rowGradient);
            for (int o = 0; o < q; o++) {
                rowGradient[o] *= scale;
            }
            g.put(i * q, rowGradient, 0, q);
        }
        return sum;
    }

    /** With ∂L/∂H_l in the adjoint buffer: G_l = ∂L/∂H_l ⊙ σ'(Z_l), ∇b_l, ∇W_l and, for l > 0, ∂L/∂H_{l−1}. */
    private void backward(int l, int rows, boolean firstChunk) {
        DenseOp op = ops[l];
        int out = op.outDim();
        Activation act = op.activation();
        DoubleBuffer g = adjoint;
        DoubleBuffer z = preActivations[l];
        double[] biasGradient = biasGradients[l];
        for (int i = 0; i < rows; i++) {
            g.get(i * out, rowGradient, 0, out);
            if (act != null) {
                z.get(i * out, row, 0, out);
                for (int k = 0; k < out; k++) {
                    rowGradient[k] *= act.derivative(row[k]);
                }
                g.put(i * out, rowGradient, 0, out);
            }
            for (int k = 0; k < out; k++) {
                biasGradient[k] += rowGradient[k];
            }
        }
        Blas.gemm(true, false, out, op.inDim(), rows, 1.0, adjoint, activations[l], firstChunk ? 0.0 : 1.0,
                weightGradients[l]);
        if (l > 0) {
            Blas.gemm(false, false, rows, op.inDim(), out, 1.0, adjoint, weights[l], 0.0, adjointBelow);
            DoubleBuffer swap = adjoint;
            adjoint = adjointBelow;
            adjointBelow = swap;
        }
    }
}
