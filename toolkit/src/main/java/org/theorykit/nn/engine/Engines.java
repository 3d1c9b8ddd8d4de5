package org.theorykit.nn.engine;

import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DenseOp;
import org.theorykit.nn.LeakyRelu;
import org.theorykit.nn.Loss;
import org.theorykit.objective.HessianVectorProduct;

/**
 * The one place where a compute engine is chosen for a model, by its shape and the size of the work
 * (in the manner of EJML's {@code DecompositionFactory_DDRM}). The models of {@code nn} hand over their
 * structure and use what comes back; null (or false) means "use the model's generic per-example
 * engine", the reference every engine is tested against. The thresholds below say which trade-off
 * they settle; the measurements behind them are in toolkit/bench/README.md, "Compute engines".
 */
public final class Engines {

    /**
     * Below this many examples × parameters a minibatch stays on the generic per-example engine: one
     * call into native BLAS costs more than a whole small batch walked example by example.
     */
    public static final long BATCH_MIN_WORK = 1 << 12;

    /**
     * A tree net's minibatch with at least this many examples × parameters is split between two
     * threads; below it handing half the batch to the helper thread costs more than it saves.
     */
    public static final long SPLIT_MIN_WORK = 1 << 17;

    /**
     * From this many pre-activations (rows × hidden units) in a chunk, the shallow engines take Z from
     * a GEMM and split the elementwise passes over two threads; a batch this large also leaves the
     * Vector API engine, whose per-chunk working set would no longer stay in the L2 cache.
     */
    public static final int PARALLEL_ELEMENTS = 1 << 17;

    /**
     * The BLAS engines work through the examples in chunks of at most this many entries of their
     * widest matrix (2 MB): larger chunks make fewer native calls, smaller ones less off-heap scratch.
     */
    public static final int CHUNK_ELEMENTS = 1 << 18;

    /**
     * Up to this many inputs the BLAS shallow engine forms Z = X Wᵀ in Java from a transposed copy of
     * W, a loop that stays in L1; with more inputs the GEMM's blocking wins over the loop.
     */
    public static final int JAVA_FORWARD_MAX_INPUTS = 16;

    /**
     * Up to this many inputs a (leaky) ReLU shallow net's small batches go to the Vector API engine:
     * it keeps one weight vector per input in a register, and eight fill the register file.
     */
    public static final int VECTOR_MAX_INPUTS = 8;

    /**
     * From this many examples × parameters a shallow net's outputs over a data set come from one GEMM
     * per chunk of rows; below it the per-example walk costs less than the copies into native memory.
     */
    public static final long OUTPUTS_GEMM_MIN_WORK = 1 << 16;

    /**
     * The BLAS Hessian caches Z (examples × hidden units) for as many products as asked; above this
     * many entries (512 MB off-heap) the generic R-operator, which recomputes it, is used instead.
     */
    public static final long HESSIAN_MAX_CACHED_ELEMENTS = 1L << 26;

    private Engines() {
    }

    /** Whether a minibatch of {@code examples} for a model with {@code parameters} is worth an engine ({@link #BATCH_MIN_WORK}). */
    public static boolean worthBatchEngine(int examples, int parameters) {
        return (long) examples * parameters >= BATCH_MIN_WORK;
    }

    /**
     * The engine of a model whose graph is a chain of dense layers (op 0 reads the inputs, op l the
     * output of op l − 1): {@link DenseChainEngine}; null for any other graph.
     */
    public static BatchEngine chain(DenseOp[] ops, int inputs) {
        return DenseChainEngine.isChain(ops, inputs) ? new DenseChainEngine(ops, inputs, CHUNK_ELEMENTS) : null;
    }

    /**
     * The engine of a shallow net x ↦ Σ_k a_{o,k} σ(⟨w_k, x⟩ + b_k) with θ laid out as
     * {@code ShallowNet} does. One output with hidden biases: {@link VectorShallowEngine} for batches
     * below {@link #PARALLEL_ELEMENTS} (rows × hidden) when σ is a (leaky) ReLU, there are at most
     * {@link #VECTOR_MAX_INPUTS} inputs and the Vector API is present, {@link BlasShallowEngine}
     * otherwise; several outputs or no hidden biases: {@link #chain}.
     */
    public static BatchEngine shallow(int inputs, int hiddenUnits, int outputs, Activation activation,
                                      boolean hiddenBiases, DenseOp[] ops) {
        if (outputs != 1 || !hiddenBiases) {
            return chain(ops, inputs);
        }
        BatchEngine blas = new BlasShallowEngine(inputs, hiddenUnits, activation, CHUNK_ELEMENTS);
        if (inputs > VECTOR_MAX_INPUTS || !(activation instanceof LeakyRelu) || !VectorApi.available()) {
            return blas;
        }
        // Loading VectorShallowEngine needs the incubator module: only reached when it is present.
        BatchEngine vector = VectorShallowEngine.create(inputs, hiddenUnits, (LeakyRelu) activation);
        return new BySize(vector, blas, hiddenUnits);
    }

    /**
     * The engine of a tree net: each node a vectorized shallow block ({@link TreeBlockEngine}), the
     * batch split over two threads from {@link #SPLIT_MIN_WORK}. {@code nodeSlices[l][j]} holds the θ
     * offsets {hidden weights, hidden biases, output weights} of node j at level l + 1. The blocks need
     * hidden biases: without them null, the generic per-example path (a tree is not a dense chain).
     */
    public static BatchEngine tree(int inputs, int arity, int unitsPerNode, Activation activation, boolean hiddenBiases,
                                   int[][][] nodeSlices, int parameters) {
        if (!hiddenBiases) {
            return null;
        }
        return new SplitBatchEngine(new TreeBlockEngine(inputs, arity, unitsPerNode, activation, nodeSlices),
                new TreeBlockEngine(inputs, arity, unitsPerNode, activation, nodeSlices), parameters);
    }

    /**
     * H·v of a shallow net's mean loss over {@code data} at θ by {@link BlasShallowHessian} (one output,
     * hidden biases, at most {@link #HESSIAN_MAX_CACHED_ELEMENTS} cached pre-activations); otherwise null.
     */
    public static HessianVectorProduct shallowHessian(double[] theta, int hiddenUnits, int outputs,
                                                      Activation activation, boolean hiddenBiases, Loss loss,
                                                      Dataset data) {
        if (outputs != 1 || !hiddenBiases || (long) data.size() * hiddenUnits > HESSIAN_MAX_CACHED_ELEMENTS) {
            return null;
        }
        return new BlasShallowHessian(theta, hiddenUnits, activation, loss, data, CHUNK_ELEMENTS);
    }

    /**
     * Writes a shallow net's outputs over {@code data} into {@code out} (row-major n × q) by
     * {@link BlasShallowOutputs} and returns true when the net has hidden biases and the work reaches
     * {@link #OUTPUTS_GEMM_MIN_WORK}; otherwise returns false and leaves {@code out} alone.
     */
    public static boolean shallowOutputs(double[] theta, int inputs, int hiddenUnits, int outputs,
                                         Activation activation, boolean hiddenBiases, Dataset data, double[] out) {
        long parameters = (long) (inputs + 1 + outputs) * hiddenUnits;
        if (!hiddenBiases || data.size() * parameters < OUTPUTS_GEMM_MIN_WORK) {
            return false;
        }
        BlasShallowOutputs.outputs(theta, inputs, hiddenUnits, outputs, activation, data, out);
        return true;
    }

    /** Small batches (rows × hidden below {@link #PARALLEL_ELEMENTS}) to one engine, the others to another. */
    record BySize(BatchEngine small, BatchEngine large, int hiddenUnits) implements BatchEngine {
        @Override
        public double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                                      double[] grad) {
            return ((long) (to - from) * hiddenUnits >= PARALLEL_ELEMENTS ? large : small)
                    .lossAndGradient(theta, loss, data, batch, from, to, grad);
        }
    }
}
